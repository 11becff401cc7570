import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApi } from "@/server/rest/admin-routes";
import type { RestRoute } from "@/server/rest/route-table";
import { backofficeApi } from "@/server/rest/v1-routes";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { caseCount } from "../support/case-counts";
import { addPhotographer, createProject, signUpOperator } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";

/**
 * Whatever a client sends, the answer is never a 5xx: random methods, paths
 * built from every route of both REST tables and every tRPC procedure they
 * call, random bodies (prototype-named keys included), content types, headers
 * and tokens. It grows with the route tables by itself.
 */

const RUNS = caseCount("FUZZ", { everyRun: 400, nightly: 20_000 });

let app: RunningApp;
let tokens: string[];
let knownIds: string[];

beforeAll(async () => {
  app = await startApp();
  const api = new ApiClient(app.url);
  const operator = await signUpOperator(api);
  const photographer = await addPhotographer(api, operator.client);
  const project = await createProject(operator.client);
  const admin = await api.post("/api/admins/register", {
    data: JSON.stringify({ fullName: "Fuzz Admin", email: uniqueEmail(), password: "password123" }),
  });
  tokens = [operator.token, photographer.token, admin.body.data.accessToken];
  knownIds = [operator.id, photographer.id, project.id];
});
afterAll(() => app?.stop());

const routes: RestRoute[] = [...backofficeApi.routes, ...adminApi.routes];
const procedures = [...new Set(routes.map((route) => route.procedure))];

const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"];

const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    "\u0000",
    "\ud800",
    "%ED%A0%80",
    "%",
    "..",
    "../../etc/passwd",
    "null",
    "-1",
    "1e309",
    "x".repeat(5000),
    "' OR 1=1 --",
    "<script>",
    ...PROTOTYPE_KEYS,
  ),
);

/**
 * Lone surrogates cannot be percent-encoded: the raw `%ED%A0%80` cases stand for them.
 * Segments are cut to 1,000 characters: Next.js echoes a URL twice in the headers of its
 * trailing-slash redirect, and fetch refuses response headers over 16 KB.
 */
const encodeSegment = (value: string) => encodeURIComponent(value.toWellFormed()).slice(0, 1000);

const pathValue = fc.oneof(
  fc.uuid(),
  fc.constant("KNOWN"),
  nastyString.map((value) => (value.startsWith("%") ? value : encodeSegment(value))),
  fc.constantFrom("%ED%A0%80", "%C5", "%zz", "%2F", "a%00b"),
);

const jsonLeaf = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
);

const jsonObject = fc.dictionary(
  fc.oneof(
    fc.constantFrom(...PROTOTYPE_KEYS, "name", "email", "password", "data", "id"),
    fc.string(),
  ),
  fc.oneof(jsonLeaf, fc.array(jsonLeaf, { maxLength: 3 }), fc.dictionary(fc.string(), jsonLeaf)),
  { maxKeys: 6 },
);

const body = fc.oneof(
  fc.constant(undefined),
  jsonObject.map((value) => JSON.stringify(value)),
  jsonObject.map((value) => JSON.stringify({ data: JSON.stringify(value) })),
  fc.constantFrom(
    "{",
    "[]",
    "null",
    '"text"',
    "\u0000",
    '{"__proto__":{"polluted":true}}',
    '{"data":"{\\"__proto__\\":{}}"}',
    '{"data":"not json"}',
    '{"data":{}}',
  ),
  fc.string(),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
);

const contentType = fc.constantFrom(
  undefined,
  "application/json",
  "application/json; charset=utf-8",
  "application/vnd.api+json",
  "text/plain",
  "text/csv",
  "multipart/form-data; boundary=x",
  "application/x-www-form-urlencoded",
  "application/json; charset=latin1",
  "*/*",
);

const authorization = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(0, 1, 2).map((i) => `Bearer ${tokens[i]}`),
  fc.constantFrom("Bearer", "Bearer ", "Basic abc", "Bearer a.b.c", "bearer \u00ff"),
  fc.string().map((value) => `Bearer ${value.replace(/[\r\n]/g, "")}`),
);

const method = fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");

function fillPath(template: string, values: string[]): string {
  let next = 0;
  return template.replace(/:\w+/g, () => {
    const value = values[next++ % values.length]!;
    return value === "KNOWN" ? knownIds[next % knownIds.length]! : value;
  });
}

const restTarget = fc
  .record({
    route: fc.constantFrom(...routes),
    values: fc.array(pathValue, { minLength: 1, maxLength: 3 }),
    query: fc.option(
      fc.dictionary(
        fc.constantFrom("projectId", "x", "__proto__"),
        nastyString.map((value) => value.slice(0, 1000)),
        { maxKeys: 2 },
      ),
    ),
    suffix: fc.constantFrom("", "", "", "/", "/extra", "//"),
  })
  .map(({ route, values, query, suffix }) => {
    const search = query ? `?${new URLSearchParams(query)}` : "";
    return fillPath(route.path, values) + suffix + search;
  });

const trpcTarget = fc
  .record({
    names: fc.array(fc.oneof(fc.constantFrom(...procedures), nastyString.map(encodeSegment)), {
      minLength: 1,
      maxLength: 3,
    }),
    batch: fc.boolean(),
    input: fc.option(
      jsonObject.map((value) => encodeURIComponent(JSON.stringify(value).toWellFormed())),
    ),
  })
  .map(({ names, batch, input }) => {
    const params = [batch && "batch=1", input && `input=${input}`].filter(Boolean).join("&");
    return `/api/trpc/${names.join(",")}${params ? `?${params}` : ""}`;
  });

const request = fc.record({
  method,
  target: fc.oneof(restTarget, restTarget, trpcTarget),
  body,
  contentType,
  authorization,
});

describe("the API under random input", () => {
  // Each case is one request: a long nightly run gets the time it needs.
  it(
    `answers ${RUNS} random requests without a single 5xx`,
    { timeout: 30_000 + RUNS * 100 },
    async () => {
      await fc.assert(
        fc.asyncProperty(request, async (sent) => {
          const headers: Record<string, string> = {};
          if (sent.contentType) headers["content-type"] = sent.contentType;
          if (sent.authorization) headers.authorization = sent.authorization;
          const carriesBody = sent.method !== "GET" && sent.method !== "HEAD";
          const response = await fetch(`${app.url}${sent.target}`, {
            method: sent.method,
            headers,
            body: carriesBody ? sent.body : undefined,
          });
          await response.arrayBuffer();
          expect(response.status, `${sent.method} ${sent.target}`).toBeLessThan(500);
        }),
        // FUZZ_SEED replays the run a failure printed.
        { numRuns: RUNS, ...(process.env.FUZZ_SEED && { seed: Number(process.env.FUZZ_SEED) }) },
      );
      for (const instance of app.instances) expect(instance.process.exitCode).toBeNull();
    },
  );
});
