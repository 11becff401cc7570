import { readFileSync } from "node:fs";

/** Sent with every response; scripts/serve.ts sends them too on the API paths it serves itself. */
const securityHeaders = JSON.parse(
  readFileSync(new URL("./src/server/http/security-headers.json", import.meta.url), "utf8"),
);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages stay plain Node modules instead of being bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "bcrypt",
    "pino",
    "nodemailer",
    // The job queue and the metrics registry: one instance per process, shared with scripts/serve.ts.
    "pg-boss",
    "prom-client",
    // Reads its font metrics from its own folder at run time.
    "pdfkit",
    // Native or WebAssembly code loaded from their own folders.
    "sharp",
    "zxing-wasm",
    // Starts worker threads from its own files (the image work, src/server/photos/image-worker.mjs).
    "piscina",
    "exifr",
    "busboy",
    "@aws-sdk/client-s3",
    "@tus/server",
    "@tus/file-store",
  ],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
