import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import type { Caller } from "@/server/auth/caller";
import { smtpMailer } from "@/server/mail";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { uniqueEmail } from "../support/fixtures";
import { type Mailbox, startMailbox } from "../support/smtp";

const PASSWORD = "correct horse battery";

describe("account passwords over time", () => {
  let database: TestDatabase;
  let mailbox: Mailbox;
  let clock: Date;
  const api = (caller: Caller | null = null) =>
    createCaller(
      createInnerContext({
        db: database.prisma,
        now: () => clock,
        clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}`,
        mailer: smtpMailer(mailbox.url, "test@example.test"),
        getCaller: () => Promise.resolve(caller),
      }),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    mailbox = await startMailbox();
  });
  afterAll(async () => {
    await database.destroy();
    await mailbox.stop();
  });

  async function newOperator(at: Date) {
    clock = at;
    const email = uniqueEmail("operator");
    await api().auth.register({ name: "Studio", email, password: PASSWORD });
    const { operator } = await database.prisma.account.findUniqueOrThrow({
      where: { email },
      select: { operator: { select: { id: true } } },
    });
    const caller: Caller = { role: "operator", id: operator!.id, operatorId: operator!.id };
    return { email, caller };
  }

  async function codeFor(email: string) {
    const before = mailbox.countFor(email);
    await api().account.requestPasswordReset({ email });
    return mailbox.codeFor(email, { after: before });
  }

  it("expire 10 minutes after they were sent", async () => {
    const { email } = await newOperator(new Date("2026-12-01T10:00:00Z"));
    const code = await codeFor(email);
    clock = new Date("2026-12-01T10:10:01Z");
    await expect(
      api().account.resetPassword({ email, code, newPassword: "too late password" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    clock = new Date("2026-12-01T10:20:00Z");
    const fresh = await codeFor(email);
    clock = new Date("2026-12-01T10:29:59Z");
    await expect(
      api().account.resetPassword({ email, code: fresh, newPassword: "in time password" }),
    ).resolves.toBeUndefined();
  });

  it("compare at most 5 of 300 concurrent guesses; the code then stays dead", async () => {
    const { email } = await newOperator(new Date("2026-12-02T10:00:00Z"));
    const code = await codeFor(email);
    const wrong = code === "000000" ? "111111" : "000000";
    const outcomes = await Promise.allSettled(
      Array.from({ length: 300 }, () =>
        api().account.resetPassword({ email, code: wrong, newPassword: "guessed password" }),
      ),
    );
    expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
    const account = await database.prisma.account.findUniqueOrThrow({ where: { email } });
    const stored = await database.prisma.oneTimeCode.findUniqueOrThrow({
      where: { key: `account-reset:${account.id}` },
    });
    expect(stored.attempts).toBe(5);
    expect(stored.codeHash).not.toContain(code);

    await database.prisma.rateLimitBucket.deleteMany({ where: { key: { endsWith: email } } });
    await expect(
      api().account.resetPassword({ email, code, newPassword: "guessed password" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("stop working for an hour after 10 wrong codes per address, across new codes", async () => {
    const { email } = await newOperator(new Date("2026-12-03T10:00:00Z"));
    for (let round = 0; round < 2; round++) {
      await codeFor(email);
      for (let guess = 0; guess < 5; guess++) {
        await api()
          .account.resetPassword({ email, code: "999999", newPassword: "guessed password" })
          .catch(() => {});
      }
    }
    const fresh = await codeFor(email);
    await expect(
      api().account.resetPassword({ email, code: fresh, newPassword: "blocked password" }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    clock = new Date("2026-12-03T11:00:01Z");
    const later = await codeFor(email);
    await expect(
      api().account.resetPassword({ email, code: later, newPassword: "later password" }),
    ).resolves.toBeUndefined();
  });

  it("ask a photographer whose studio set the password to change it, until they do", async () => {
    const { caller: operator } = await newOperator(new Date("2026-12-04T10:00:00Z"));
    const email = uniqueEmail("photographer");
    const created = await api(operator).photographers.create({
      name: "Ada",
      email,
      password: PASSWORD,
    });
    const photographer: Caller = {
      role: "photographer",
      id: created.id,
      operatorId: operator.id,
    };
    await expect(api(photographer).account.status()).resolves.toEqual({
      email,
      mustChangePassword: true,
    });
    await expect(api(operator).account.status()).resolves.toMatchObject({
      mustChangePassword: false,
    });

    await api(photographer).account.changePassword({
      currentPassword: PASSWORD,
      newPassword: "my own password",
    });
    await expect(api(photographer).account.status()).resolves.toMatchObject({
      mustChangePassword: false,
    });
  });

  it("clear the studio-set flag on a reset by code too", async () => {
    const { caller: operator } = await newOperator(new Date("2026-12-05T10:00:00Z"));
    const email = uniqueEmail("photographer");
    await api(operator).photographers.create({ name: "Ben", email, password: PASSWORD });
    const code = await codeFor(email);
    await api().account.resetPassword({ email, code, newPassword: "my own password" });
    const account = await database.prisma.account.findUniqueOrThrow({ where: { email } });
    expect(account.mustChangePassword).toBe(false);
  });
});
