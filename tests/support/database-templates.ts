import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { onServer, withDatabase } from "./postgres";

/**
 * Migrated databases to copy instead of migrating each test's own: a test run
 * migrates one template per database kind (vitest's global setup, see
 * tests/support/global/database-templates.ts) and every test database starts
 * as a copy of it. PostgreSQL copies with CREATE DATABASE … TEMPLATE; the
 * embedded database copies its data folder, or loads its snapshot into memory.
 * Where no template was made (a run outside vitest), databases are migrated as before.
 */
const PGLITE_TEMPLATE = "TEST_PGLITE_TEMPLATE";
const POSTGRES_TEMPLATE = "TEST_POSTGRES_TEMPLATE";

export interface Templates {
  /** Removes the templates. */
  remove(): Promise<void>;
}

/** Makes the template for the embedded database and publishes it to the test workers. */
export async function makePgliteTemplate(): Promise<Templates> {
  const folder = await mkdtemp(path.join(tmpdir(), "pglite-template-"));
  const database = openDatabase({ kind: "pglite", dataDir: path.join(folder, "pglite") });
  try {
    await migrateDatabase(database);
    await writeFile(path.join(folder, "snapshot.tar.gz"), (await database.snapshot?.())!);
  } finally {
    await database.close();
  }
  process.env[PGLITE_TEMPLATE] = folder;
  return {
    async remove() {
      delete process.env[PGLITE_TEMPLATE];
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Makes the template on the PostgreSQL server of `serverUrl` and publishes its name. */
export async function makePostgresTemplate(serverUrl: string): Promise<Templates> {
  const name = `template_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const database = openDatabase({ kind: "postgres", url: withDatabase(serverUrl, name) });
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }
  process.env[POSTGRES_TEMPLATE] = name;
  return {
    async remove() {
      delete process.env[POSTGRES_TEMPLATE];
      await onServer(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

/** The migrated PostgreSQL database to copy, if this run made one. */
export function postgresTemplate(): string | undefined {
  return process.env[POSTGRES_TEMPLATE] || undefined;
}

/** Copies the migrated embedded database into `dataDir` (as `dataDir`/pglite); false without a template. */
export async function copyPgliteTemplate(dataDir: string): Promise<boolean> {
  const template = process.env[PGLITE_TEMPLATE];
  if (!template) return false;
  await cp(path.join(template, "pglite"), path.join(dataDir, "pglite"), { recursive: true });
  return true;
}

/** The migrated embedded database as a snapshot to load into memory, if this run made one. */
export async function pgliteTemplateSnapshot(): Promise<Blob | undefined> {
  const template = process.env[PGLITE_TEMPLATE];
  if (!template) return undefined;
  return new Blob([await readFile(path.join(template, "snapshot.tar.gz"))]);
}
