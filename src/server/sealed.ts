import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/env";

/**
 * Values kept where more people can read them than should: a job's data sits
 * in the queue's table, in backups and in the admin console, and an e-mail in
 * it can carry a one-time code. Sealed, it is AES-256-GCM ciphertext under a
 * key derived from AUTH_SECRET (HKDF-SHA256, one key per purpose): unreadable
 * without the secret, and any change to it is detected when it is opened.
 *
 * Format: `v1.` + base64url(12-byte IV ‖ 16-byte tag ‖ ciphertext of the JSON).
 */

const VERSION = "v1.";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealError";
  }
}

function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(
    hkdfSync("sha256", secret, "photo-backoffice sealed", `purpose:${purpose}`, 32),
  );
}

/** Seals `value` (anything JSON can hold) for `purpose` under `secret`. */
export function sealWith(secret: string, purpose: string, value: unknown): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret, purpose), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url");
}

/** The value `sealWith` sealed; throws a SealError for another secret, purpose, or any change. */
export function openWith(secret: string, purpose: string, sealed: string): unknown {
  if (!sealed.startsWith(VERSION)) throw new SealError("not a sealed value");
  const bytes = Buffer.from(sealed.slice(VERSION.length), "base64url");
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
