import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { type Env, getEnv } from "@/env";

/**
 * Values kept where more people can read them than should: a job's data sits
 * in the queue's table, in backups and in the admin console, and an e-mail in
 * it can carry a one-time code. Sealed, it is AES-256-GCM ciphertext under a
 * key derived from AUTH_SECRET (HKDF-SHA256, one key per purpose): unreadable
 * without the secret, and any change to it is detected when it is opened.
 *
 * Format: `v1.` + base64url(12-byte IV ‖ 16-byte tag ‖ ciphertext of the JSON).
 *
 * Data kept for good (a studio's payment keys) is sealed with `sealData`: under
 * DATA_ENCRYPTION_KEY (32 random bytes), prefixed `k1.` instead, so it does not
 * depend on AUTH_SECRET, which may be rotated. Outside production, without that
 * key, it falls back to AUTH_SECRET (`v1.`); production refuses to seal data
 * without it (`DataKeyMissingError`).
 */

const VERSION = "v1.";
/** Sealed under DATA_ENCRYPTION_KEY rather than AUTH_SECRET. */
const DATA_KEY_VERSION = "k1.";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealError";
  }
}

/** An AUTH_SECRET-like string, or raw key bytes (DATA_ENCRYPTION_KEY). */
type Secret = string | Uint8Array;

function keyFor(secret: Secret, purpose: string): Buffer {
  return Buffer.from(
    hkdfSync("sha256", secret, "photo-backoffice sealed", `purpose:${purpose}`, 32),
  );
}

/** Seals `value` (anything JSON can hold) for `purpose` under `secret`. */
export function sealWith(secret: Secret, purpose: string, value: unknown): string {
  return VERSION + sealedBytes(secret, purpose, value);
}

function sealedBytes(secret: Secret, purpose: string, value: unknown): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret, purpose), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url");
}

/** The value `sealWith` sealed; throws a SealError for another secret, purpose, or any change. */
export function openWith(secret: Secret, purpose: string, sealed: string): unknown {
  if (!sealed.startsWith(VERSION)) throw new SealError("not a sealed value");
  return openBytes(secret, purpose, sealed.slice(VERSION.length));
}

function openBytes(secret: Secret, purpose: string, encoded: string): unknown {
  const bytes = Buffer.from(encoded, "base64url");
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new SealError("sealed value is too short");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    keyFor(secret, purpose),
    bytes.subarray(0, IV_BYTES),
  );
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    const plain = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
    return JSON.parse(plain.toString("utf8")) as unknown;
  } catch {
    throw new SealError("sealed value could not be opened (another secret, or changed)");
  }
}

/** Seals under this app's AUTH_SECRET. */
export const seal = (purpose: string, value: unknown): string =>
  sealWith(getEnv().AUTH_SECRET, purpose, value);

/** Opens what `seal` sealed under this app's AUTH_SECRET. */
export const unseal = (purpose: string, sealed: string): unknown =>
  openWith(getEnv().AUTH_SECRET, purpose, sealed);

/** Production without DATA_ENCRYPTION_KEY: data to keep for good cannot be sealed. */
export class DataKeyMissingError extends Error {
  constructor() {
    super(
      "DATA_ENCRYPTION_KEY is not set: production stores no payment keys without it " +
        "(32 random bytes in base64, e.g. `openssl rand -base64 32`)",
    );
    this.name = "DataKeyMissingError";
  }
}

type DataKeySettings = Pick<Env, "NODE_ENV" | "AUTH_SECRET" | "DATA_ENCRYPTION_KEY">;

/** Seals data kept for good: under DATA_ENCRYPTION_KEY (`k1.`), or AUTH_SECRET outside production (`v1.`). */
export function sealDataWith(env: DataKeySettings, purpose: string, value: unknown): string {
  if (env.DATA_ENCRYPTION_KEY) {
    const key = Buffer.from(env.DATA_ENCRYPTION_KEY, "base64");
    return DATA_KEY_VERSION + sealedBytes(key, purpose, value);
  }
  if (env.NODE_ENV === "production") throw new DataKeyMissingError();
  return sealWith(env.AUTH_SECRET, purpose, value);
}

/** Opens what `sealDataWith` sealed, under whichever key its prefix names. */
export function openDataWith(env: DataKeySettings, purpose: string, sealed: string): unknown {
  if (sealed.startsWith(DATA_KEY_VERSION)) {
    if (!env.DATA_ENCRYPTION_KEY) {
      throw new SealError("sealed under DATA_ENCRYPTION_KEY, which is not set");
    }
    const key = Buffer.from(env.DATA_ENCRYPTION_KEY, "base64");
    return openBytes(key, purpose, sealed.slice(DATA_KEY_VERSION.length));
  }
  return openWith(env.AUTH_SECRET, purpose, sealed);
}

/** Seals data kept for good under this app's settings. */
export const sealData = (purpose: string, value: unknown): string =>
  sealDataWith(getEnv(), purpose, value);

/** Opens what `sealData` sealed under this app's settings. */
export const unsealData = (purpose: string, sealed: string): unknown =>
  openDataWith(getEnv(), purpose, sealed);
