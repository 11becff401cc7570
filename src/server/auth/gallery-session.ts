import { createHmac, timingSafeEqual } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { getEnv } from "@/env";

/**
 * A member's gallery session: an HS256 JWT (audience `gallery`) in an
 * httpOnly, SameSite=Lax cookie, `Secure` and `__Host-` prefixed when the app
 * is served over https. It names the member and carries a keyed fingerprint of
 * the access code it was opened with: once the studio gives the member a new
 * code, the fingerprint no longer matches and the session ends. The
 * fingerprint is an HMAC with AUTH_SECRET, so the cookie's readable payload
 * does not let anyone search for the code offline.
 */

export const GALLERY_SESSION_SECONDS = 2 * 60 * 60;
const ISSUER = "photo-backoffice";
const AUDIENCE = "gallery";
const ALGORITHM = "HS256";

export interface GallerySessionClaims {
  memberId: string;
  /** `accessCodeFingerprint` of the code the gallery was opened with. */
  codeFingerprint: string;
}

const claimsSchema = z.object({ sub: z.uuid(), cf: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

function key(): Uint8Array {
  return new TextEncoder().encode(getEnv().AUTH_SECRET);
}

/** HMAC-SHA-256 of the normalised code, keyed with AUTH_SECRET (base64url). */
export function accessCodeFingerprint(accessCode: string): string {
  return createHmac("sha256", getEnv().AUTH_SECRET)
    .update(`gallery-code:${accessCode}`)
    .digest("base64url");
}

/** Whether `accessCode` is the code a session was opened with (constant time). */
export function fingerprintMatches(claims: GallerySessionClaims, accessCode: string): boolean {
  const expected = Buffer.from(accessCodeFingerprint(accessCode));
  const given = Buffer.from(claims.codeFingerprint);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export async function signGallerySession(
  claims: GallerySessionClaims,
  now: Date = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ cf: claims.codeFingerprint })
    .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
    .setSubject(claims.memberId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + GALLERY_SESSION_SECONDS)
    .sign(key());
}

/** The claims of a valid, unexpired gallery token; null for anything else. */
export async function verifyGallerySession(
  token: string,
  now: Date = new Date(),
): Promise<GallerySessionClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key(), {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
    });
    const claims = claimsSchema.parse(payload);
    return { memberId: claims.sub, codeFingerprint: claims.cf };
  } catch {
    return null;
  }
}

// ---- The cookie ----

/** Like the browser sessions' cookies: `Secure` whenever the app's address is https. */
function usesSecureCookies(): boolean {
  return getEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/**
 * Over https the cookie is `__Host-` prefixed: browsers accept it only
 * `Secure`, with `Path=/` and no `Domain`, from this very host, so a sibling
 * subdomain cannot plant a session of its choosing (a plain or `__Secure-`
 * cookie can be set for the parent domain by any subdomain). Over plain http
 * (development) no prefixed cookie is possible, so it keeps its plain name.
 * Only the name of the current scheme is read.
 */
export function galleryCookieName(): string {
  return usesSecureCookies() ? "__Host-gallery-session" : "gallery-session";
}

function cookieAttributes(maxAgeSeconds: number): string {
  const secure = usesSecureCookies() ? "; Secure" : "";
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

/** The Set-Cookie value that opens a gallery session. */
export function gallerySessionCookie(token: string): string {
  return `${galleryCookieName()}=${token}; ${cookieAttributes(GALLERY_SESSION_SECONDS)}`;
}

/** The Set-Cookie value that ends it. */
export function clearedGallerySessionCookie(): string {
  return `${galleryCookieName()}=; ${cookieAttributes(0)}`;
}

/** The value of the gallery cookie in a request's Cookie header: "" when empty, null when absent. */
function galleryCookieValue(headers: Headers): string | null {
  const name = galleryCookieName();
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

/** The gallery token in a request's Cookie header, if any. */
export function galleryTokenFrom(headers: Headers): string | null {
  return galleryCookieValue(headers) || null;
}

/** Whether the request carried the gallery cookie at all (to say a session has ended). */
export function hasGallerySessionCookie(headers: Headers): boolean {
  return galleryCookieValue(headers) !== null;
}
