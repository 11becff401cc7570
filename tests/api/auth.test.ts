import bcrypt from "bcrypt";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { uniqueEmail } from "../support/fixtures";

const PASSWORD = "correct horse battery";

describe("sign-in limits", () => {
  let database: TestDatabase;
  let clock: Date;
  const api = (clientAddress = "203.0.113.1") =>
    createCaller(createInnerContext({ db: database.prisma, clientAddress, now: () => clock }));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());
  afterEach(() => vi.restoreAllMocks());

  async function newOperator() {
    const email = uniqueEmail();
    await api("198.51.100.1").auth.register({ name: "Studio", email, password: PASSWORD });
    return email;
  }

  it("reopen when the 15-minute window has passed", async () => {
    clock = new Date("2026-11-23T10:00:00Z");
    const email = await newOperator();
    for (let i = 0; i < 10; i++) {
      await expect(api().auth.login({ email, password: "wrong" })).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    await expect(api().auth.login({ email, password: PASSWORD })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });

    clock = new Date("2026-11-23T10:14:59Z");
    await expect(api().auth.login({ email, password: PASSWORD })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    await expect(
      api("203.0.113.2").auth.login({ email, password: PASSWORD }),
    ).resolves.toHaveProperty("token");
    clock = new Date("2026-11-23T10:15:01Z");
    await expect(api().auth.login({ email, password: PASSWORD })).resolves.toHaveProperty("token");
  });

  it("are checked before bcrypt runs", async () => {
    clock = new Date("2026-11-24T10:00:00Z");
    const email = await newOperator();
    const compare = vi.spyOn(bcrypt, "compare");
    for (let i = 0; i < 10; i++)
      await api("203.0.113.4")
        .auth.login({ email, password: "wrong" })
        .catch(() => {});
    expect(compare).toHaveBeenCalledTimes(10);

    for (let i = 0; i < 5; i++) {
      await expect(
        api("203.0.113.4").auth.login({ email, password: "wrong" }),
      ).rejects.toMatchObject({
        code: "TOO_MANY_REQUESTS",
      });
    }
    expect(compare).toHaveBeenCalledTimes(10);
  });

  it("let at most 10 of 20 simultaneous wrong attempts reach the password check", async () => {
    clock = new Date("2026-11-25T10:00:00Z");
    const email = await newOperator();
    const compare = vi.spyOn(bcrypt, "compare");
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => api("203.0.113.5").auth.login({ email, password: "wrong" })),
    );
    const codes = outcomes.map((o) =>
      o.status === "rejected" ? (o.reason as { code: string }).code : "OK",
    );
    const checked = codes.filter((code) => code === "UNAUTHORIZED").length;
    // Each attempt counts against the e-mail and the address; concurrent attempts may rank
    // differently on the two, so fewer than 10 can pass both, never more.
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(10);
    expect(compare).toHaveBeenCalledTimes(checked);
    expect(codes.filter((code) => code === "TOO_MANY_REQUESTS")).toHaveLength(20 - checked);
  });

  it("compare against a dummy hash for unknown e-mails", async () => {
    clock = new Date("2026-11-26T10:00:00Z");
    const compare = vi.spyOn(bcrypt, "compare");
    await expect(
      api("203.0.113.6").auth.login({ email: uniqueEmail("ghost"), password: "x" }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(compare).toHaveBeenCalledTimes(1);
  });
});
