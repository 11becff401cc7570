import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { appInstanceCount, type RunningApp, startApp } from "../support/app-server";
import { PASSWORD, signUpOperator } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";

const from = (address: string) => ({ headers: { "x-forwarded-for": address } });

describe("login rate limits behind a trusted proxy", () => {
  let app: RunningApp;
  let api: ApiClient;
  beforeAll(async () => {
    app = await startApp({ instances: appInstanceCount(), env: { TRUST_PROXY: "true" } });
    api = new ApiClient(app.url);
  });
  afterAll(() => app?.stop());

  it("refuse a guesser after 10 failures on one account (429), while its owner still signs in", async () => {
    const operator = await signUpOperator(api);
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await api.post(
        "/v1/auth/login",
        { email: operator.email, password: "wrong" },
        from("10.0.0.1"),
      );
      expect(response.status).toBe(401);
    }
    const blocked = await api.post(
      "/v1/auth/login",
      { email: operator.email, password: PASSWORD },
      from("10.0.0.1"),
    );
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({
      message: expect.stringMatching(/Too many/),
      code: "TOO_MANY_REQUESTS",
    });
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);

    const owner = await api.post(
      "/v1/auth/login",
      { email: operator.email, password: PASSWORD },
      from("10.0.0.9"),
    );
    expect(owner.status).toBe(200);
  });

  it("slow an account down, never lock it, after 50 failures from many addresses", async () => {
    const operator = await signUpOperator(api);
    for (let attempt = 0; attempt < 50; attempt++) {
      const response = await api.post(
        "/v1/auth/login",
        { email: operator.email, password: "wrong" },
        from(`10.1.${Math.floor(attempt / 5)}.1`),
      );
      expect(response.status).toBe(401);
    }
    const started = Date.now();
    const owner = await api.post(
      "/v1/auth/login",
      { email: operator.email, password: PASSWORD },
      from("10.1.99.1"),
    );
    expect(owner.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it("block a client address after 30 failures across e-mails, and only that address", async () => {
    for (let attempt = 1; attempt <= 30; attempt++) {
      const response = await api.post(
        "/v1/auth/login",
        { email: uniqueEmail(), password: "wrong" },
        from("10.0.0.2"),
      );
      expect(response.status).toBe(401);
    }
    const operator = await signUpOperator(api);
    const blocked = await api.post(
      "/v1/auth/login",
      { email: operator.email, password: PASSWORD },
      from("10.0.0.2"),
    );
    expect(blocked.status).toBe(429);
    const elsewhere = await api.post(
      "/v1/auth/login",
      { email: operator.email, password: PASSWORD },
      from("10.0.0.3"),
    );
    expect(elsewhere.status).toBe(200);
  });

  it("count every address of one IPv6 /64 as one client", async () => {
    const operator = await signUpOperator(api);
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await api.post(
        "/v1/auth/login",
        { email: operator.email, password: "wrong" },
        from(`2001:db8:10:1::${attempt.toString(16)}`),
      );
      expect(response.status).toBe(401);
    }
    const sameNetwork = await api.post(
      "/v1/auth/login",
      { email: operator.email, password: PASSWORD },
      from("2001:db8:10:1:ffff:ffff:ffff:ffff"),
    );
    expect(sameNetwork.status).toBe(429);
    const nextNetwork = await api.post(
      "/v1/auth/login",
      { email: operator.email, password: PASSWORD },
      from("2001:db8:10:2::1"),
    );
    expect(nextNetwork.status).toBe(200);
  });

  it("limit sign-ups to 30 an hour per client address", async () => {
    for (let signUp = 1; signUp <= 30; signUp++) {
      const response = await api.post(
        "/v1/auth/register",
        { name: "Many", email: uniqueEmail("many"), password: PASSWORD },
        from("10.0.0.5"),
      );
      expect(response.status).toBe(201);
    }
    const blocked = await api.post(
      "/v1/auth/register",
      { name: "One too many", email: uniqueEmail("many"), password: PASSWORD },
      from("10.0.0.5"),
    );
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(3000);
    const elsewhere = await api.post(
      "/v1/auth/register",
      { name: "Elsewhere", email: uniqueEmail("many"), password: PASSWORD },
      from("10.0.0.6"),
    );
    expect(elsewhere.status).toBe(201);
  });

  it("do not count successful sign-ins", async () => {
    const operator = await signUpOperator(api);
    for (let attempt = 1; attempt <= 12; attempt++) {
      const response = await api.post(
        "/v1/auth/login",
        { email: operator.email, password: PASSWORD },
        from("10.0.0.4"),
      );
      expect(response.status).toBe(200);
    }
  });
});

describe("login rate limits without a proxy", () => {
  let app: RunningApp;
  let api: ApiClient;
  beforeAll(async () => {
    app = await startApp({ instances: appInstanceCount() });
    api = new ApiClient(app.url);
  });
  afterAll(() => app?.stop());

  it("count by the connection's address, whatever X-Forwarded-For a client sends", async () => {
    for (let attempt = 1; attempt <= 30; attempt++) {
      const response = await api.post(
        "/v1/auth/login",
        { email: uniqueEmail(), password: "wrong" },
        from(`192.0.2.${attempt}`),
      );
      expect(response.status).toBe(401);
    }
    const blocked = await api.post(
      "/v1/auth/login",
      { email: uniqueEmail(), password: "wrong" },
      from("192.0.2.99"),
    );
    expect(blocked.status).toBe(429);
  });

  it("cannot be dodged by batching calls into one tRPC request", async () => {
    const calls = Array.from({ length: 11 }, () => ({ email: uniqueEmail(), password: "wrong" }));
    const input = Object.fromEntries(calls.map((call, i) => [String(i), call]));
    const paths = calls.map(() => "auth.login").join(",");
    const tooMany = await fetch(`${app.url}/api/trpc/${paths}?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    expect(tooMany.status).toBe(400);

    const ten = calls
      .slice(0, 10)
      .map(() => "auth.login")
      .join(",");
    const batch = await fetch(`${app.url}/api/trpc/${ten}?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        Object.fromEntries(calls.slice(0, 10).map((call, i) => [String(i), call])),
      ),
    });
    expect(batch.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const results = (await batch.json()) as { error?: { data: { httpStatus: number } } }[];
    expect(results.map((result) => result.error?.data.httpStatus)).toEqual(Array(10).fill(429));
  });
});
