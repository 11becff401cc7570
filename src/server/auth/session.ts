import { getToken } from "next-auth/jwt";
import { z } from "zod";
import { getEnv } from "@/env";
import type { TokenSubject } from "./tokens";

/**
 * Browser sessions are next-auth JWT cookies (encrypted with AUTH_SECRET)
 * carrying the same subject as a bearer token: the user's id, role and token
 * version. Every request turns that subject into a verified caller against the
 * database (`resolveCaller`), so a deleted user or a changed password ends the
 * session at once.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const sessionClaims = z.object({
  sub: z.uuid(),
  role: z.enum(["operator", "photographer", "admin"]),
  tv: z.number().int().nonnegative(),
});

/** Anything that carries cookies the way next-auth reads them. */
export interface CookieCarrier {
  cookies: { getAll(): { name: string; value: string }[] };
  headers: Headers;
}

/** The subject of the request's session cookie, or null without a valid one. */
export async function sessionSubject(request: CookieCarrier): Promise<TokenSubject | null> {
  const token = await getToken({
    req: { cookies: request.cookies, headers: new Headers() } as never,
    secret: getEnv().AUTH_SECRET,
  });
  const claims = sessionClaims.safeParse(token);
  return claims.success ? claims.data : null;
}
