import { describe, expect, it } from "vitest";
import { scrubSecrets, serializeError } from "./logger";

const HASH = "$2b$04$sXq3H6UV9gFYp0FLPib9Yeii.5dicivyvRUFWlaKbshU/PYyuScDS";
const CODE_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

/** What Prisma throws when PostgreSQL refuses a row (shape taken from a real failure). */
function refusedRow(): Error {
  const error = new Error(
    "\nInvalid `tx.admin.create()` invocation in\n/app/src/server/domain/admins.ts:86:21\n\n" +
      'Database error. Code: `23514`. Message: `new row for relation "admins" violates check constraint "c"`',
  );
  error.name = "PrismaClientKnownRequestError";
  return Object.assign(error, {
    code: "P2039",
    meta: {
      modelName: "Admin",
      driverAdapterError: {
        cause: {
          code: "23514",
          detail: `Failing row contains (1ae82337, ada@example.test, Ada, ${HASH}, null, 0).`,
        },
      },
    },
  });
}

describe("error logging", () => {
  it("keeps an error's type, code, message and causes but not its other properties", () => {
    const wrapped = new Error("Internal server error", { cause: refusedRow() });
    const logged = JSON.stringify(serializeError(wrapped));
    expect(logged).toContain("PrismaClientKnownRequestError");
    expect(logged).toContain("P2039");
    expect(logged).toContain("violates check constraint");
    expect(logged).not.toContain("$2b$");
    expect(logged).not.toContain("ada@example.test");
    expect(logged).not.toContain("Failing row");
  });

  it("scrubs rows, hashes, e-mail addresses and six-digit codes from any text", () => {
    const text = [
      `Failing row contains (1, ada@example.test, ${HASH}).`,
      `Key (email)=(ada@example.test) already exists.`,
      `codeHash: "${CODE_HASH}"`,
      `otp 042917 was wrong`,
      `to: "Ben <ben.b@mail.example.co.uk>"`,
    ].join("\n");
    const scrubbed = scrubSecrets(text);
    for (const secret of ["ada@example.test", HASH, CODE_HASH, "042917", "ben.b@mail"]) {
      expect(scrubbed).not.toContain(secret);
    }
    expect(scrubbed).toContain("Key (email)=[redacted]");
  });

  it("leaves stack frames, times and package paths readable", () => {
    const text =
      "at vn.request (/app/node_modules/@prisma/client/runtime/client.js:65:7639) 2026-12-01 13:48:29.622";
    expect(scrubSecrets(text)).toBe(text);
  });
});
