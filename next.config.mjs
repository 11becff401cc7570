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
    // Reads its font metrics from its own folder at run time.
    "pdfkit",
    // Native or WebAssembly code loaded from their own folders.
    "sharp",
    "zxing-wasm",
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
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
