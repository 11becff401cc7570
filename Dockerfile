# The production image: `docker build -t photo-backoffice .`, then run it with
# DATABASE_URL, AUTH_SECRET, STORAGE_URL and a mail setting (see the README's
# Configuration and Operations sections). It serves on port 8001.

FROM node:24-bookworm-slim AS build
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
# Installing runs `prisma generate` (postinstall), which needs the schema and its config;
# PRISMA_SCHEMA_ENGINE_BINARY in that script spares it a download it does not need.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM build AS production-modules
# The generated Prisma client lives in src/generated and survives the pruning.
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
# HOSTNAME: Docker sets it to the container id, on which the app would listen otherwise.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=8001 \
    HOSTNAME=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
# sharp (its prebuilt libvips) and zxing-wasm come with the production node_modules.
COPY --from=production-modules --chown=node:node /app ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8001
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8001/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm start` runs, with node as the container's main process so that SIGTERM
# reaches the server itself and it drains and shuts down gracefully.
CMD ["node", ".next/launcher/serve.mjs", "start"]
