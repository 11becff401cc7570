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
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
