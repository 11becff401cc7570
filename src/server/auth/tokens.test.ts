import { createHmac } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { bearerToken, signToken, verifyToken } from "./tokens";

const operatorId = "0b7a1a4e-3c1f-4a49-9a3c-6c3f5b3d2e10";
const secret = () => new TextEncoder().encode(process.env.AUTH_SECRET);

/** A token made outside `signToken`, to check what verification refuses. */
function forge({
  alg = "HS256",
  role = "operator",
  audience = "backoffice",
  key = secret(),
}: { alg?: string; role?: string; audience?: string; key?: Uint8Array } = {}) {
  return new SignJWT({ role, tv: 0 })
    .setProtectedHeader({ alg })
    .setSubject(operatorId)
    .setIssuer("photo-backoffice")
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(key);
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

describe("bearer tokens", () => {
  it("verify when signed by us for the right audience", async () => {
    const token = await signToken({ sub: operatorId, role: "operator", tv: 3 });
    expect(await verifyToken(token, ["backoffice"])).toEqual({
      sub: operatorId,
      role: "operator",
      tv: 3,
    });
  });

  it("carry sub, role, aud, iat, exp and the token version", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const token = await signToken({ sub: operatorId, role: "photographer", tv: 0 }, { now });
    const payload = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString());
    expect(payload).toMatchObject({
      sub: operatorId,
      role: "photographer",
      aud: "backoffice",
      tv: 0,
    });
    expect(payload.iat).toBe(now.getTime() / 1000);
    expect(payload.exp).toBe(now.getTime() / 1000 + 8 * 60 * 60);
  });

  it("are refused when the payload was tampered with", async () => {
    const [header, , signature] = (
      await signToken({ sub: operatorId, role: "photographer", tv: 0 })
    ).split(".");
    const forged = base64url({
      sub: operatorId,
      role: "operator",
      tv: 0,
      aud: "backoffice",
      iss: "photo-backoffice",
    });
    expect(await verifyToken(`${header}.${forged}.${signature}`, ["backoffice"])).toBeNull();
  });

  it("are refused with alg none", async () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      sub: operatorId,
      role: "operator",
      tv: 0,
      aud: "backoffice",
      iss: "photo-backoffice",
      iat: now,
      exp: now + 60,
    };
    const unsigned = `${base64url({ alg: "none", typ: "JWT" })}.${base64url(payload)}.`;
    expect(await verifyToken(unsigned, ["backoffice"])).toBeNull();
  });

  it("are refused when signed with another algorithm, even with our secret", async () => {
    const token = await forge({ alg: "HS512" });
    expect(await verifyToken(token, ["backoffice"])).toBeNull();
  });

  it("are refused when signed with another secret", async () => {
    const token = await forge({
      key: new TextEncoder().encode("another-secret-another-secret-another-secret"),
    });
    expect(await verifyToken(token, ["backoffice"])).toBeNull();
  });

  it("are refused for another audience", async () => {
    const operatorToken = await signToken({ sub: operatorId, role: "operator", tv: 0 });
    const adminToken = await signToken({ sub: operatorId, role: "admin", tv: 0 });
    expect(await verifyToken(operatorToken, ["admin"])).toBeNull();
    expect(await verifyToken(adminToken, ["backoffice"])).toBeNull();
    expect(await verifyToken(adminToken, ["admin"])).not.toBeNull();
  });

  it("are refused when the role does not belong to the audience", async () => {
    const token = await forge({ role: "admin" });
    expect(await verifyToken(token, ["backoffice", "admin"])).toBeNull();
  });

  it("are refused once expired", async () => {
    const issued = new Date("2026-11-23T00:00:00Z");
    const token = await signToken({ sub: operatorId, role: "operator", tv: 0 }, { now: issued });
    const justBefore = new Date(issued.getTime() + 8 * 60 * 60 * 1000 - 1000);
    const after = new Date(issued.getTime() + 8 * 60 * 60 * 1000 + 1000);
    expect(await verifyToken(token, ["backoffice"], justBefore)).not.toBeNull();
    expect(await verifyToken(token, ["backoffice"], after)).toBeNull();
  });

  it("are refused without an expiry, or before their not-before time", async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { role: "operator", tv: 0 };
    const sign = (builder: SignJWT) =>
      builder
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(operatorId)
        .setIssuer("photo-backoffice")
        .setAudience("backoffice")
        .sign(secret());
    expect(await verifyToken(await sign(new SignJWT(claims)), ["backoffice"])).toBeNull();
    const early = await sign(
      new SignJWT(claims).setExpirationTime(now + 60).setNotBefore(now + 30),
    );
    expect(await verifyToken(early, ["backoffice"])).toBeNull();
    expect(await verifyToken(early, ["backoffice"], new Date((now + 30) * 1000))).not.toBeNull();
  });

  it("are refused from another issuer, or with a critical header extension", async () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { sub: operatorId, role: "operator", tv: 0, aud: "backoffice", exp: now + 60 };
    const signed = (header: object, claims: object) => {
      const input = `${base64url(header)}.${base64url(claims)}`;
      const mac = createHmac("sha256", process.env.AUTH_SECRET!).update(input).digest("base64url");
      return `${input}.${mac}`;
    };
    const good = signed({ alg: "HS256" }, { ...payload, iss: "photo-backoffice" });
    expect(await verifyToken(good, ["backoffice"])).not.toBeNull();
    expect(
      await verifyToken(signed({ alg: "HS256" }, { ...payload, iss: "x" }), ["backoffice"]),
    ).toBeNull();
    const critical = { alg: "HS256", crit: ["exp"] };
    expect(
      await verifyToken(signed(critical, { ...payload, iss: "photo-backoffice" }), ["backoffice"]),
    ).toBeNull();
    expect(await verifyToken(`${good}.`, ["backoffice"])).toBeNull();
  });

  it("are refused when they are not JWTs at all", async () => {
    for (const garbage of ["", "abc", "a.b.c", "\u0000", "x".repeat(10_000)]) {
      expect(await verifyToken(garbage, ["backoffice"])).toBeNull();
    }
  });
});

describe("bearerToken", () => {
  it("reads the token of an Authorization header", () => {
    expect(bearerToken("Bearer abc.def.ghi")).toBe("abc.def.ghi");
    expect(bearerToken("bearer abc")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
