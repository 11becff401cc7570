import { describe, expect, it } from "vitest";
import { routeTemplate } from "./route-template";

describe("route templates for metrics", () => {
  it.each([
    ["/v1/projects/0b6c1b9e-6e8f-4a39-9c5e-2f0a1d7e4c11", "/v1/projects/:id"],
    ["/v1/projects/abc/photos?limit=5", "/v1/projects/:projectId/photos"],
    ["/api/admins", "/api/admins"],
    ["/api/gallery/photos/xyz", "/api/gallery/photos/:id"],
    ["/api/trpc/gallery.get,projects.list", "/api/trpc/:procedure"],
    ["/projects/new", "/projects/new"],
    ["/projects/123", "/projects/:id"],
    ["/_next/static/chunks/app/page-1234.js", "/_next/static/*"],
    ["/", "/"],
    ["/api/health", "/api/health"],
  ])("%s is %s", (path, template) => {
    expect(routeTemplate(path)).toBe(template);
  });

  it("puts every path the app does not route under one label", () => {
    const made = Array.from({ length: 50 }, (_, i) => routeTemplate(`/wp-admin/${i}/x.php`));
    expect(new Set(made)).toEqual(new Set(["other"]));
    expect(routeTemplate("/v1/projects/a/b/c/d/e")).toBe("other");
  });
});
