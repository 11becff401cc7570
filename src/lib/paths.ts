import type { Role } from "@/server/auth/tokens";

/** Where each kind of user starts. */
export const HOME: Record<Role, string> = {
  operator: "/dashboard",
  photographer: "/portal",
  admin: "/admin",
};

/**
 * A path to return to after signing in, only if it is one of ours: a relative
 * path, never "//other.host" or an absolute URL (no open redirects).
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return null;
  return value;
}
