import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { addPhotographer, PASSWORD, signUpOperator } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";
import { type Mailbox, startMailbox } from "../support/smtp";

let app: RunningApp;
let mailbox: Mailbox;
let api: ApiClient;

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await startApp({ env: { SMTP_URL: mailbox.url } });
  api = new ApiClient(app.url);
});
afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

async function signIn(email: string, password: string) {
  return api.post("/v1/auth/login", { email, password });
}

/** A second session of the same login, to show that it dies too. */
async function otherSession(email: string, password = PASSWORD) {
  const login = await signIn(email, password);
  expect(login.status).toBe(200);
  return api.as(login.body.token);
}

const stillSignedIn = async (client: ApiClient, path: string) => (await client.get(path)).status;

async function requestCode(email: string) {
  const before = mailbox.countFor(email);
  const response = await api.post("/v1/auth/password-reset", { email });
  expect(response.status).toBe(202);
  return mailbox.codeFor(email, { after: before });
}

const otherCode = (code: string, index = 0) =>
  String((Number(code) + 1 + index) % 1_000_000).padStart(6, "0");

describe("POST /v1/auth/password", () => {
  it("changes an operator's password and answers a fresh token; every older token dies", async () => {
    const operator = await signUpOperator(api);
    const second = await otherSession(operator.email);

    const changed = await operator.client.post("/v1/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "a brand new password",
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ token: expect.any(String) });

    expect(await stillSignedIn(operator.client, "/v1/operators/me")).toBe(401);
    expect(await stillSignedIn(second, "/v1/operators/me")).toBe(401);
    expect(await stillSignedIn(api.as(changed.body.token), "/v1/operators/me")).toBe(200);
    expect((await signIn(operator.email, PASSWORD)).status).toBe(401);
    expect((await signIn(operator.email, "a brand new password")).status).toBe(200);
  });

  it("lets a photographer change the password the studio set", async () => {
    const operator = await signUpOperator(api);
    const photographer = await addPhotographer(api, operator.client);
    const changed = await photographer.client.post("/v1/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "my own password",
    });
    expect(changed.status).toBe(200);
    expect(await stillSignedIn(photographer.client, "/v1/photographers/me/projects")).toBe(401);
    const fresh = api.as(changed.body.token);
    expect(await stillSignedIn(fresh, "/v1/photographers/me/projects")).toBe(200);
    expect((await signIn(photographer.email, "my own password")).status).toBe(200);
  });

  it("answers a wrong current password with 400 naming the field, and keeps the token", async () => {
    const operator = await signUpOperator(api);
    const response = await operator.client.post("/v1/auth/password", {
      currentPassword: "not the password",
      newPassword: "a brand new password",
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ currentPassword: ["is not the current password"] });
    expect(await stillSignedIn(operator.client, "/v1/operators/me")).toBe(200);
    expect((await signIn(operator.email, PASSWORD)).status).toBe(200);
  });

  it("refuses a short new password, no token (401), and limits wrong guesses (429)", async () => {
    const operator = await signUpOperator(api);
    const short = await operator.client.post("/v1/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "short",
    });
    expect(short.status).toBe(400);
    expect(short.body.errors.newPassword).toBeDefined();
    const anonymous = await api.post("/v1/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "a brand new password",
    });
    expect(anonymous.status).toBe(401);

    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        operator.client.post("/v1/auth/password", {
          currentPassword: `wrong guess ${index}`,
          newPassword: "a brand new password",
        }),
      ),
    );
    expect(guesses.filter((g) => g.status === 400).length).toBeLessThanOrEqual(10);
    expect(guesses.filter((g) => g.status === 429).length).toBeGreaterThanOrEqual(20);
    const right = await operator.client.post("/v1/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "a brand new password",
    });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("POST /v1/auth/logout-everywhere", () => {
  it("ends every token of the caller (204) and no one else's", async () => {
    const operator = await signUpOperator(api);
    const second = await otherSession(operator.email);
    const photographer = await addPhotographer(api, operator.client);

    const response = await second.post("/v1/auth/logout-everywhere");
    expect(response.status).toBe(204);
    expect(response.text).toBe("");
    expect(await stillSignedIn(second, "/v1/operators/me")).toBe(401);
    expect(await stillSignedIn(operator.client, "/v1/operators/me")).toBe(401);
    expect(await stillSignedIn(photographer.client, "/v1/photographers/me/projects")).toBe(200);
    expect((await signIn(operator.email, PASSWORD)).status).toBe(200);

    expect((await api.post("/v1/auth/logout-everywhere")).status).toBe(401);
  });
});

