import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { claimsOf, signUpOperator } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";
import { type Mailbox, startMailbox } from "../support/smtp";

const PASSWORD = "admin password 1";

let app: RunningApp;
let mailbox: Mailbox;
let api: ApiClient;
let root: { email: string; token: string; id: string; client: ApiClient };

/** The documented request shape: the JSON input as a string in `data`. */
const wrap = (input: Record<string, unknown>) => ({ data: JSON.stringify(input) });

async function newAdmin(by: ApiClient, fullName = "Admin") {
  const email = uniqueEmail("admin");
  const response = await by.post(
    "/api/admins/register",
    wrap({ fullName, email, password: PASSWORD }),
  );
  expect(response.status).toBe(201);
  const token = response.body.data.accessToken as string;
  return { email, token, id: claimsOf(token).sub as string, client: api.as(token) };
}

/** A password change took: the admin's earlier token is refused and the new password signs in. */
async function expectPasswordReplaced(
  admin: { email: string; client: ApiClient },
  newPassword: string,
) {
  expect((await admin.client.get("/api/admins")).status).toBe(401);
  const login = await api.post(
    "/api/admins/login",
    wrap({ email: admin.email, password: newPassword }),
  );
  expect(login.status).toBe(200);
}

/**
 * The file's first admin: the one the first test registers, or, when that test
 * did not run (a `-t` filter), one registered here the same way.
 */
async function rootAdmin() {
  if (root) return root;
  const email = uniqueEmail("first");
  const response = await api.post(
    "/api/admins/register",
    wrap({ fullName: "Admin User", email, password: PASSWORD }),
  );
  expect(response.status, "registering the first admin").toBe(201);
  const token = response.body.data.accessToken as string;
  root = { email, token, id: claimsOf(token).sub as string, client: api.as(token) };
  return root;
}

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await startApp({
    env: {
      SMTP_URL: mailbox.url,
      MAIL_FROM: "Backoffice <no-reply@example.test>",
      LOG_LEVEL: "info",
    },
  });
  api = new ApiClient(app.url);
});
afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

describe("POST /api/admins/register", () => {
  it("registers the first admin without a token: 201 with the documented envelope", async () => {
    const email = uniqueEmail("first");
    const response = await api.post(
      "/api/admins/register",
      wrap({ fullName: "Admin User", email, password: PASSWORD }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      status: 201,
      message: "Admin registered successfully",
      data: { email, fullName: "Admin User", accessToken: expect.any(String) },
    });
    expect(claimsOf(response.body.data.accessToken)).toMatchObject({ aud: "admin", role: "admin" });
    const token = response.body.data.accessToken;
    root = { email, token, id: claimsOf(token).sub as string, client: api.as(token) };
  });

  it("then needs an admin's token: 401 without one or with a backoffice token", async () => {
    const body = wrap({ fullName: "Intruder", email: uniqueEmail(), password: PASSWORD });
    const anonymous = await api.post("/api/admins/register", body);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ status: 401, message: expect.any(String) });

    const operator = await signUpOperator(api);
    expect((await operator.client.post("/api/admins/register", body)).status).toBe(401);

    const created = await root.client.post(
      "/api/admins/register",
      wrap({ fullName: "Second", email: uniqueEmail(), password: PASSWORD }),
    );
    expect(created.status).toBe(201);
    expect(created.body.data.accessToken).not.toBe(root.token);
  });

  it("refuses a duplicate e-mail, whatever its case (409)", async () => {
    const response = await root.client.post(
      "/api/admins/register",
      wrap({ fullName: "Dup", email: root.email.toUpperCase(), password: PASSWORD }),
    );
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      status: 409,
      message: "An admin with this e-mail address already exists",
    });
  });

  it("accepts a JSON object in data too", async () => {
    const response = await root.client.post("/api/admins/register", {
      data: { fullName: "Object Admin", email: uniqueEmail(), password: PASSWORD },
    });
    expect(response.status).toBe(201);
  });

  it("answers a missing data, a data that is not JSON, and invalid fields with 400", async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /^data: is required/],
      [{ data: "{not json" }, /^data: must be a JSON string of an object/],
      [{ data: "[1,2]" }, /^data: must be a JSON string of an object/],
      [
        { data: JSON.stringify({ fullName: "", email: "x", password: "short" }) },
        /^Invalid input: fullName/,
      ],
      [
        {
          data: JSON.stringify({
            fullName: "A",
            email: uniqueEmail(),
            password: PASSWORD,
            role: "god",
          }),
        },
        /role: Unknown field/,
      ],
      [{ data: "{}", extra: 1 }, /^extra: Unknown field/],
    ];
    for (const [body, message] of cases) {
      const response = await root.client.post("/api/admins/register", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.status).toBe(400);
      expect(response.body.message).toMatch(message);
      expect(Object.keys(response.body).sort()).toEqual(["message", "status"]);
    }
  });
});

