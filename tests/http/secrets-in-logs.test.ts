import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/server/auth/password";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { uniqueEmail } from "../support/fixtures";

/**
 * Mail and logs in production: the app refuses to start without SMTP_URL
 * unless MAIL_TRANSPORT=file says so, the file mailer does not log recipients,
 * and an unexpected database error's log line carries no hash, code or e-mail.
 */
const PASSWORD = "admin password 1";
const wrap = (input: Record<string, unknown>) => ({ data: JSON.stringify(input) });
const BCRYPT_HASH = /\$2[abxy]?\$\d{2}\$/;
const HEX_DIGEST = /\b[0-9a-f]{64}\b/i;

/** The app's log lines that contain `text`, once `count` of them arrived (the pipe lags). */
async function logLines(app: RunningApp, text: string, count: number): Promise<string[]> {
  const lines = () =>
    app
      .output()
      .split("\n")
      .filter((line) => line.includes(text));
  for (let i = 0; i < 50 && lines().length < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return lines();
}

describe("mail in production", () => {
  it("refuses to start without SMTP_URL or MAIL_TRANSPORT=file, naming both", async () => {
    await expect(startApp({ env: { MAIL_TRANSPORT: "" } })).rejects.toThrow(
      /SMTP_URL: required in production[^\n]*MAIL_TRANSPORT=file/,
    );
  });

  describe("with MAIL_TRANSPORT=file", () => {
    let app: RunningApp;
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), "photo-backoffice-mail-"));
      app = await startApp({
        env: { MAIL_TRANSPORT: "file", DATA_DIR: dataDir, LOG_LEVEL: "info" },
      });
    });
    afterAll(async () => {
      await app?.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    it("writes the message to DATA_DIR/mail and logs the file, not the recipient", async () => {
      const api = new ApiClient(app.url);
      const email = uniqueEmail("admin");
      const registered = await api.post(
        "/api/admins/register",
        wrap({ fullName: "Admin", email, password: PASSWORD }),
      );
      expect(registered.status).toBe(201);
      expect((await api.post("/api/admins/password-reset-otp", wrap({ email }))).status).toBe(200);

      const mailDir = path.join(dataDir, "mail");
      let files: string[] = [];
      for (let i = 0; i < 50 && files.length === 0; i++) {
        files = (await readdir(mailDir).catch(() => [])).filter((file) => file.endsWith(".eml"));
        if (files.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(files).toHaveLength(1);
      const message = await readFile(path.join(mailDir, files[0]!), "utf8");
      expect(message).toContain(`To: ${email}`);
      expect(message).toMatch(/code is \d{6}/);

      const written = await logLines(app, "e-mail written to disk", 1);
      expect(written).toHaveLength(1);
      expect(written[0]).toContain(files[0]);
      expect(app.output()).not.toContain(email);
    });
  });
});

describe("an unexpected database error", () => {
  let app: RunningApp;
  let api: ApiClient;
  const root = { email: uniqueEmail("root"), password: "root password 1" };

  beforeAll(async () => {
    app = await startApp({
      env: { LOG_LEVEL: "info" },
      prepare: async (database) => {
        await database.prisma.admin.create({
          data: {
            email: root.email,
            fullName: "Root",
            passwordHash: await hashPassword(root.password),
          },
        });
        // From now on PostgreSQL refuses every new admin and every reset code, reporting the row.
        await database.prisma.$executeRawUnsafe(
          "ALTER TABLE admins ADD CONSTRAINT forced_failure CHECK (false) NOT VALID",
        );
        await database.prisma.$executeRawUnsafe(
          "ALTER TABLE one_time_codes ADD CONSTRAINT forced_failure CHECK (false) NOT VALID",
        );
      },
    });
    api = new ApiClient(app.url);
  });
  afterAll(() => app?.stop());

  it("is logged without the password hash, the code's hash or the e-mail address", async () => {
    const login = await api.post("/api/admins/login", wrap(root));
    expect(login.status).toBe(200);
    const admin = api.as(login.body.data.accessToken);

    const newcomer = { fullName: "Newcomer", email: uniqueEmail("new"), password: PASSWORD };
    const refused = await admin.post("/api/admins/register", wrap(newcomer));
    expect(refused.status).toBe(500);
    expect(refused.body).toEqual({ status: 500, message: "Internal server error" });
    const reset = await api.post("/api/admins/password-reset-otp", wrap({ email: root.email }));
    expect(reset.status).toBe(500);

    const errors = await logLines(app, '"unexpected error"', 2);
    expect(errors).toHaveLength(2);
    expect(errors.join("\n")).toContain("forced_failure");
    const output = app.output();
    expect(output).not.toMatch(BCRYPT_HASH);
    expect(output).not.toMatch(HEX_DIGEST);
    for (const secret of [newcomer.email, newcomer.password, root.email, root.password]) {
      expect(output).not.toContain(secret);
    }
  });
});

describe("search terms in the request log", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ env: { LOG_LEVEL: "info" } });
  });
  afterAll(() => app?.stop());

  it("logs the query of REST and tRPC requests with search and input redacted", async () => {
    const api = new ApiClient(app.url);
    const registered = await api.post("/v1/auth/register", {
      name: "Studio",
      email: uniqueEmail("operator"),
      password: PASSWORD,
    });
    expect(registered.status).toBe(201);
    const operator = api.as(registered.body.token);
    const project = await operator.post("/v1/projects", { name: "Project" });
    const member = await operator.post(`/v1/projects/${project.body.id}/members`, {
      name: "Ann",
    });
    const code: string = member.body.accessCode;
    const typed = `${code.slice(0, 5)}-${code.slice(5)}`;

    const rest = await operator.get(
      `/v1/projects/${project.body.id}/members?limit=5&search=${typed}`,
      { headers: { "x-request-id": "search-by-code-rest" } },
    );
    expect(rest.status).toBe(200);
    expect(rest.body.items.map((m: { accessCode: string }) => m.accessCode)).toEqual([code]);

    const input = encodeURIComponent(JSON.stringify({ projectId: project.body.id, search: code }));
    const trpc = await fetch(`${app.url}/api/trpc/members.list?input=${input}`, {
      headers: {
        authorization: `Bearer ${registered.body.token}`,
        "x-request-id": "search-by-code-trpc",
      },
    });
    expect(trpc.status).toBe(200);
    expect((await trpc.json()).result.data.total).toBe(1);

    const [restLine] = await logLines(app, '"requestId":"search-by-code-rest"', 1);
    const [trpcLine] = await logLines(app, '"requestId":"search-by-code-trpc"', 1);
    expect(JSON.parse(restLine!)).toMatchObject({
      msg: "request",
      path: `/v1/projects/${project.body.id}/members`,
      query: "limit=5&search=[redacted]",
      status: 200,
    });
    expect(JSON.parse(trpcLine!)).toMatchObject({
      msg: "request",
      path: "/api/trpc/members.list",
      query: "input=[redacted]",
      status: 200,
    });
    const output = app.output();
    expect(output).not.toContain(code);
    expect(output).not.toContain(typed);
  });
});
