import { createConfig, lintFromString } from "@redocly/openapi-core";
import { beforeAll, describe, expect, it } from "vitest";
import { apiKeyScopeOf } from "@/server/rest/api-key-scopes";
import { backofficeApi } from "@/server/rest/v1-routes";
import { sharedApp } from "../support/shared-app";

/** The served document as outside tools read it: Redocly's recommended rules, and its security. */

let source: string;
beforeAll(async () => {
  const response = await fetch(`${sharedApp().url}/api/openapi.json`);
  expect(response.status).toBe(200);
  source = await response.text();
});

describe("GET /api/openapi.json", () => {
  it("lints clean under Redocly's recommended ruleset", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source, absoluteRef: "openapi.json", config });
    const found = problems.map(
      (problem) =>
        `${problem.severity} ${problem.ruleId}: ${problem.message} (${problem.location[0]?.pointer})`,
    );
    expect(found.filter((line) => line.startsWith("error"))).toEqual([]);
    // The one warning: the project publishes no licence to name.
    expect(found).toEqual([expect.stringMatching(/^warn info-license:/)]);
  });

  it("names both ways in, and the scope an API key needs on each operation", () => {
    const document = JSON.parse(source);
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual([
      "apiKey",
      "bearerAuth",
    ]);
    for (const route of backofficeApi.routes) {
      const path = route.path.replace(/:(\w+)/g, "{$1}");
      const { security } = document.paths[path][route.method.toLowerCase()];
      const scope = apiKeyScopeOf(route);
      const label = `${route.method} ${route.path}`;
      if (route.access === "public") expect(security, label).toEqual([]);
      else expect(security, label).toContainEqual({ bearerAuth: [] });
      if (scope) expect(security, label).toContainEqual({ apiKey: [scope] });
      else
        expect(
          security.some((s: object) => "apiKey" in s),
          label,
        ).toBe(false);
    }
  });
});
