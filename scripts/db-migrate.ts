/** `npm run db:migrate`: applies pending migrations and exits. */
import { loadConfig } from "./lib/config";
import { prepareDatabase } from "./lib/prepare-database";

const env = loadConfig("development");
try {
  await prepareDatabase(env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
