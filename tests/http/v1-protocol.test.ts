import { request as httpRequest } from "node:http";
import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { TEST_AUTH_SECRET } from "../support/app-server";
import { type SharedApp, sharedApp } from "../support/shared-app";
import { claimsOf, createProject, signUpOperator } from "../support/backoffice";

let app: SharedApp;
let api: ApiClient;
let studio: Awaited<ReturnType<typeof signUpOperator>>;

beforeAll(async () => {
  app = sharedApp();
  api = new ApiClient(app.url);
  studio = await signUpOperator(api);
});

function sign(claims: Record<string, unknown>, audience = "backoffice", expiresIn = "1h") {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer("photo-backoffice")
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(TEST_AUTH_SECRET));
}

describe("routing", () => {
  it("answers unknown /v1 paths with a JSON 404", async () => {
    for (const path of ["/v1", "/v1/nothing", "/v1/projects/a/b/c/d"]) {
      const response = await api.get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(response.body.code).toBe("NOT_FOUND");
    }
  });

  it("answers a wrong method with 405 and an Allow header", async () => {
    const response = await studio.client.put("/v1/projects", { name: "x" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
    expect(response.body.code).toBe("METHOD_NOT_ALLOWED");
  });

  it("sends the security headers on pages and API responses", async () => {
    for (const path of ["/", "/v1/projects", "/api/health"]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
    }
  });

  it("answers the API with the headers of every other path, whichever way it is served", async () => {
    // OPTIONS, a trailing slash or a path with a dot segment still go through Next.js's router.
    const reference = await fetch(`${app.url}/v1/projects`, { method: "OPTIONS" });
    const shared = ["x-content-type-options", "x-frame-options", "referrer-policy"];
    const fromRouter = ["permissions-policy", "vary"];
    for (const path of ["/v1/projects", "/v1/nothing", "/api/admins", "/api/admins/login"]) {
      const response = await fetch(`${app.url}${path}`);
      for (const name of [...shared, ...fromRouter]) {
        expect(response.headers.get(name), `${path} ${name}`).toBe(reference.headers.get(name));
      }
      expect(response.headers.get("content-security-policy"), path).toBeNull();
      expect(response.headers.get("x-powered-by"), path).toBeNull();
    }
    const page = await fetch(`${app.url}/`);
    for (const name of shared) expect(reference.headers.get(name)).toBe(page.headers.get(name));
  });

  it("redirects a trailing slash and resolves dot segments, as before", async () => {
    const slash = await fetch(`${app.url}/v1/projects/`, { redirect: "manual" });
    expect(slash.status).toBe(308);
    expect(slash.headers.get("location")).toBe("/v1/projects");
    const dotted = await new Promise<number>((resolve, reject) => {
      const url = new URL(app.url);
      httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: "/v1/nothing/../projects",
          headers: { authorization: `Bearer ${studio.client.token}` },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      )
        .on("error", reject)
        .end();
    });
    expect(dotted).toBe(200);
  });

  it("echoes a request id, or makes one", async () => {
    const given = await api.get("/v1/projects", { headers: { "x-request-id": "trace-123" } });
    expect(given.headers.get("x-request-id")).toBe("trace-123");
    const made = await api.get("/v1/projects");
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("request bodies", () => {
  it("refuses a body that is not valid JSON (400)", async () => {
    const response = await studio.client.post("/v1/projects", undefined, {
      rawBody: '{"name": "x",',
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe("The request body is not valid JSON");
  });

  it("refuses a Content-Type that is not JSON (415)", async () => {
    const response = await studio.client.post("/v1/projects", undefined, {
      rawBody: "name=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(415);
    expect(response.body.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("refuses bodies over 1 MB (413)", async () => {
    const response = await studio.client.post("/v1/projects", {
      name: "x",
      termsAndConditions: "a".repeat(1_100_000),
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses arrays, strings and null where an object belongs (400)", async () => {
    for (const body of [[{ name: "x" }], "x", null, 42]) {
      const response = await studio.client.post("/v1/projects", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });

  it("answers hostile values with 400, never 500", async () => {
    const hostile: Record<string, unknown>[] = [
      { name: "nul\u0000byte" },
      { name: "\ud800 lone surrogate" },
      { name: { nested: "object" } },
      { name: ["array"] },
      { name: "x", startAt: "2026-02-30T00:00:00Z" },
      { name: "x", startAt: "+275760-09-13T00:00:00.000Z" },
      { name: "x".repeat(201) },
      { name: "x", termsAndConditions: 12 },
    ];
    for (const body of hostile) {
      const response = await studio.client.post("/v1/projects", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const numbers = [1e400, -0.5, 2 ** 53, Number.MAX_SAFE_INTEGER, "1e3"];
    for (const price of numbers) {
      const response = await studio.client.post(
        "/v1/packages",
        { name: "x", price, photoCount: 1 },
        {
          rawBody: `{"name":"x","price":${typeof price === "string" ? JSON.stringify(price) : String(price).replace("Infinity", "1e400")},"photoCount":1}`,
          headers: { "content-type": "application/json" },
        },
      );
      expect(response.status, String(price)).toBe(400);
    }
  });

  it("answers malformed ids in the path with 400", async () => {
    for (const id of ["%00", "123", "%E0%A4%A", "' OR 1=1 --"]) {
      const response = await studio.client.get(`/v1/projects/${encodeURIComponent(id)}`);
      expect(response.status, id).toBe(400);
    }
  });
});

describe("bearer tokens", () => {
  it("are required (401 without, or with a malformed one)", async () => {
    expect((await api.get("/v1/projects")).status).toBe(401);
    expect((await api.as("not.a.token").get("/v1/projects")).status).toBe(401);
    const basic = await api.get("/v1/projects", {
      headers: { authorization: "Basic dXNlcjpwdw==" },
    });
    expect(basic.status).toBe(401);
  });

  it("of another audience are refused (401)", async () => {
    const admin = await sign({ sub: studio.id, role: "admin", tv: 0 }, "admin");
    expect((await api.as(admin).get("/v1/projects")).status).toBe(401);
    const operatorForAdmins = await sign({ sub: studio.id, role: "operator", tv: 0 }, "admin");
    expect((await api.as(operatorForAdmins).get("/v1/projects")).status).toBe(401);
  });

  it("are refused once expired (401)", async () => {
    const expired = await sign({ sub: studio.id, role: "operator", tv: 0 }, "backoffice", "-1s");
    expect((await api.as(expired).get("/v1/projects")).status).toBe(401);
  });

  it("signed with another algorithm are refused (401)", async () => {
    const { sub } = claimsOf(studio.token);
    const hs512 = await new SignJWT({ role: "operator", tv: 0 })
      .setProtectedHeader({ alg: "HS512" })
      .setSubject(sub as string)
      .setIssuer("photo-backoffice")
      .setAudience("backoffice")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(TEST_AUTH_SECRET));
    expect((await api.as(hs512).get("/v1/projects")).status).toBe(401);
  });

  it("work for a valid operator", async () => {
    await createProject(studio.client);
    expect((await studio.client.get("/v1/projects")).status).toBe(200);
  });
});

describe("hostile input", () => {
  it("answers a path that is not valid UTF-8 with a JSON 400 in its API's error shape", async () => {
    const surrogate = "%ED%A0%80";
    const message = "The request path is not valid percent-encoded UTF-8";
    for (const [method, path, shape] of [
      ["DELETE", `/v1/photographers/${surrogate}`, { message, code: "BAD_REQUEST" }],
      ["PATCH", `/v1/photographers/${surrogate}`, { message, code: "BAD_REQUEST" }],
      ["GET", `/api/admins/${surrogate}`, { status: 400, message }],
      ["PUT", `/api/admins/${surrogate}`, { status: 400, message }],
      ["GET", `/projects/${surrogate}`, { message, code: "BAD_REQUEST" }],
    ] as const) {
      const response = await studio.client.request(method, path, method === "GET" ? undefined : {});
      expect([response.status, response.body], `${method} ${path}`).toEqual([400, shape]);
    }
  });

  it("treats fields named like Object.prototype members as unknown fields (400)", async () => {
    for (const body of [
      '{"constructor":"null","password":true}',
      '{"__proto__":{"admin":true},"email":"a@example.com","password":"x"}',
      '{"toString":1,"email":"a@example.com","password":"x"}',
    ]) {
      const trpc = await fetch(`${app.url}/api/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expect(trpc.status, body).toBe(400);
      const rest = await api.post("/v1/auth/login", undefined, {
        rawBody: body,
        headers: { "content-type": "application/json" },
      });
      expect(rest.status, body).toBe(400);
      expect(rest.body.code).toBe("BAD_REQUEST");
    }
  });

  it("refuses tRPC bodies over 1 MB with 413, declared or streamed", async () => {
    const oversized = JSON.stringify({ name: "x".repeat(1024 * 1024) });
    const declared = await fetch(`${app.url}/api/trpc/projects.create`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${studio.token}` },
      body: oversized,
    });
    expect(declared.status).toBe(413);

    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 32) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await fetch(`${app.url}/api/trpc/projects.create`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${studio.token}` },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });
});
