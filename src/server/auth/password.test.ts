import { afterEach, describe, expect, it, vi } from "vitest";

let active = 0;
let mostAtOnce = 0;
const slowly = async <T>(value: T) => {
  active++;
  mostAtOnce = Math.max(mostAtOnce, active);
  await new Promise((resolve) => setTimeout(resolve, 5));
  active--;
  return value;
};

vi.mock("bcrypt", () => ({
  default: {
    hash: (plain: string) => slowly(`hashed:${plain}`),
    compare: (plain: string, hash: string) => slowly(hash === `hashed:${plain}`),
  },
}));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  delete (globalThis as { __photoBackofficeBcryptLimit?: unknown }).__photoBackofficeBcryptLimit;
  mostAtOnce = 0;
});

describe("password hashing", () => {
  it.each([1, 2])("runs at most BCRYPT_CONCURRENCY=%i hashes at once", async (limit) => {
    vi.stubEnv("BCRYPT_CONCURRENCY", String(limit));
    const { hashPassword, verifyAgainstDummy, verifyPassword } = await import("./password");
    const results = await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => verifyPassword(`pw${i}`, `hashed:pw${i}`)),
      ...Array.from({ length: 3 }, (_, i) => hashPassword(`new${i}`)),
      verifyAgainstDummy("guess"),
      verifyAgainstDummy("guess again"),
    ]);
    expect(mostAtOnce).toBe(limit);
    expect(results).toEqual([
      ...Array<boolean>(6).fill(true),
      "hashed:new0",
      "hashed:new1",
      "hashed:new2",
      false,
      false,
    ]);
  });
});
