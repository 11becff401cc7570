import type { ApiKeyScope } from "@/server/domain/api-keys.schemas";
import type { RestRoute } from "./route-table";

/** The part of the studio each tag's routes read or change. */
const RESOURCE_OF_TAG: Record<string, "projects" | "members" | "photos" | "orders"> = {
  Projects: "projects",
  Members: "members",
  Photos: "photos",
  Orders: "orders",
};

/**
 * The scope an API key needs for a route: reading (GET) or changing a part of
 * the studio, analytics read-only, webhooks as one. Routes of other tags
 * (sign-in, passwords, photographers, packages, the studio's settings, API
 * keys themselves, the audit log) and routes not for operators are closed to
 * keys: null. The audit log records what keys do; a key does not read it.
 */
export function apiKeyScopeOf(
  route: Pick<RestRoute, "method" | "tag" | "access" | "scope">,
): ApiKeyScope | null {
  if (route.scope !== undefined) return route.scope;
  if (route.access !== "operator" && route.access !== "operator or photographer") return null;
  if (route.tag === "Analytics") return route.method === "GET" ? "analytics:read" : null;
  if (route.tag === "Webhooks") return "webhooks:write";
  const resource = RESOURCE_OF_TAG[route.tag];
  if (!resource) return null;
  return `${resource}:${route.method === "GET" ? "read" : "write"}`;
}
