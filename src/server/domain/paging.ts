import { z } from "zod";
import { AppError } from "@/server/errors";
import { singleLine, textProblem } from "@/server/validation";

/**
 * Keyset paging, the same in every list: `limit` and an opaque `cursor` in,
 * `{ items, nextCursor, total }` out. The cursor is the last row's sort key,
 * so every page is an index range however deep it is.
 */

export const MAX_PAGE_SIZE = 200;

export function pageLimit() {
  return z.coerce
    .number("must be a number")
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(50)
    .describe(`Page size, 1 to ${MAX_PAGE_SIZE} (default 50)`);
}

export function pageCursor() {
  return singleLine()
    .pipe(z.string().max(1000, "must be at most 1000 characters"))
    .optional()
    .describe("`nextCursor` of the previous page");
}

export function pageOf<Item extends z.ZodType>(item: Item, counted: string) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` for the next page; null on the last"),
    total: z.int().describe(`${counted}, on every page`),
  });
}

/** The cursor for a row's sort key. */
export function encodeCursor(key: readonly (string | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string =>
  typeof value === "string" && UUID.test(value);
export const isTimestamp = (value: unknown): value is string =>
  typeof value === "string" && !Number.isNaN(Date.parse(value));

/**
 * The sort key a cursor holds, checked by `read` (which answers null for a
 * key of the wrong shape); anything else is a 400 naming `cursor`.
 */
export function decodeCursor<Key>(text: string, read: (values: unknown[]) => Key | null): Key {
  let key: Key | null = null;
  try {
    const values: unknown = JSON.parse(Buffer.from(text, "base64url").toString());
    // A forged key's text goes to the database: it must be text PostgreSQL can hold.
    const clean = (value: unknown) => typeof value !== "string" || !textProblem(value, "any");
    if (Array.isArray(values) && values.every(clean)) key = read(values);
  } catch {
    // falls through
  }
  if (key === null) throw AppError.badRequest("cursor", "is not a cursor from this list");
  return key;
}
