import { getToken } from "next-auth/jwt";
import { z } from "zod";
import { getEnv } from "@/env";
import type { TokenSubject } from "@/server/auth/tokens";

/**
 * Browser sessions are next-auth JWT cookies (encrypted with AUTH_SECRET)
 * carrying the same subject as a bearer token: the user's id, role and token
 * version, plus the time they signed in. Every request turns that subject into
 * a verified caller against the database (`resolveCaller`), so a deleted user
 * or a changed password ends the session at once.
 *
 * A session is refreshed while it is used (8 hours of inactivity end it), but
 * never beyond 7 days after the sign-in: then the user signs in again.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_ABSOLUTE_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

/** Whether a session that began at `signedInAt` (seconds since the epoch) may still be used. */
export function withinAbsoluteLifetime(signedInAt: number, now = Date.now()): boolean {
  const age = now / 1000 - signedInAt;
  return age >= -60 && age < SESSION_ABSOLUTE_LIFETIME_SECONDS;
}

/** Session cookies are `Secure` (and `__Secure-` prefixed) whenever the app's address is https. */
export function usesSecureCookies(): boolean {
  return getEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

const sessionClaims = z.object({
  sub: z.uuid(),
  role: z.enum(["operator", "photographer", "admin"]),
  tv: z.number().int().nonnegative(),
  signedInAt: z.number().refine((value) => withinAbsoluteLifetime(value)),
});

/** Anything that carries cookies the way next-auth reads them. */
export interface CookieCarrier {
  cookies: { getAll(): { name: string; value: string }[] };
  headers: Headers;
}

/** The subject of the request's session cookie, or null without a valid, live one. */
export async function sessionSubject(request: CookieCarrier): Promise<TokenSubject | null> {
  const token = await getToken({
    req: { cookies: request.cookies, headers: new Headers() } as never,
    secret: getEnv().AUTH_SECRET,
    secureCookie: usesSecureCookies(),
  });
  const claims = sessionClaims.safeParse(token);
  if (!claims.success) return null;
  const { sub, role, tv } = claims.data;
  return { sub, role, tv };
}
