import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { smtpMailer } from "@/server/mail";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { uniqueEmail } from "../support/fixtures";
import { type Mailbox, startMailbox } from "../support/smtp";

describe("password reset codes over time", () => {
  let database: TestDatabase;
  let mailbox: Mailbox;
  let clock: Date;
  const api = () =>
    createCaller(
      createInnerContext({
        db: database.prisma,
        now: () => clock,
        clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}`,
        mailer: smtpMailer(mailbox.url, "test@example.test"),
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

  async function adminWithCode(at: Date) {
    clock = at;
    const email = uniqueEmail("admin");
    await database.prisma.admin.create({ data: { email, fullName: "Admin", passwordHash: "x" } });
    const before = mailbox.countFor(email);
    await api().admins.requestPasswordReset({ email });
    return { email, code: await mailbox.codeFor(email, { after: before }) };
  }

  it("expire 10 minutes after they were sent", async () => {
    const { email, code } = await adminWithCode(new Date("2026-11-23T10:00:00Z"));
    clock = new Date("2026-11-23T10:09:59Z");
    await expect(api().admins.validateResetCode({ email, otp: code })).resolves.toBeUndefined();
    clock = new Date("2026-11-23T10:10:01Z");
    await expect(api().admins.validateResetCode({ email, otp: code })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Invalid or expired OTP",
    });
    await expect(
      api().admins.resetPassword({ email, otp: code, newPassword: "new password 1" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("stop validating for an hour after 10 wrong codes, across new codes", async () => {
    const { email } = await adminWithCode(new Date("2026-11-24T10:00:00Z"));
    for (let round = 0; round < 2; round++) {
      for (let guess = 0; guess < 5; guess++) {
        await expect(
          api().admins.validateResetCode({ email, otp: "999999" }),
        ).rejects.toMatchObject({
          code: "BAD_REQUEST",
        });
      }
      await api().admins.requestPasswordReset({ email });
    }
    const fresh = await mailbox.codeFor(email, { after: 2 });
    await expect(api().admins.validateResetCode({ email, otp: fresh })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });

    clock = new Date("2026-11-24T11:00:01Z");
    await api().admins.requestPasswordReset({ email });
    const later = await mailbox.codeFor(email, { after: 3 });
    await expect(api().admins.validateResetCode({ email, otp: later })).resolves.toBeUndefined();
  });

  it("answer unknown addresses exactly like known ones", async () => {
    clock = new Date("2026-11-25T10:00:00Z");
    const ghost = uniqueEmail("ghost");
    await expect(api().admins.requestPasswordReset({ email: ghost })).resolves.toBeUndefined();
    await expect(
      api().admins.validateResetCode({ email: ghost, otp: "123456" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Invalid or expired OTP",
    });
  });

  it("can be used once, even by two requests at the same moment", async () => {
    const { email, code } = await adminWithCode(new Date("2026-11-26T10:00:00Z"));
    const outcomes = await Promise.allSettled([
      api().admins.resetPassword({ email, otp: code, newPassword: "first new password" }),
      api().admins.resetPassword({ email, otp: code, newPassword: "second new password" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const admin = await database.prisma.admin.findUniqueOrThrow({ where: { email } });
    const reset = await database.prisma.oneTimeCode.findUniqueOrThrow({
      where: { key: `admin-reset:${admin.id}` },
    });
    expect(reset.consumedAt).not.toBeNull();
    expect(reset.codeHash).not.toContain(code);
  });

  it("compare at most 5 of 300 concurrent guesses, then refuse even the right code", async () => {
    const { email, code } = await adminWithCode(new Date("2026-11-27T10:00:00Z"));
    const wrong = code === "000000" ? "111111" : "000000";
    const outcomes = await Promise.allSettled(
      Array.from({ length: 300 }, () => api().admins.validateResetCode({ email, otp: wrong })),
    );
    expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
    const admin = await database.prisma.admin.findUniqueOrThrow({ where: { email } });
    const reset = await database.prisma.oneTimeCode.findUniqueOrThrow({
      where: { key: `admin-reset:${admin.id}` },
    });
    expect(reset.attempts).toBe(5);

    // With the address's wrong-code count cleared, the code itself stays dead.
    clock = new Date("2026-11-27T10:09:00Z");
    await database.prisma.rateLimitBucket.deleteMany({ where: { key: { endsWith: email } } });
    await expect(api().admins.validateResetCode({ email, otp: code })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Invalid or expired OTP",
    });
  });

  it("give a right guess back: 4 wrong, then the right code validates and resets", async () => {
    const { email, code } = await adminWithCode(new Date("2026-11-28T10:00:00Z"));
    const wrong = code === "000000" ? "111111" : "000000";
    for (let guess = 0; guess < 4; guess++) {
      await expect(api().admins.validateResetCode({ email, otp: wrong })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    await api().admins.validateResetCode({ email, otp: code });
    await api().admins.validateResetCode({ email, otp: code });
    await expect(
      api().admins.resetPassword({ email, otp: code, newPassword: "a new password" }),
    ).resolves.toBeUndefined();
  });
});
