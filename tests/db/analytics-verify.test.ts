import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, type DatabaseTarget, openDatabase } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { tenantOf } from "@/server/db/tenant";
import { getAnalytics } from "@/server/domain/analytics";
import {
  createScratchDatabase,
  postgresServerUrl,
  type ScratchDatabase,
} from "../support/postgres";
import { insertOperator, insertPhotographer } from "../support/fixtures";

const run = promisify(execFile);
/** Each test starts the script (a Node process opening the database) up to three times. */
const SCRIPT_RUNS_TIMEOUT_MS = 180_000;

/** `npm run analytics:verify`, run as an operator would, against a studio whose counters were tampered with. */
describe("npm run analytics:verify", () => {
  let scratch: ScratchDatabase | undefined;
  let dataDir: string;
  let target: DatabaseTarget;
  let env: NodeJS.ProcessEnv;
  let operatorId: string;
  let projectId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "verify-"));
    const serverUrl = postgresServerUrl();
    scratch = serverUrl ? await createScratchDatabase(serverUrl) : undefined;
    target = scratch
      ? { kind: "postgres", url: scratch.url }
      : { kind: "pglite", dataDir: path.join(dataDir, "pglite") };
    env = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: scratch?.url ?? "",
      LOG_LEVEL: "warn",
    };
    await withDatabase(async (database) => {
      await migrateDatabase(database);
      const db = database.prisma;
      const operator = await insertOperator(db);
      operatorId = operator.id;
      const photographer = await insertPhotographer(db, operatorId);
      const project = await db.project.create({
        data: { operatorId, name: "Verified", timezone: "UTC" },
      });
      projectId = project.id;
      const pkg = await db.package.create({
        data: { operatorId, name: "Prints", price: 2500, photoCount: 1 },
      });
      const [ada, bo] = await Promise.all(
        ["Ada", "Bo"].map((name) => db.member.create({ data: { operatorId, projectId, name } })),
      );
      const photo = await db.photo.create({
        data: { operatorId, projectId, photographerId: photographer.id, fileName: "a.jpg" },
      });
      await db.photoTag.create({
        data: { operatorId, projectId, photoId: photo.id, memberId: ada!.id },
      });
      await db.order.create({
        data: {
          operatorId,
          projectId,
          memberId: bo!.id,
          packageId: pkg.id,
          listPriceInCents: 2500,
          amountInCents: 2500,
        },
      });
    });
  });
  afterAll(async () => {
    await scratch?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
    const database = openDatabase(target);
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  }

  const verify = (...args: string[]) =>
    run("node", ["--import", "tsx", "scripts/analytics-verify.ts", ...args], { env }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  const studioAnalytics = () =>
    withDatabase((database) => getAnalytics(tenantOf(database.prisma, operatorId), {}));

  it(
    "reports nothing and exits 0 when the counters are exact",
    async () => {
      const result = await verify("--check");
      expect(result.stdout).toContain("counters exact");
      expect(result.code).toBe(0);
    },
    SCRIPT_RUNS_TIMEOUT_MS,
  );

  it(
    "reports every tampered counter with --check, and repairs them without it",
    async () => {
      const before = await studioAnalytics();
      expect(before.kpis).toEqual({
        membersEnrolled: 2,
        revenueInCents: 2500,
        photosUploaded: 1,
        usersTagged: 1,
        packagesSold: 1,
      });
      await withDatabase(async ({ prisma }) => {
        await prisma.$executeRaw`UPDATE studio_counters SET members = 7 WHERE operator_id = ${operatorId}::uuid`;
        await prisma.$executeRaw`UPDATE project_counters SET tagged = 0 WHERE project_id = ${projectId}::uuid`;
        await prisma.$executeRaw`DELETE FROM project_package_counters WHERE project_id = ${projectId}::uuid`;
      });
      expect((await studioAnalytics()).kpis.membersEnrolled).toBe(7);

      const check = await verify("--check");
      expect(check.code).toBe(1);
      expect(check.stdout).toContain("3 counters differ");
      expect(check.stdout).toMatch(
        / studio: counted \{.*"members":7\}, rows say \{.*"members":2\}/,
      );
      expect(check.stdout).toMatch(/project package [0-9a-f-]+\/[0-9a-f-]+: counted null/);
      expect((await studioAnalytics()).kpis.membersEnrolled).toBe(7);

      const repair = await verify();
      expect(repair.code).toBe(0);
      expect(repair.stdout).toContain("repaired");
      expect(await studioAnalytics()).toEqual(before);
      expect((await verify("--check")).code).toBe(0);
    },
    SCRIPT_RUNS_TIMEOUT_MS,
  );
});
