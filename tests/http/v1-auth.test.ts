import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type SharedApp, sharedApp } from "../support/shared-app";
import { addPhotographer, claimsOf, PASSWORD, signUpOperator } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";

let app: SharedApp;
let api: ApiClient;

beforeAll(async () => {
  app = sharedApp();
  api = new ApiClient(app.url);
});

describe("POST /v1/auth/register", () => {
  it("creates an operator and answers 201 with a backoffice token", async () => {
    const email = uniqueEmail("new");
    const response = await api.post("/v1/auth/register", {
      name: "  Lumen Studio ",
      email,
      password: PASSWORD,
    });

    expect(response.status).toBe(201);
    expect(Object.keys(response.body)).toEqual(["token"]);
    const claims = claimsOf(response.body.token);
    expect(claims).toMatchObject({ role: "operator", aud: "backoffice", tv: 0 });
    expect(claims.exp).toBeGreaterThan(claims.iat as number);

    const me = await api.as(response.body.token).get("/v1/operators/me");
    expect(me.body).toMatchObject({
      id: claims.sub,
      name: "Lumen Studio",
      email,
      currency: "USD",
      locale: "en-US",
      timezone: "UTC",
    });
  });

  it("takes an optional IANA time zone", async () => {
    const response = await api.post("/v1/auth/register", {
      name: "Berlin Studio",
      email: uniqueEmail(),
      password: PASSWORD,
      timezone: "Europe/Berlin",
    });
    expect(response.status).toBe(201);
    const me = await api.as(response.body.token).get("/v1/operators/me");
    expect(me.body.timezone).toBe("Europe/Berlin");
  });

  it("refuses an e-mail already registered, whatever its case or spacing (409)", async () => {
    const email = uniqueEmail("taken");
    expect(
      (await api.post("/v1/auth/register", { name: "A", email, password: PASSWORD })).status,
    ).toBe(201);
    const again = await api.post("/v1/auth/register", {
      name: "B",
      email: `  ${email.toUpperCase()} `,
      password: PASSWORD,
    });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      message: expect.stringMatching(/already exists/),
      code: "CONFLICT",
    });
  });

  it("refuses a photographer's e-mail: one address is one login (409)", async () => {
    const operator = await signUpOperator(api);
    const photographer = await addPhotographer(api, operator.client);
    const response = await api.post("/v1/auth/register", {
      name: "X",
      email: photographer.email,
      password: PASSWORD,
    });
    expect(response.status).toBe(409);
  });

  it("names each invalid field (400)", async () => {
    const response = await api.post("/v1/auth/register", {
      name: " ",
      email: "not-an-email",
      password: "short",
      timezone: "Mars/Olympus",
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe("BAD_REQUEST");
    expect(Object.keys(response.body.errors).sort()).toEqual([
      "email",
      "name",
      "password",
      "timezone",
    ]);
  });

  it("refuses passwords over 72 bytes instead of truncating them", async () => {
    const response = await api.post("/v1/auth/register", {
      name: "Long",
      email: uniqueEmail(),
      password: "ü".repeat(37),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.password).toEqual(["must be at most 72 bytes"]);
    const fits = await api.post("/v1/auth/register", {
      name: "Fits",
      email: uniqueEmail(),
      password: "ü".repeat(36),
    });
    expect(fits.status).toBe(201);
  });

  it("refuses fields it does not know", async () => {
    const response = await api.post("/v1/auth/register", {
      name: "X",
      email: uniqueEmail(),
      password: PASSWORD,
      currency: "EUR",
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ currency: ["Unknown field"] });
  });
});

describe("POST /v1/auth/login", () => {
  it("signs an operator in (200 with a token)", async () => {
    const operator = await signUpOperator(api);
    const response = await api.post("/v1/auth/login", {
      email: operator.email.toUpperCase(),
      password: PASSWORD,
    });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(["token"]);
    expect(claimsOf(response.body.token)).toMatchObject({
      sub: operator.id,
      role: "operator",
      aud: "backoffice",
    });
  });

  it("signs a photographer in with the photographer role", async () => {
    const operator = await signUpOperator(api);
    const photographer = await addPhotographer(api, operator.client);
    expect(claimsOf(photographer.token)).toMatchObject({
      sub: photographer.id,
      role: "photographer",
    });
  });

  it("answers a wrong password and an unknown e-mail with the same 401", async () => {
    const operator = await signUpOperator(api);
    const wrongPassword = await api.post("/v1/auth/login", {
      email: operator.email,
      password: "wrong password",
    });
    const unknownEmail = await api.post("/v1/auth/login", {
      email: uniqueEmail("nobody"),
      password: PASSWORD,
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual({
      message: "Invalid e-mail or password",
      code: "UNAUTHORIZED",
    });
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });
});

describe("POST /v1/auth/register-photographer", () => {
  it("creates a photographer of the operator (201 with id, name and e-mail only)", async () => {
    const operator = await signUpOperator(api);
    const email = uniqueEmail("ph");
    const response = await operator.client.post("/v1/auth/register-photographer", {
      name: "Ada",
      email: email.toUpperCase(),
      password: PASSWORD,
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(String), name: "Ada", email });
  });

  it("needs an operator's token: 401 without one, 403 for a photographer", async () => {
    const operator = await signUpOperator(api);
    const photographer = await addPhotographer(api, operator.client);
    const body = { name: "X", email: uniqueEmail(), password: PASSWORD };

    const anonymous = await api.post("/v1/auth/register-photographer", body);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe("UNAUTHORIZED");

    const asPhotographer = await photographer.client.post("/v1/auth/register-photographer", body);
    expect(asPhotographer.status).toBe(403);
    expect(asPhotographer.body.code).toBe("FORBIDDEN");
  });

  it("refuses an e-mail that any login already uses (409)", async () => {
    const operator = await signUpOperator(api);
    const other = await signUpOperator(api);
    const response = await operator.client.post("/v1/auth/register-photographer", {
      name: "Dup",
      email: other.email,
      password: PASSWORD,
    });
    expect(response.status).toBe(409);
  });
});
