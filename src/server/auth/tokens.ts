import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { getEnv } from "@/env";

/**
 * Bearer tokens: HS256 JWTs signed with AUTH_SECRET (jose). The algorithm is
 * pinned on verification, so `alg: none` or an asymmetric algorithm is refused.
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

/**
 * Checks signature, algorithm, issuer, audience and expiry, and that the role
 * belongs to the audience. Returns null for any token that fails; whether the
 * account still exists is checked by `resolveCaller`.
 */
export async function verifyToken(
  token: string,
  audiences: readonly Audience[],
  now: Date = new Date(),
): Promise<TokenSubject | null> {
  try {
    const { payload } = await jwtVerify(token, key(), {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience: [...audiences],
      currentDate: now,
    });
    const claims = claimsSchema.parse(payload);
    const audience = AUDIENCE_OF_ROLE[claims.role];
    const tokenAudiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!tokenAudiences.includes(audience) || !audiences.includes(audience)) return null;
    return { sub: claims.sub, role: claims.role, tv: claims.tv };
  } catch {
    return null;
  }
}

/** The token of an `Authorization: Bearer <token>` header, if any. */
export function bearerToken(authorization: string | null | undefined): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}
