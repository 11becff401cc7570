import { getEnv } from "@/env";
import type { PrismaClient } from "@/generated/prisma/client";
import { openDatabase, targetFromEnv, type Database } from "./connection";

export type { Database } from "./connection";

// One database per process, opened on first use (never at import: `next build`
// imports route modules). Kept on globalThis so that module reloads in
// development and separately bundled server chunks share it; PGlite in
// particular must never be opened twice on one folder.
const holder = globalThis as typeof globalThis & { __photoBackofficeDatabase?: Database };

export function getDatabase(): Database {
  holder.__photoBackofficeDatabase ??= openDatabase(targetFromEnv(getEnv()));
  return holder.__photoBackofficeDatabase;
}

export function getDb(): PrismaClient {
  return getDatabase().prisma;
}

/** Closes this process's database, if it was opened (graceful shutdown). */
export async function closeDatabase(): Promise<void> {
  const database = holder.__photoBackofficeDatabase;
  holder.__photoBackofficeDatabase = undefined;
  await database?.close();
}