describe("POST /api/admins/login", () => {
  it("signs in: 200 with email, fullName and accessToken", async () => {
    const response = await api.post(
      "/api/admins/login",
      wrap({ email: root.email, password: PASSWORD }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 200,
      message: "Admin logged in successfully",
      data: { email: root.email, fullName: "Admin User", accessToken: expect.any(String) },
    });
  });

  it("answers a wrong password and an unknown e-mail with the same 401", async () => {
    const wrong = await api.post(
      "/api/admins/login",
      wrap({ email: root.email, password: "wrong password" }),
    );
    const unknown = await api.post(
      "/api/admins/login",
      wrap({ email: uniqueEmail(), password: PASSWORD }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ status: 401, message: "Invalid e-mail or password" });
    expect(unknown.body).toEqual(wrong.body);
  });
});

describe("managing admins", () => {
  it("lists admins with id, email, fullName, profileImage and createdAt in milliseconds, never a hash", async () => {
    const response = await root.client.get("/api/admins");
    expect(response.status).toBe(200);
    expect(response.body.message).toBe("Admins retrieved successfully");
    const me = response.body.data.find((admin: { id: string }) => admin.id === root.id);
    expect(me).toEqual({
      id: root.id,
      email: root.email,
      fullName: "Admin User",
      profileImage: null,
      createdAt: expect.any(Number),
    });
    expect(Math.abs(me.createdAt - Date.now())).toBeLessThan(10 * 60_000);
    expect(response.text).not.toMatch(/password|\$2[aby]\$/i);
  });

  it("retrieves one admin (200) and answers 404 for an unknown id, 400 for a malformed one", async () => {
    const one = await root.client.get(`/api/admins/${root.id}`);
    expect(one.body).toEqual({
      status: 200,
      message: "Admin retrieved successfully",
      data: expect.objectContaining({ id: root.id }),
    });
    const missing = await root.client.get("/api/admins/6a1f1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
    expect(missing.body).toEqual({ status: 404, message: "Admin not found" });
    expect((await root.client.get("/api/admins/not-an-id")).status).toBe(400);
  });

  it("lets any admin update another's name, picture and password; the password change kills old tokens", async () => {
    const other = await newAdmin(root.client, "Other");
    const response = await root.client.put(
      `/api/admins/${other.id}`,
      wrap({
        fullName: "Updated Admin User",
        profileImage: "https://cdn.example.com/me.png",
        password: "brand new password",
      }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 200,
      message: "Admin updated successfully",
      data: expect.objectContaining({
        email: other.email,
        fullName: "Updated Admin User",
        profileImage: "https://cdn.example.com/me.png",
      }),
    });
    await expectPasswordReplaced(other, "brand new password");
  });

  it("refuses fields it does not document in an update (400)", async () => {
    for (const field of ["email", "id", "tokenVersion"]) {
      const response = await root.client.put(`/api/admins/${root.id}`, wrap({ [field]: "x" }));
      expect(response.status, field).toBe(400);
      expect(response.body.message).toMatch(new RegExp(`${field}: Unknown field`));
    }
  });

  it("deletes an admin (200 with the id in the message); their token dies", async () => {
    const doomed = await newAdmin(root.client, "Doomed");
    const response = await root.client.delete(`/api/admins/${doomed.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 200,
      message: `Admin deleted successfully with id: ${doomed.id}`,
    });
    expect((await doomed.client.get("/api/admins")).status).toBe(401);
    expect((await root.client.delete(`/api/admins/${doomed.id}`)).status).toBe(404);
  });

  it("needs an admin token: backoffice tokens are 401 here", async () => {
    expect((await api.get("/api/admins")).status).toBe(401);
    const operator = await signUpOperator(api);
    const response = await operator.client.get("/api/admins");
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ status: 401, message: expect.any(String) });
    expect((await root.client.get("/v1/projects")).status).toBe(401);
  });
});

describe("POST /api/admins/update-password-old/:email", () => {
  it("changes one's own password with the old one; earlier tokens die", async () => {
    const admin = await newAdmin(root.client, "Changer");
    const response = await admin.client.post(
      `/api/admins/update-password-old/${encodeURIComponent(admin.email)}`,
      wrap({ oldPassword: PASSWORD, newPassword: "newpassword123" }),
    );
    expect(response.body).toEqual({ status: 200, message: "Password updated successfully" });
    await expectPasswordReplaced(admin, "newpassword123");
  });

  it("answers 400 for a wrong old password and 403 for another admin's address", async () => {
    const admin = await newAdmin(root.client, "Careful");
    const wrong = await admin.client.post(
      `/api/admins/update-password-old/${admin.email}`,
      wrap({ oldPassword: "not it at all", newPassword: "newpassword123" }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/oldPassword/);
    const foreign = await admin.client.post(
      `/api/admins/update-password-old/${root.email}`,
      wrap({ oldPassword: PASSWORD, newPassword: "newpassword123" }),
    );
    expect(foreign.status).toBe(403);
  });
});

describe("password reset with an e-mailed code", () => {
  it("answers the same 200 for an unknown address, and sends nothing", async () => {
    const ghost = uniqueEmail("ghost");
    const known = await newAdmin((await rootAdmin()).client, "Known");
    // Both requests to one app process, the unknown address first: the process starts sending
    // a request's mail before it answers, so the known address's mail is sent after anything
    // the first request sent, and once it has arrived so has that (nothing waits on a clock).
    const instance = new ApiClient(app.instances[0]!.url);
    const response = await instance.post("/api/admins/password-reset-otp", wrap({ email: ghost }));
    expect(response.body).toEqual({ status: 200, message: "OTP sent successfully" });
    const marker = await instance.post(
      "/api/admins/password-reset-otp",
      wrap({ email: known.email }),
    );
    expect(marker.body).toEqual(response.body);

    await mailbox.nextFor(known.email);
    expect(mailbox.countFor(ghost)).toBe(0);
  });

  it("runs the whole journey over SMTP: request, validate, update, single use", async () => {
    const admin = await newAdmin(root.client, "Forgetful");
    const sent = await api.post("/api/admins/password-reset-otp", wrap({ email: admin.email }));
    expect(sent.body).toEqual({ status: 200, message: "OTP sent successfully" });

    const mail = await mailbox.nextFor(admin.email);
    expect(mail.from?.text).toMatch(/no-reply@example.test/);
    expect(mail.subject).toMatch(/password reset code/i);
    const code = mail.text!.match(/code is (\d{6})/)![1]!;

    const validated = await api.post(
      "/api/admins/validate-otp",
      wrap({ email: admin.email, otp: code }),
    );
    expect(validated.body).toEqual({ status: 200, message: "OTP validated successfully" });
    expect(
      (await api.post("/api/admins/validate-otp", wrap({ email: admin.email, otp: code }))).status,
    ).toBe(200);

    const updated = await api.post(
      "/api/admins/update-password-otp",
      wrap({ email: admin.email, otp: code, newPassword: "newpassword123" }),
    );
    expect(updated.body).toEqual({ status: 200, message: "Password updated successfully" });
    await expectPasswordReplaced(admin, "newpassword123");

    const reused = await api.post(
      "/api/admins/update-password-otp",
      wrap({ email: admin.email, otp: code, newPassword: "another password" }),
    );
    expect(reused.body).toEqual({ status: 400, message: "Invalid or expired OTP" });
  });

  it("replaces the old code with a new request", async () => {
    const admin = await newAdmin(root.client, "Twice");
    await api.post("/api/admins/password-reset-otp", wrap({ email: admin.email }));
    const first = await mailbox.codeFor(admin.email);
    await api.post("/api/admins/password-reset-otp", wrap({ email: admin.email }));
    const second = await mailbox.codeFor(admin.email, { after: 1 });

    if (first !== second) {
      expect(
        (await api.post("/api/admins/validate-otp", wrap({ email: admin.email, otp: first })))
          .status,
      ).toBe(400);
    }
    expect(
      (await api.post("/api/admins/validate-otp", wrap({ email: admin.email, otp: second })))
        .status,
    ).toBe(200);
  });

  it("kills a code after 5 wrong guesses, even for the right value", async () => {
    const admin = await newAdmin(root.client, "Guessed");
    await api.post("/api/admins/password-reset-otp", wrap({ email: admin.email }));
    const code = await mailbox.codeFor(admin.email);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let guess = 0; guess < 5; guess++) {
      const response = await api.post(
        "/api/admins/validate-otp",
        wrap({ email: admin.email, otp: wrong }),
      );
      expect(response.body).toEqual({ status: 400, message: "Invalid or expired OTP" });
    }
    expect(
      (await api.post("/api/admins/validate-otp", wrap({ email: admin.email, otp: code }))).status,
    ).toBe(400);
  });

  it("refuses a code that is not six digits (400)", async () => {
    const response = await api.post(
      "/api/admins/validate-otp",
      wrap({ email: root.email, otp: "12ab" }),
    );
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/otp/);
  });

  it("limits code requests per e-mail (429 with Retry-After)", async () => {
    const admin = await newAdmin(root.client, "Impatient");
    for (let request = 0; request < 5; request++) {
      expect(
        (await api.post("/api/admins/password-reset-otp", wrap({ email: admin.email }))).status,
      ).toBe(200);
    }
    const blocked = await api.post("/api/admins/password-reset-otp", wrap({ email: admin.email }));
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({ status: 429, message: expect.stringMatching(/Too many/) });
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(3000);
  });
});

/** The JSON lines of the log, each complete (one being written is left for later). */
const jsonLines = (outputs: string[]) =>
  outputs
    .flatMap((output) => output.slice(0, output.lastIndexOf("\n") + 1).split("\n"))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const ADMIN_EVENTS = [
  "admin.created",
  "admin.login",
  "admin.login_failed",
  "admin.updated",
  "admin.deleted",
  "admin.reset_code_requested",
  "admin.reset_code_validated",
  "admin.reset_code_rejected",
  "admin.password_changed",
];

describe("the audit log", () => {
  it("records every admin action with the actor and the request id, and no secret", async () => {
    // Only what this test does is read from the log, so it runs alone or in any order.
    const logged = app.instances.map((instance) => instance.output().length);
    const actor = await rootAdmin();
    const audited = await newAdmin(actor.client, "Audited"); // admin.created
    const login = { email: audited.email, password: PASSWORD };
    expect((await api.post("/api/admins/login", wrap(login))).status).toBe(200); // admin.login
    const wrongPassword = { email: audited.email, password: "not the password" };
    expect((await api.post("/api/admins/login", wrap(wrongPassword))).status).toBe(401);
    const renamed = await actor.client.put(
      `/api/admins/${audited.id}`,
      wrap({ fullName: "Audited Admin" }),
    );
    expect(renamed.status).toBe(200); // admin.updated
    const changed = await audited.client.post(
      `/api/admins/update-password-old/${encodeURIComponent(audited.email)}`,
      wrap({ oldPassword: PASSWORD, newPassword: "audited password 2" }),
    );
    expect(changed.status).toBe(200); // admin.password_changed, and a path with an e-mail in it

    const requested = await api.post(
      "/api/admins/password-reset-otp",
      wrap({ email: audited.email }),
    );
    expect(requested.status).toBe(200); // admin.reset_code_requested
    const code = await mailbox.codeFor(audited.email);
    const wrongCode = code === "000000" ? "111111" : "000000";
    const rejected = await api.post(
      "/api/admins/validate-otp",
      wrap({ email: audited.email, otp: wrongCode }),
    );
    expect(rejected.status).toBe(400); // admin.reset_code_rejected
    const validated = await api.post(
      "/api/admins/validate-otp",
      wrap({ email: audited.email, otp: code }),
    );
    expect(validated.status).toBe(200); // admin.reset_code_validated
    const reset = await api.post(
      "/api/admins/update-password-otp",
      wrap({ email: audited.email, otp: code, newPassword: "audited password 3" }),
    );
    expect(reset.status).toBe(200); // admin.password_changed
    expect((await actor.client.delete(`/api/admins/${audited.id}`)).status).toBe(200); // admin.deleted

    const linesSinceStart = () =>
      jsonLines(
        app.instances.map((instance, i) => {
          const output = instance.output();
          // From the start of the line that was being written when the test began.
          return output.slice(output.lastIndexOf("\n", logged[i]! - 1) + 1);
        }),
      );
    // The app's output reaches this process on its own schedule, not with the answers.
    const missing = () => {
      const events = new Set(linesSinceStart().map((line) => line.event));
      return ADMIN_EVENTS.filter((event) => !events.has(event));
    };
    await expect.poll(missing, { timeout: 10_000, message: "events not logged" }).toEqual([]);
    const lines = linesSinceStart();
    for (const line of lines.filter((l) => l.event)) {
      expect(line).toHaveProperty("requestId");
      expect(line).toHaveProperty("actorId");
    }

    const paths = (of: Record<string, unknown>[]) =>
      of.map((line) => line.path).filter((path) => typeof path === "string");
    expect(paths(lines).some((path) => path.includes("update-password-old"))).toBe(true);

    // No e-mail address in a logged path and no secret anywhere in the log, this test's or
    // any other's.
    const output = app.output();
    for (const path of paths(jsonLines([output]))) {
      expect(path, "an e-mail in a logged path").not.toMatch(/@|%40/i);
    }
    const codes = mailbox.messages.map((mail) => mail.text!.match(/code is (\d{6})/)![1]!);
    for (const secret of [
      PASSWORD,
      "not the password",
      "audited password 2",
      "audited password 3",
      "brand new password",
      "newpassword123",
      actor.token,
      audited.token,
      ...codes,
    ]) {
      expect(output).not.toContain(secret);
    }
  });
});
