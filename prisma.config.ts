import { defineConfig } from "prisma/config";

// The Prisma CLI is used only to generate the client. Migrations are applied by
// the app itself (src/server/db/migrate.ts), see docs/decisions.md.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
