/**
 * `npm run analytics:verify [-- --check]`
 *
 * Recomputes every studio's analytics counters from its rows, prints each
 * difference, and repairs the studio (rebuilds its counters under its lock,
 * so writes running meanwhile wait and are counted). With `--check` it only
 * reports. Exits 1 when a difference was found (with `--check`) or remains
 * after the repair. Against the embedded database, stop the app first: only
 * one process can open it.
 */
import { parseArgs } from "node:util";
import { openDatabase, targetFromEnv } from "@/server/db/connection";
import { counterDifferences, rebuildCounters } from "@/server/domain/analytics-counters";
import { loadConfig } from "./lib/config";

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
const env = loadConfig("development");
const target = targetFromEnv(env);
const database = openDatabase(
  target.kind === "postgres" ? { ...target, statementTimeoutMs: undefined } : target,
);

let failed = false;
try {
  const studios = await database.prisma.operator.findMany({
    select: { id: true, name: true },
    orderBy: { id: "asc" },
  });
  let repaired = 0;
  for (const studio of studios) {
    const differences = await counterDifferences(database.prisma, studio.id);
    if (differences.length === 0) continue;
    console.log(`${studio.name} (${studio.id}): ${differences.length} counters differ`);
    for (const { counter, key, actual, expected } of differences) {
      console.log(
        `  ${counter}${key ? ` ${key}` : ""}: counted ${JSON.stringify(actual)}, rows say ${JSON.stringify(expected)}`,
      );
    }
    if (values.check) {
      failed = true;
      continue;
    }
    await rebuildCounters(database.prisma, studio.id);
    const left = await counterDifferences(database.prisma, studio.id);
    if (left.length > 0) {
      failed = true;
      console.log(`  still ${left.length} differences after the repair`);
    } else {
      repaired++;
      console.log("  repaired");
    }
  }
  console.log(
    `${studios.length} studios checked; ${values.check ? "" : `${repaired} repaired; `}${failed ? "FAILED" : "counters exact"}`,
  );
} finally {
  await database.close();
}
process.exit(failed ? 1 : 0);
