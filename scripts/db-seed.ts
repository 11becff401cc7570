/**
 * `npm run db:seed`: loads the demo studio and, on a platform without admins,
 * the demo admin (and prints their logins).
 * `npm run db:seed -- --photos 1000000`: also loads a large studio for benchmarks.
 */
import { parseArgs } from "node:util";
import { openDatabase, targetFromEnv } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { loadConfig } from "./lib/config";
import { seedDemo, seedDemoAdmin } from "./seed/demo";
import { seedScale } from "./seed/scale";

const { values } = parseArgs({ options: { photos: { type: "string" } } });
const photos = values.photos === undefined ? undefined : Number(values.photos.replaceAll("_", ""));
if (photos !== undefined && !(Number.isInteger(photos) && photos > 0)) {
  console.error("--photos must be a positive whole number, e.g. --photos 1000000");
  process.exit(2);
}

const env = loadConfig("development");
const database = openDatabase(targetFromEnv(env));
try {
  await migrateDatabase(database);
  const started = performance.now();
  const demo = await seedDemo(database.prisma, {
    progress: (message) => console.log(`  ${message}`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Demo studio (${seconds} s): sign in as ${demo.operator} / ${demo.password}`);
  console.log(`  photographers: ${demo.photographers.join(", ")} (same password)`);
  const admin = await seedDemoAdmin(database.prisma);
  if (admin) console.log(`  admin console (/admin): ${admin} (same password)`);
  else console.log("  admin console: admins exist already, so no demo admin was added");
  if (photos) {
    const scale = await seedScale(database, photos, (message) => console.log(`  ${message}`));
    console.log(`Scale studio (${photos} photos): ${scale.email} / ${scale.password}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
