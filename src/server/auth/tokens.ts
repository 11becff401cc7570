import { createHmac, timingSafeEqual } from "node:crypto";
import { SignJWT } from "jose";
import { z } from "zod";
import { getEnv } from "@/env";

/**
 * Bearer tokens: HS256 JWTs signed with AUTH_SECRET (jose). The algorithm is
 * pinned on verification, so `alg: none` or an asymmetric algorithm is refused.
 * Verification runs on every API request, so it is plain node:crypto: an
 * HMAC computed on the spot, not WebCrypto's, which waits for a libuv thread
 * (and those may all be hashing passwords).
 *
 * Claims: `sub` (the operator's, photographer's or admin's id), `role`, `aud`
 * (`backoffice` or `admin`), `iat`, `exp` and `tv`, the account's token
 * version: bumping it (password change, deletion) invalidates every token
 * issued before.
 */

export type Audience = "backoffice" | "admin";
export type Role = "operator" | "photographer" | "admin";

const AUDIENCE_OF_ROLE: Record<Role, Audience> = {
  operator: "backoffice",
  photographer: "backoffice",
  admin: "admin",
};

export const TOKEN_TTL_SECONDS = 8 * 60 * 60;
const ISSUER = "photo-backoffice";
const ALGORITHM = "HS256";

export interface TokenSubject {
  sub: string;
  role: Role;
  /** The account's token version when the token was issued. */
  tv: number;
}

const claimsSchema = z.object({
  sub: z.uuid(),
  role: z.enum(["operator", "photographer", "admin"]),
  tv: z.number().int().nonnegative(),
  aud: z.union([z.string(), z.array(z.string())]),
});

function key(): Uint8Array {
  return new TextEncoder().encode(getEnv().AUTH_SECRET);
}

export async function signToken(
  subject: TokenSubject,
  options: { now?: Date; ttlSeconds?: number } = {},
): Promise<string> {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ role: subject.role, tv: subject.tv })
    .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
    .setSubject(subject.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE_OF_ROLE[subject.role])
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? TOKEN_TTL_SECONDS))
    .sign(key());
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function decodeObject(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function hasValidSignature(signingInput: string, signature: string): boolean {
  const expected = createHmac("sha256", getEnv().AUTH_SECRET).update(signingInput).digest();
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The registered claims: issuer, one of `audiences`, not expired, not before its time. */
function hasValidRegisteredClaims(
  payload: Record<string, unknown>,
  audiences: readonly Audience[],
  nowSeconds: number,
): boolean {
  const { iss, aud, exp, nbf, iat } = payload;
  const tokenAudiences: unknown[] = Array.isArray(aud) ? aud : [aud];
  return (
    iss === ISSUER &&
    tokenAudiences.some((audience) => audiences.includes(audience as Audience)) &&
    typeof exp === "number" &&
    exp > nowSeconds &&
    (nbf === undefined || (typeof nbf === "number" && nbf <= nowSeconds)) &&
    (iat === undefined || typeof iat === "number")
  );
}

/**
 * Checks the compact form, algorithm (HS256 only, no critical extensions),
 * signature, issuer, audience, expiry and not-before, and that the role
 * belongs to the audience. Returns null for any token that fails; whether
 * the account still exists is checked by `resolveCaller`.
 */
export async function verifyToken(
  token: string,
  audiences: readonly Audience[],
  now: Date = new Date(),
): Promise<TokenSubject | null> {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return null;
  const [header, payload, signature] = parts as [string, string, string];
  const protectedHeader = decodeObject(header);
  if (protectedHeader?.alg !== ALGORITHM || "crit" in protectedHeader || "b64" in protectedHeader)
    return null;
  if (!hasValidSignature(`${header}.${payload}`, signature)) return null;
  const claimsSet = decodeObject(payload);
  if (!claimsSet) return null;
  if (!hasValidRegisteredClaims(claimsSet, audiences, Math.floor(now.getTime() / 1000)))
    return null;
  const parsed = claimsSchema.safeParse(claimsSet);
  if (!parsed.success) return null;
  const claims = parsed.data;
  const audience = AUDIENCE_OF_ROLE[claims.role];
  const tokenAudiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!tokenAudiences.includes(audience) || !audiences.includes(audience)) return null;
  return { sub: claims.sub, role: claims.role, tv: claims.tv };
}

/** The token of an `Authorization: Bearer <token>` header, if any. */
export function bearerToken(authorization: string | null | undefined): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}
