import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { type Caller, resolveCaller } from "@/server/auth/caller";
import { type TokenSubject, verifyToken } from "@/server/auth/tokens";
import { authenticateApiKey } from "@/server/domain/api-keys";
import { smtpMailer } from "@/server/mail";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertAdmin, uniqueEmail } from "../support/fixtures";
import { type Mailbox, startMailbox } from "../support/smtp";

/**
 * An admin opens a studio, suspends it and lifts the suspension: meanwhile its
 * operator, photographers, sessions, tokens, API keys and galleries are
 * refused with STUDIO_SUSPENDED, nothing is deleted, and afterwards the very
 * same logins, tokens and keys work again.
 */
const PASSWORD = "correct horse battery";
const SUSPENDED = /This studio is suspended/;

describe("suspending a studio", () => {
  let database: TestDatabase;
  let mailbox: Mailbox;
  let adminId: string;
  let address = 0;

  /** A caller as HTTP would resolve it: the token's subject checked against the database. */
  const api = (getCaller: () => Promise<Caller | null> = async () => null) =>
    createCaller(
      createInnerContext({
        db: database.prisma,
        clientAddress: `198.51.100.${++address % 250}`,
        mailer: smtpMailer(mailbox.url, "test@example.test"),
        getCaller,
      }),
    );
  const withToken = async (token: string) => {
    const subject = (await verifyToken(token, ["backoffice"])) as TokenSubject;
    return api(() => resolveCaller(database.prisma, subject));
  };
  const withKey = (key: string) =>
    api(() => authenticateApiKey(database.prisma, key, "projects:read", new Date()));
  const admin = () => api(async () => ({ role: "admin", id: adminId }));

  /** A studio with a photographer, a project, a member and an API key, made through the API. */
  async function newStudio(name: string) {
    const email = uniqueEmail("owner");
    const { token } = await api().auth.register({ name, email, password: PASSWORD });
    const operator = await withToken(token);
    const photographerEmail = uniqueEmail("photographer");
    const photographer = await operator.photographers.create({
      name: "Pat Photographer",
      email: photographerEmail,
      password: PASSWORD,
    });
    const project = await operator.projects.create({ name: "Spring school photos" });
    await operator.projects.assignPhotographer({
      projectId: project.id,
      photographerId: photographer.id,
    });
    const member = await operator.members.create({ projectId: project.id, name: "Mia Muster" });
    const { key } = await operator.apiKeys.create({ name: "Lab", scopes: ["projects:read"] });
    const { token: photographerToken } = await api().auth.login({
      email: photographerEmail,
      password: PASSWORD,
    });
    const { operator: row } = await database.prisma.account.findUniqueOrThrow({
      where: { email },
      select: { operator: { select: { id: true } } },
    });
    return {
      id: row!.id,
      email,
      photographerEmail,
      token,
      photographerToken,
      key,
      accessCode: member.accessCode!,
      projectId: project.id,
    };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    mailbox = await startMailbox();
    adminId = (await insertAdmin(database.prisma)).id;
  });
  afterAll(async () => {
    await database.destroy();
    await mailbox.stop();
  });

  it("opens a studio with its numbers, photographers and projects", async () => {
    const studio = await newStudio("Open Book Studio");
    const detail = await admin().admins.studio({ id: studio.id });
    expect(detail).toMatchObject({
      id: studio.id,
      name: "Open Book Studio",
      email: studio.email,
      suspendedAt: null,
      counts: { members: 1, photos: 0, orders: 0, paidOrders: 0, revenueInCents: 0, apiKeys: 1 },
      photographers: [
        { name: "Pat Photographer", email: studio.photographerEmail, projectCount: 1 },
      ],
      projects: [{ id: studio.projectId, name: "Spring school photos", memberCount: 1 }],
    });
    await expect(
      admin().admins.studio({ id: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses the studio's people, tokens, keys and galleries, deletes nothing, and lifts cleanly", async () => {
    const studio = await newStudio("Paused Studio");
    const bystander = await newStudio("Bystander Studio");
    const before = await admin().admins.studio({ id: studio.id });
    const suspended = await admin().admins.suspendStudio({ id: studio.id });
    expect(suspended.suspendedAt).not.toBeNull();
    expect(suspended.counts).toEqual(before.counts);
    expect((await admin().admins.studios({ search: "Paused" })).items[0]!.suspendedAt).toBe(
      suspended.suspendedAt,
    );

    const refused = { code: "FORBIDDEN", message: expect.stringMatching(SUSPENDED) };
    // Sign-in with the right password, for the operator and the photographer.
    await expect(
      api().auth.login({ email: studio.email, password: PASSWORD }),
    ).rejects.toMatchObject(refused);
    await expect(
      api().auth.login({ email: studio.photographerEmail, password: PASSWORD }),
    ).rejects.toMatchObject(refused);
    // A wrong password still learns nothing but "invalid".
    await expect(
      api().auth.login({ email: studio.email, password: "not the password" }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // Tokens and sessions issued before the suspension.
    await expect((await withToken(studio.token)).projects.list()).rejects.toMatchObject(refused);
    await expect(
      (await withToken(studio.photographerToken)).photographers.myProjects(),
    ).rejects.toMatchObject(refused);
    // The API key.
    await expect(withKey(studio.key).projects.list()).rejects.toMatchObject(refused);
    // The members' gallery.
    await expect(api().gallery.open({ code: studio.accessCode })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/This gallery is unavailable/),
    });
    // The refusal's own code, for REST clients.
    const error: unknown = await withKey(studio.key)
      .projects.list()
      .catch((e: unknown) => e);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe("STUDIO_SUSPENDED");

    // Another studio goes on as before.
    expect(await (await withToken(bystander.token)).projects.list()).toHaveLength(1);
    expect(await withKey(bystander.key).projects.list()).toHaveLength(1);
    await expect(api().gallery.open({ code: bystander.accessCode })).resolves.toBeTruthy();

    // Suspending twice changes nothing and writes one entry.
    await admin().admins.suspendStudio({ id: studio.id });
    const lifted = await admin().admins.unsuspendStudio({ id: studio.id });
    expect(lifted.suspendedAt).toBeNull();
    expect(lifted.counts).toEqual(before.counts);

    // The very same token, key and password work again.
    expect(await (await withToken(studio.token)).projects.list()).toHaveLength(1);
    expect(
      await (await withToken(studio.photographerToken)).photographers.myProjects(),
    ).toHaveLength(1);
    expect(await withKey(studio.key).projects.list()).toHaveLength(1);
    await expect(
      api().auth.login({ email: studio.email, password: PASSWORD }),
    ).resolves.toBeTruthy();
    await expect(api().gallery.open({ code: studio.accessCode })).resolves.toBeTruthy();

    // The studio's audit log says who suspended it and who lifted it.
    const log = await (await withToken(studio.token)).auditLog.list({});
    const entries = log.items.filter((entry) => entry.subject.type === "studio");
    expect(entries.map((entry) => [entry.action, entry.actor])).toEqual([
      ["studio_unsuspended", { type: "admin", id: adminId }],
      ["studio_suspended", { type: "admin", id: adminId }],
    ]);
  });

  it("e-mails the owner a reset code that sets a new password", async () => {
    const studio = await newStudio("Forgetful Studio");
    const before = mailbox.countFor(studio.email);
    expect(await admin().admins.sendOwnerPasswordReset({ id: studio.id })).toEqual({
      email: studio.email,
    });
    const code = await mailbox.codeFor(studio.email, { after: before });
    await api().account.resetPassword({
      email: studio.email,
      code,
      newPassword: "a new password for the owner",
    });
    await expect(
      api().auth.login({ email: studio.email, password: "a new password for the owner" }),
    ).resolves.toBeTruthy();
  });

  it("is for admins only", async () => {
    const studio = await newStudio("Nosy Studio");
    const operator = await withToken(studio.token);
    await expect(operator.admins.studio({ id: studio.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(operator.admins.suspendStudio({ id: studio.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(operator.admins.sendOwnerPasswordReset({ id: studio.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(api().admins.unsuspendStudio({ id: studio.id })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
