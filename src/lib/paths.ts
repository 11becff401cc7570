import type { Role } from "@/server/auth/tokens";

/** Where each kind of user starts. */
export const HOME: Record<Role, string> = {
  operator: "/dashboard",
  photographer: "/portal",
  admin: "/admin",
};

const ORIGIN = "http://app.invalid";

/**
 * A path to return to after signing in, only if it is one of ours. The value is
 * normalised the way a browser will read it (tabs and newlines dropped,
 * backslashes as slashes, dot segments resolved) and kept only when it stays on
 * our origin and cannot be read as "//other.host": no open redirects.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value?.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN || url.pathname.startsWith("//")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
