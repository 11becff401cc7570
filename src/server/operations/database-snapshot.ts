import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "@/server/db/connection";
import { lockDataDir } from "@/server/db/pglite-lock";

/**
 * Snapshots of the embedded database: PGlite's own dump of its data folder (a
 * gzipped tar), taken by the process that holds the folder, and what one holds.
 */
export interface SnapshotContents {
  /** Migrations applied, by name, in order. */
  migrations: string[];
  /** Rows per table of the public schema. */
  rowCounts: Record<string, number>;
  /** Every photo row, to find its files. */
  photos: SnapshotPhoto[];
}

const tarBlob = (tar: Uint8Array) =>
  new Blob([new Uint8Array(tar)], { type: "application/x-gzip" });

/** A photo row as far as its files go. */
export interface SnapshotPhoto {
  operatorId: string;
  projectId: string;
  id: string;
  /** Null in a database from before photos were processed in the background: ready. */
  status: "processing" | "ready" | "failed" | null;
  /** The watermark version of its gallery variants, if it has any. */
  galleryVariant: string | null;
}

/** A snapshot, and what it keeps from changing until the backup's photos are copied. */
export interface HeldSnapshot {
  /** The database as a gzipped tar. */
  tar: Uint8Array;
  /** Ends the hold; call it once the photos are copied. */
  release(): Promise<void> | void;
}

/**
 * Snapshot of a database no app is running on: opens it, taking its lock, and
 * keeps it open (so no app can start and delete photos) until released.
 */
export async function snapshotStoppedDatabase(pgliteDir: string): Promise<HeldSnapshot> {
  if (!existsSync(path.join(pgliteDir, "PG_VERSION"))) {
    throw new Error(`There is no embedded database in ${pgliteDir} to back up.`);
  }
  const database = openDatabase({ kind: "pglite", dataDir: pgliteDir });
  try {
    if (!database.snapshot) throw new Error("only the embedded database has snapshots");
    return { tar: await database.snapshot(), release: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Opens the snapshot in memory (which also proves it loads) and reads what it holds. */
export async function readSnapshot(tar: Uint8Array): Promise<SnapshotContents> {
  const pglite = new PGlite({ loadDataDir: tarBlob(tar) });
  try {
    return await contentsOf(pglite);
  } finally {
    await pglite.close();
  }
}

/** Writes the snapshot into `pgliteDir` (which must hold no database) and reads it back. */
export async function restoreSnapshot(
  pgliteDir: string,
  tar: Uint8Array,
): Promise<SnapshotContents> {
  const unlock = lockDataDir(pgliteDir);
  try {
    const pglite = new PGlite(pgliteDir, { loadDataDir: tarBlob(tar) });
    try {
      return await contentsOf(pglite);
    } finally {
      await pglite.close();
    }
  } finally {
    unlock();
  }
}

async function contentsOf(pglite: PGlite): Promise<SnapshotContents> {
  const tables = await pglite.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const rowCounts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const result = await pglite.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${quoted}`,
    );
    rowCounts[name] = result.rows[0]?.count ?? 0;
  }
  const has = (table: string) => table in rowCounts;
  const migrations = has("_prisma_migrations")
    ? await pglite.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations"
          WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY migration_name`,
      )
    : { rows: [] };
  const photos = has("photos")
    ? await pglite.query<SnapshotPhoto>(
        // to_jsonb: a database from before a column was added has no such column.
        `SELECT operator_id AS "operatorId", project_id AS "projectId", id,
                to_jsonb(photos)->>'status' AS status,
                to_jsonb(photos)->>'gallery_variant' AS "galleryVariant"
           FROM photos ORDER BY id`,
      )
    : { rows: [] };
  return {
    migrations: migrations.rows.map((row) => row.name),
    rowCounts,
    photos: photos.rows,
  };
}
