import { adminApi } from "@/server/rest/admin-routes";
import { backofficeApi } from "@/server/rest/v1-routes";

/**
 * The route a request path belongs to, as a template (`/v1/projects/:id`),
 * for metrics: the label's values are a fixed, small set whatever clients
 * send, so an id or a made-up path never becomes a time series of its own.
 */

/** The app's pages and route handlers (src/app) besides the REST tables. */
const APP_ROUTES = [
  "/",
  "/signin",
  "/signup",
  "/forgot-password",
  "/dashboard",
  "/packages",
  "/photographers",
  "/settings",
  "/projects",
  "/projects/new",
  "/projects/:id",
  "/projects/:id/photos",
  "/admin",
  "/admin/password",
  "/admin/studios",
  "/admin/signin",
  "/admin/forgot-password",
  "/gallery",
  "/gallery/photos",
  "/portal",
  "/portal/account",
  "/portal/projects/:id",
  "/metrics",
  "/api/health",
  "/api/openapi.json",
  "/api/docs",
  "/api/docs/:asset",
  "/api/auth/*",
  "/api/trpc/:procedure",
  "/api/uploads",
  "/api/uploads/:id",
  "/api/gallery/photos/:id",
  "/api/gallery/orders/:id/download",
  "/api/photos/:id/file",
  "/api/projects/:projectId/member-cards",
  "/_next/static/*",
  "/_next/image",
  "/_next/*",
];

interface Matcher {
  template: string;
  segments: string[];
  /** Ends in `*`: any number of further segments. */
  prefix: boolean;
}

function matcherOf(template: string): Matcher {
  const segments = template.split("/").filter(Boolean);
  const prefix = segments.at(-1) === "*";
  return { template, segments: prefix ? segments.slice(0, -1) : segments, prefix };
}

const MATCHERS: Matcher[] = [
  ...new Set([
    ...backofficeApi.routes.map((route) => route.path),
    ...adminApi.routes.map((route) => route.path),
    ...APP_ROUTES,
  ]),
]
  .map(matcherOf)
  // Literal segments win over parameters: `/projects/new` before `/projects/:id`.
  .sort(
    (a, b) =>
      Number(a.prefix) - Number(b.prefix) ||
      a.segments.filter((s) => s.startsWith(":")).length -
        b.segments.filter((s) => s.startsWith(":")).length,
  );

function matches(matcher: Matcher, segments: string[]): boolean {
  if (
    matcher.prefix
      ? segments.length < matcher.segments.length
      : segments.length !== matcher.segments.length
  ) {
    return false;
  }
  return matcher.segments.every(
    (segment, index) => segment.startsWith(":") || segment === segments[index],
  );
}

/** `/v1/projects/3f2…` → `/v1/projects/:id`; anything the app does not route → `other`. */
export function routeTemplate(target: string): string {
  const query = target.indexOf("?");
  const path = query === -1 ? target : target.slice(0, query);
  const segments = path.split("/").filter(Boolean);
  return MATCHERS.find((matcher) => matches(matcher, segments))?.template ?? "other";
}
