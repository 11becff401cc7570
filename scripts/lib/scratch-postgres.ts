import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server scripts use unless told otherwise. */
export const DEFAULT_POSTGRES_SERVER = "postgresql://postgres@127.0.0.1:5432";

async function onServer(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty database on `server` (no path), dropped by `drop()`. */
export async function scratchPostgres(
  server: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await onServer(server, `CREATE DATABASE "${name}"`);
  return {
    url: `${server}/${name}`,
    drop: () => onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
