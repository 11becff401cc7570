import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import {
  DataKeyMissingError,
  openDataWith,
  openWith,
  SealError,
  sealDataWith,
  sealWith,
} from "./sealed";

const SECRET = "a-secret-that-is-at-least-thirty-two-characters";
const mail = { to: "ada@example.test", subject: "Your code", text: "your code is 123456" };

describe("sealed values", () => {
  it("open to what was sealed, and show nothing of it", () => {
    const sealed = sealWith(SECRET, "mail", mail);
    expect(openWith(SECRET, "mail", sealed)).toEqual(mail);
    expect(sealed).not.toContain("123456");
    expect(sealed).not.toContain("ada");
    expect(Buffer.from(sealed.slice(3), "base64url").toString("latin1")).not.toContain("123456");
  });

  it("differ each time, even for the same value", () => {
    expect(sealWith(SECRET, "mail", mail)).not.toBe(sealWith(SECRET, "mail", mail));
  });

  it("do not open under another secret or for another purpose", () => {
    const sealed = sealWith(SECRET, "mail", mail);
    expect(() => openWith(`${SECRET}x`, "mail", sealed)).toThrow(SealError);
    expect(() => openWith(SECRET, "webhook", sealed)).toThrow(SealError);
  });

  it("do not open once a single byte is changed", () => {
    const sealed = sealWith(SECRET, "mail", mail);
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    for (const at of [0, 12, 28, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[at]! ^= 1;
      expect(() => openWith(SECRET, "mail", `v1.${changed.toString("base64url")}`)).toThrow(
        SealError,
      );
    }
    expect(() => openWith(SECRET, "mail", "v1.")).toThrow(SealError);
    expect(() => openWith(SECRET, "mail", JSON.stringify(mail))).toThrow(SealError);
  });
});

describe("data sealed for good (payment keys)", () => {
  const key = randomBytes(32).toString("base64");
  const production = { NODE_ENV: "production" as const, AUTH_SECRET: SECRET };
  const secretKey = "sk_test_51AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

  it("is AES-256-GCM under DATA_ENCRYPTION_KEY, and shows nothing of the key it holds", () => {
    const env = { ...production, DATA_ENCRYPTION_KEY: key };
    const sealed = sealDataWith(env, "payment-keys", { secretKey });
    expect(sealed.startsWith("k1.")).toBe(true);
    expect(sealed).not.toContain("sk_test");
    expect(Buffer.from(sealed.slice(3), "base64url").toString("latin1")).not.toContain("sk_test");
    expect(openDataWith(env, "payment-keys", sealed)).toEqual({ secretKey });
    // Another key, or AUTH_SECRET alone, does not open it; nor does another purpose.
    const other = { ...env, DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64") };
    expect(() => openDataWith(other, "payment-keys", sealed)).toThrow(SealError);
    expect(() => openDataWith(production, "payment-keys", sealed)).toThrow(SealError);
    expect(() => openDataWith(env, "mail", sealed)).toThrow(SealError);
    // A changed byte is detected.
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    bytes[bytes.length - 1]! ^= 1;
    expect(() => openDataWith(env, "payment-keys", `k1.${bytes.toString("base64url")}`)).toThrow(
      SealError,
    );
  });

  it("does not depend on AUTH_SECRET once DATA_ENCRYPTION_KEY is set", () => {
    const sealed = sealDataWith({ ...production, DATA_ENCRYPTION_KEY: key }, "k", secretKey);
    const rotated = { ...production, AUTH_SECRET: `${SECRET}-rotated`, DATA_ENCRYPTION_KEY: key };
    expect(openDataWith(rotated, "k", sealed)).toBe(secretKey);
  });

  it("is refused in production without DATA_ENCRYPTION_KEY, and falls back to AUTH_SECRET elsewhere", () => {
    expect(() => sealDataWith(production, "payment-keys", secretKey)).toThrow(DataKeyMissingError);
    const development = { NODE_ENV: "development" as const, AUTH_SECRET: SECRET };
    const sealed = sealDataWith(development, "payment-keys", secretKey);
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(sealed).not.toContain("sk_test");
    expect(openDataWith(development, "payment-keys", sealed)).toBe(secretKey);
  });
});
