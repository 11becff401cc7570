/**
 * What the analytics counters cost the writes that feed them: photo ingest and
 * order placement through the API on the production build, on a fresh
 * PostgreSQL database, in alternating rounds with the counting triggers
 * disabled (the app as it was before the counters) and enabled. Ingest rounds
 * also do the same image work bare, the reference of the photos benchmark.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { launchApp } from "../lib/app-process";
import { callJson } from "../lib/http-json";
import { scratchPostgres } from "../lib/scratch-postgres";
import {
  bare,
  cardCountOf,
  checkMatched,
  eachAtMost,
  makePortraits,
  makeShoot,
  newProject,
  signUp,
  timeBatch,
  upload,
} from "./ingest";

/** The tables whose triggers keep the counters. */
const COUNTED_TABLES = ["members", "photos", "photo_tags", "orders"];

export interface WritesBench {
  /** Photos a second, one client: the app with and without counters, and the bare image work. */
  ingest: { counted: number; uncounted: number; bare: number; photos: number };
  /** Orders a second through POST /v1/projects/:id/orders, `clients` at once. */
  orders: { counted: number; uncounted: number; orders: number; clients: number };
}

/** Bursts of orders, half with the counters on. */
const ORDER_BURSTS = 16;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

export async function benchWrites(
  postgresServer: string,
  options: { rounds: number; photosPerRound: number; ordersPerRound: number; clients: number },
  log: (line: string) => void,
): Promise<WritesBench> {
  const { rounds, photosPerRound, ordersPerRound, clients } = options;
  log(`writes: making ${photosPerRound} camera-like photos in memory`);
  const portraits = await makePortraits(photosPerRound);
  const cardCount = cardCountOf(photosPerRound);

  const database = await scratchPostgres(postgresServer, "photo_backoffice_writes");
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-writes-"));
  const admin = new pg.Client({ connectionString: database.url });
  try {
    const app = await launchApp({
      env: {
        AUTH_SECRET: randomBytes(32).toString("hex"),
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        LOG_LEVEL: "warn",
      },
    });
    await admin.connect();
    const countWrites = async (on: boolean) => {
      for (const table of COUNTED_TABLES)
        await admin.query(`ALTER TABLE ${table} ${on ? "ENABLE" : "DISABLE"} TRIGGER USER`);
    };
    try {
      const studio = await signUp(app.url);
      const sales = await salesFloor(app.url, studio.operator, ordersPerRound);
      const warmUp = await newProject(studio, "Warm-up", cardCount);
      await upload(studio, warmUp.id, portraits.get(1)!);
      await bare(portraits.get(1)!);
      const placeOrders = async () => {
        const started = performance.now();
        await eachAtMost(clients, sales.memberIds, async (memberId) => {
          await callJson(
            `${app.url}/v1/projects/${sales.projectId}/orders`,
            studio.operator,
            "POST",
            {
              memberId,
              packageId: sales.packageId,
            },
          );
        });
        return (ordersPerRound * 1000) / (performance.now() - started);
      };
      await placeOrders();

      const ingest = { counted: [] as number[], uncounted: [] as number[], bare: [] as number[] };
      const orders = { counted: [] as number[], uncounted: [] as number[] };
      // Off, on, on, off, off, on, ...: both see the same drift of the machine's load.
      for (let round = 0; round < rounds * 2; round++) {
        const counted = (round + (round >> 1)) % 2 === 1;
        await countWrites(counted);
        log(`writes: round ${round + 1} of ${rounds * 2}, counters ${counted ? "on" : "off"}`);
        const project = await newProject(studio, `Round ${round + 1}`, cardCount);
        const shoot = await makeShoot(project.codes, portraits);
        const uploads = await timeBatch(shoot, 1, (item) => upload(studio, project.id, item));
        await checkMatched(studio, project.id, cardCount);
        (counted ? ingest.counted : ingest.uncounted).push((shoot.length * 1000) / uploads.wall);
        if (round % 2 === 0) {
          const reference = await timeBatch(shoot, 1, bare);
          ingest.bare.push((shoot.length * 1000) / reference.wall);
        }
      }
      // Orders are quick: many short bursts, in the same alternating order.
      for (let burst = 0; burst < ORDER_BURSTS; burst++) {
        const counted = (burst + (burst >> 1)) % 2 === 1;
        await countWrites(counted);
        (counted ? orders.counted : orders.uncounted).push(await placeOrders());
      }
      log(
        `writes: ${ORDER_BURSTS} bursts of ${ordersPerRound} orders, counters off and on in turn`,
      );
      await countWrites(true);
      return {
        ingest: {
          counted: median(ingest.counted),
          uncounted: median(ingest.uncounted),
          bare: median(ingest.bare),
          photos: photosPerRound,
        },
        orders: {
          counted: median(orders.counted),
          uncounted: median(orders.uncounted),
          orders: ordersPerRound,
          clients,
        },
      };
    } finally {
      await app.stop();
    }
  } finally {
    await admin.end().catch(() => undefined);
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A project with a package and `members` members, made through the API. */
async function salesFloor(url: string, operator: string, members: number) {
  const project = await callJson<{ id: string }>(`${url}/v1/projects`, operator, "POST", {
    name: "Sales",
    timezone: "Europe/Berlin",
  });
  const pkg = await callJson<{ id: string }>(`${url}/v1/packages`, operator, "POST", {
    name: "Prints",
    price: 2500,
    photoCount: 1,
  });
  await callJson(`${url}/v1/projects/${project.id}/packages`, operator, "POST", {
    packageId: pkg.id,
  });
  const csv = ["name", ...Array.from({ length: members }, (_, i) => `Member ${i + 1}`)].join("\n");
  const response = await fetch(`${url}/v1/projects/${project.id}/members/import`, {
    method: "POST",
    headers: { authorization: `Bearer ${operator}`, "content-type": "text/csv" },
    body: csv,
  });
  if (!response.ok) throw new Error(`import: ${response.status} ${await response.text()}`);
  const memberIds: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { id: string }[]; nextCursor: string | null } = await callJson(
      `${url}/v1/projects/${project.id}/members?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
      operator,
      "GET",
    );
    memberIds.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return { projectId: project.id, packageId: pkg.id, memberIds };
}