describe("password reset with an e-mailed code", () => {
  it("answers the same 202 for any address and mails only real accounts", async () => {
    const operator = await signUpOperator(api);
    const ghost = uniqueEmail("ghost");
    // Both requests to one app process, the unknown address first: the process starts sending
    // a request's mail before it answers, so the known address's mail is sent after anything
    // the first request sent, and once it has arrived so has that (nothing waits on a clock).
    const instance = new ApiClient(app.instances[0]!.url);
    const unknown = await instance.post("/v1/auth/password-reset", { email: ghost });
    const known = await instance.post("/v1/auth/password-reset", { email: operator.email });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(known.body).toEqual({ message: expect.stringMatching(/If an account uses/) });

    const mail = await mailbox.nextFor(operator.email);
    expect(mail.subject).toMatch(/password reset code/i);
    expect(mail.text).toMatch(/code is \d{6}/);
    expect(mailbox.countFor(ghost)).toBe(0);

    const wrongForGhost = await api.post("/v1/auth/password-reset/confirm", {
      email: ghost,
      code: "123456",
      newPassword: "a brand new password",
    });
    expect(wrongForGhost.status).toBe(400);
    expect(wrongForGhost.body.errors).toEqual({ code: ["is wrong, used or expired"] });
  });

  it("sets a new password once with the code; every older token dies", async () => {
    const operator = await signUpOperator(api);
    const photographer = await addPhotographer(api, operator.client);
    const second = await otherSession(photographer.email);
    const code = await requestCode(photographer.email);

    const wrong = await api.post("/v1/auth/password-reset/confirm", {
      email: photographer.email,
      code: otherCode(code),
      newPassword: "recovered password",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual({ code: ["is wrong, used or expired"] });

    const confirmed = await api.post("/v1/auth/password-reset/confirm", {
      email: photographer.email.toUpperCase(),
      code,
      newPassword: "recovered password",
    });
    expect(confirmed.status).toBe(204);
    for (const client of [photographer.client, second]) {
      expect(await stillSignedIn(client, "/v1/photographers/me/projects")).toBe(401);
    }
    expect((await signIn(photographer.email, PASSWORD)).status).toBe(401);
    expect((await signIn(photographer.email, "recovered password")).status).toBe(200);

    const reused = await api.post("/v1/auth/password-reset/confirm", {
      email: photographer.email,
      code,
      newPassword: "another password",
    });
    expect(reused.status).toBe(400);
  });

  it("refuses a code that is not six digits, naming the field", async () => {
    const response = await api.post("/v1/auth/password-reset/confirm", {
      email: uniqueEmail(),
      code: "12ab",
      newPassword: "a brand new password",
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.code).toBeDefined();
  });

  it("compares at most a handful of 300 concurrent guesses; then even the right code fails", async () => {
    const operator = await signUpOperator(api);
    const code = await requestCode(operator.email);
    const RIGHT_AT = 60;
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, index) =>
        api.post("/v1/auth/password-reset/confirm", {
          email: operator.email,
          code: index === RIGHT_AT ? code : otherCode(code, index),
          newPassword: "guessed password",
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses[RIGHT_AT], "the right code, sent after 60 wrong ones").not.toBe(204);
    expect(statuses.every((status) => status === 400 || status === 429)).toBe(true);
    expect(statuses.filter((status) => status === 400).length).toBeLessThanOrEqual(10);

    const late = await api.post("/v1/auth/password-reset/confirm", {
      email: operator.email,
      code,
      newPassword: "guessed password",
    });
    expect(late.status).not.toBe(204);
    expect((await signIn(operator.email, PASSWORD)).status).toBe(200);
  });

  it("limits code requests per e-mail, known or not (429 with Retry-After)", async () => {
    for (const email of [(await signUpOperator(api)).email, uniqueEmail("ghost")]) {
      for (let request = 0; request < 5; request++) {
        expect((await api.post("/v1/auth/password-reset", { email })).status).toBe(202);
      }
      const blocked = await api.post("/v1/auth/password-reset", { email });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(3000);
    }
  });
});

describe("the log", () => {
  it("never carries a reset code", async () => {
    const operator = await signUpOperator(api);
    const code = await requestCode(operator.email);
    await api.post("/v1/auth/password-reset/confirm", {
      email: operator.email,
      code,
      newPassword: "logged password?",
    });
    expect(app.output()).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
    expect(app.output()).not.toContain("logged password?");
  });
});
