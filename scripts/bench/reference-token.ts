import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The bearer-token check the app makes (src/server/auth/tokens.ts), written
 * bare with node:crypto: HS256 only, signature, issuer, audience `backoffice`,
 * expiry (and not-before), and claims of the right shape for that audience.
 */
export interface ReferenceSubject {
  sub: string;
  role: "operator" | "photographer";
  tv: number;
}

const ISSUER = "photo-backoffice";
const AUDIENCE = "backoffice";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function referenceTokenVerifier(secret: string) {
  const key = Buffer.from(secret, "utf8");
  return function verify(token: string, nowSeconds: number): ReferenceSubject | null {
    const [header, payload, signature, extra] = token.split(".");
    if (!header || !payload || !signature || extra !== undefined) return null;
    const given = Buffer.from(signature, "base64url");
    const expected = createHmac("sha256", key).update(`${header}.${payload}`).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const protectedHeader = decodeJson(header);
    if (protectedHeader?.alg !== "HS256" || protectedHeader.crit !== undefined) return null;
    const claims = decodeJson(payload);
    if (!claims || claims.iss !== ISSUER) return null;
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.includes(AUDIENCE)) return null;
    if (typeof claims.exp !== "number" || claims.exp <= nowSeconds) return null;
    if (claims.nbf !== undefined && (typeof claims.nbf !== "number" || claims.nbf > nowSeconds))
      return null;
    if (claims.iat !== undefined && typeof claims.iat !== "number") return null;
    const { sub, role, tv } = claims;
    if (typeof sub !== "string" || !UUID.test(sub)) return null;
    if (role !== "operator" && role !== "photographer") return null;
    if (typeof tv !== "number" || !Number.isInteger(tv) || tv < 0) return null;
    return { sub, role, tv };
  };
}
