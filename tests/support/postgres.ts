import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server the suite runs against, if any (DATABASE_URL). */
export function postgresServerUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function onServer<T>(
  serverUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new database on the server of `serverUrl`, dropped by `drop()`: empty, or
 * a copy of the database named `template`.
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix = "test",
  template?: string,
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const copy = template ? ` TEMPLATE "${template}"` : "";
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"${copy}`));
  return {
    url: withDatabase(serverUrl, name),
    drop: () =>
      onServer(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ).then(() => undefined),
  };
}
