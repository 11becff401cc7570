import bcrypt from "bcrypt";
import { getEnv } from "@/env";

/**
 * bcrypt through its async API, so hashing runs on libuv's thread pool and a
 * burst of logins does not stall the event loop. The cost comes from
 * BCRYPT_COST (12 by default; tests lower it).
 */
export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, getEnv().BCRYPT_COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for an unknown account, so that
 * response times do not reveal which e-mail addresses exist. Always false.
 */
export async function verifyAgainstDummy(plain: string): Promise<false> {
  dummyHash ??= hashPassword("dummy password for timing");
  await bcrypt.compare(plain, await dummyHash);
  return false;
}
