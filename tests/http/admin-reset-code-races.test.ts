import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { appInstanceCount, type RunningApp, startApp } from "../support/app-server";
import { uniqueEmail } from "../support/fixtures";
import { type Mailbox, startMailbox } from "../support/smtp";

/**
 * Reset-code limits hold under a burst of concurrent guesses: each guess is
 * counted (per code and per e-mail) before it is compared, so no guess slips
 * through while earlier ones are still in flight.
 */

const PASSWORD = "admin password 1";
const BURST = 300;
const wrap = (input: Record<string, unknown>) => ({ data: JSON.stringify(input) });

let app: RunningApp;
let mailbox: Mailbox;
let api: ApiClient;
let root: ApiClient;

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await startApp({ instances: appInstanceCount(), env: { SMTP_URL: mailbox.url } });
  api = new ApiClient(app.url);
  const first = await api.post(
    "/api/admins/register",
    wrap({ fullName: "Root", email: uniqueEmail("root"), password: PASSWORD }),
  );
  expect(first.status).toBe(201);
  root = api.as(first.body.data.accessToken);
});
afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

async function adminWithCode() {
  const email = uniqueEmail("admin");
  const created = await root.post(
    "/api/admins/register",
    wrap({ fullName: "Admin", email, password: PASSWORD }),
  );
  expect(created.status).toBe(201);
  expect((await api.post("/api/admins/password-reset-otp", wrap({ email }))).status).toBe(200);
  return { email, code: await mailbox.codeFor(email) };
}

const wrongFor = (code: string, index: number) => {
  const wrong = String((Number(code) + 1 + index) % 1_000_000).padStart(6, "0");
  return wrong === code ? String((Number(code) + 500_000) % 1_000_000).padStart(6, "0") : wrong;
};

describe.each([
  { path: "/api/admins/validate-otp", extra: {} },
  { path: "/api/admins/update-password-otp", extra: { newPassword: "a new password 1" } },
])("a burst of $path guesses", ({ path, extra }) => {
  it(`compares at most a handful of ${BURST} concurrent guesses and refuses the rest`, async () => {
    const { email, code } = await adminWithCode();
    // The right code goes out once 10 wrong ones were answered (each was counted before its
    // answer), while the rest of the burst is still in flight.
    let answered = 0;
    let tenAnswered!: () => void;
    const afterTenAnswers = new Promise<void>((resolve) => (tenAnswered = resolve));
    const burst = Array.from({ length: BURST }, (_, index) =>
      api.post(path, wrap({ email, otp: wrongFor(code, index), ...extra })).then((answer) => {
        if (++answered === 10) tenAnswered();
        return answer;
      }),
    );
    await afterTenAnswers;
    const right = await api.post(path, wrap({ email, otp: code, ...extra }));
    const answers = [right, ...(await Promise.all(burst))];

    const statuses = answers.map((answer) => answer.status);
    expect(right.status, "the right code, sent amid the burst after 10 wrong ones").not.toBe(200);
    expect(statuses.filter((status) => status === 200)).toHaveLength(0);
    // A guess the database could not take in time (a busy machine) is refused with 503 before any
    // comparison, like a 429.
    const refused = answers.filter((a) => a.status !== 400 && a.status !== 429);
    for (const answer of refused) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBeTruthy();
    }
    // 10 wrong codes per e-mail an hour: everything past them is refused before any comparison.
    expect(statuses.filter((status) => status === 400).length).toBeLessThanOrEqual(10);
    for (const answer of answers.filter((a) => a.status === 400)) {
      expect(answer.body).toEqual({ status: 400, message: "Invalid or expired OTP" });
    }
    expect(answers.find((a) => a.status === 429)?.headers.get("retry-after")).toBeTruthy();

    const late = await api.post(path, wrap({ email, otp: code, ...extra }));
    expect(late.status).not.toBe(200);
    const signIn = await api.post("/api/admins/login", wrap({ email, password: PASSWORD }));
    expect(signIn.status, "the password did not change").toBe(200);
  });
});
