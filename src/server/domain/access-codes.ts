import { randomInt } from "node:crypto";

/**
 * Member access codes: what a member types (or scans from their card) to open
 * their gallery. 10 characters from 31 that cannot be mistaken for one another
 * (no 0/O, no 1/I/L): about 49.5 bits from the CSPRNG. Stored normalised;
 * shown in two groups of five (src/lib/access-code-format.ts).
 */

export const ACCESS_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const ACCESS_CODE_LENGTH = 10;

const NORMALISED = new RegExp(`^[${ACCESS_CODE_ALPHABET}]{${ACCESS_CODE_LENGTH}}$`);

export function generateAccessCode(): string {
  let code = "";
  for (let i = 0; i < ACCESS_CODE_LENGTH; i++) {
    code += ACCESS_CODE_ALPHABET[randomInt(ACCESS_CODE_ALPHABET.length)];
  }
  return code;
}

/**
 * The stored form of a code as a person may type it: upper case, without
 * spaces or dashes. Null when the result cannot be a code, so a lookup never
 * has to query for it.
 */
export function normaliseAccessCode(input: string): string | null {
  const code = input.replace(/[\s\-\u2010-\u2015_]/g, "").toUpperCase();
  return NORMALISED.test(code) ? code : null;
}
