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
 * call, each route's own query parameters, random bodies (prototype-named keys
 * and the routes' own field names included), roster CSV files, multipart photo
 * uploads, content types, headers and tokens. Text anywhere may hold NUL
 * bytes, control characters and lone surrogates (as JSON `\ud800` escapes, and
 * as percent-encoded invalid UTF-8 in query strings). It grows with the route
 * tables by itself. Every answer to a documented route is one the OpenAPI
 * document gives, refusals included.
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
  // Uploads naming the photographer get past the assignment check to the fields and the file.
  const assigned = await operator.client.post(`/v1/projects/${project.id}/photographers`, {
    photographerId: photographer.id,
  });
  expect(assigned.status).toBe(204);
});
afterAll(() => app?.stop());

const routes: RestRoute[] = [...backofficeApi.routes, ...adminApi.routes];
const procedures = [...new Set(routes.map((route) => route.procedure))];

const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"];
const QUERY_NAMES = [...new Set(routes.flatMap((route) => route.query ?? []))];
/** Text fields of the routes' bodies, so random values reach their validators. */
const FIELD_NAMES = [
  "name",
  "email",
  "password",
  "data",
  "id",
  "search",
  "group",
  "externalId",
  "code",
  "otp",
  "csv",
  "mapping",
  "address",
  "locationName",
  "termsAndConditions",
  "timezone",
  "currency",
  "locale",
  "fullName",
  "cursor",
  "currentPassword",
];

/** One UTF-16 unit of trouble: a control character, half a surrogate pair, or any code point. */
const nastyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.constant("\u007f"),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }),
);

const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: nastyUnit, maxLength: 20 }),
  fc.constantFrom(
    "",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "a\udc00b",
    "\u0001",
    "\u0007",
    "\u001b[31m",
    "\u007f",
    "a\tb",
    "a\nb",
    "\r\n",
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
  fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, ...FIELD_NAMES), fc.string()),
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

/**
 * A query value as it travels: percent-encoded text (lone surrogates become
 * U+FFFD on the way), or raw escapes for NUL, control characters and bytes
 * that are not UTF-8 (`%ED%A0%80` is a lone surrogate's encoding).
 */
const queryValue = fc.oneof(
  nastyString.map((value) => encodeURIComponent(value.toWellFormed()).slice(0, 1000)),
  fc.constantFrom("%00", "a%00b", "%01", "%1B%5B31m", "%7F", "%09", "%0A", "%0D%0A"),
  fc.constantFrom("%ED%A0%80", "a%ED%B0%80b", "%C5", "%FF%FE", "%zz", "%", "%E2%82"),
  fc
    .array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 })
    .map((bytes) => bytes.map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("")),
);

const queryString = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...QUERY_NAMES, "projectId", "x", "__proto__"),
        fc.constantFrom("%00", "a%00b", "%ED%A0%80"),
      ),
      queryValue,
    ),
    { maxLength: 3 },
  )
  .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join("&"));

const restTarget = fc
  .record({
    route: fc.constantFrom(...routes),
    values: fc.array(pathValue, { minLength: 1, maxLength: 3 }),
    query: fc.option(queryString),
    suffix: fc.constantFrom("", "", "", "/", "/extra", "//"),
  })
  .map(({ route, values, query, suffix }) => {
    return fillPath(route.path, values) + suffix + (query ? `?${query}` : "");
  });

const trpcTarget = fc
  .record({
    names: fc.array(fc.oneof(fc.constantFrom(...procedures), nastyString.map(encodeSegment)), {
      minLength: 1,
      maxLength: 3,
    }),
    batch: fc.boolean(),
    // JSON.stringify writes a lone surrogate as a `\ud800` escape; raw escapes add NUL and bad UTF-8.
    input: fc.option(
      fc.oneof(
        jsonObject.map((value) => encodeURIComponent(JSON.stringify(value))),
        fc
          .tuple(fc.constantFrom(...FIELD_NAMES), queryValue)
          .map(([name, value]) => `%7B%22${name}%22%3A%22${value}%22%7D`),
      ),
    ),
  })
  .map(({ names, batch, input }) => {
    const params = [batch && "batch=1", input && `input=${input}`].filter(Boolean).join("&");
    return `/api/trpc/${names.join(",")}${params ? `?${params}` : ""}`;
  });

/** A project route's path: mostly the operator's own project, so the body gets read. */
const projectPath = (template: string) =>
  fc
    .oneof(fc.constant(undefined), fc.constant(undefined), pathValue)
    .map((value) => template.replace(":projectId", value ?? knownIds[2]!));

/** A roster file: header and rows of random cells, quoted or not, comma or semicolon separated. */
const csvFile = fc
  .record({
    header: fc.array(fc.oneof(fc.constantFrom("name", "email", "id", "group"), nastyString), {
      minLength: 1,
      maxLength: 4,
    }),
    rows: fc.array(fc.array(nastyString, { maxLength: 4 }), { maxLength: 5 }),
    separator: fc.constantFrom(",", ";"),
    quoted: fc.boolean(),
  })
  .map(({ header, rows, separator, quoted }) => {
    const cell = (value: string) => (quoted ? `"${value.replaceAll('"', '""')}"` : value);
    return [header, ...rows].map((row) => row.map(cell).join(separator)).join("\n");
  });

const csvRequest = fc.record({
  method: fc.constant("POST"),
  target: fc
    .tuple(projectPath("/v1/projects/:projectId/members/import"), fc.option(queryString))
    .map(([path, query]) => (query ? `${path}?${query}` : path)),
  body: fc.oneof(
    csvFile,
    csvFile.map((csv) => JSON.stringify({ csv })),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  ),
  contentType: fc.constantFrom(
    "text/csv",
    "text/csv; charset=utf-8",
    "text/csv; charset=windows-1252",
    "application/json",
  ),
  authorization: fc.constant(0).map((i) => `Bearer ${tokens[i]}`),
});

const BOUNDARY = "fuzz-boundary-7d1f";

/** A multipart upload whose field names, values and file name are random text. */
const multipartBody = fc
  .record({
    fields: fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom("photographerId", "file", "note"), nastyString),
        fc.oneof(fc.constant("KNOWN"), nastyString),
      ),
      { maxLength: 3 },
    ),
    fileName: fc.option(nastyString),
    file: fc.uint8Array({ maxLength: 64 }),
  })
  .map(({ fields, fileName, file }) => {
    const quote = (value: string) => value.replace(/["\r\n]/g, "_");
    const parts = fields.map(
      ([name, value]) =>
        `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${quote(name)}"\r\n\r\n${value === "KNOWN" ? knownIds[1] : value}\r\n`,
    );
    const disposition = `form-data; name="file"${fileName === null ? "" : `; filename="${quote(fileName)}"`}`;
    return Buffer.concat([
      Buffer.from(
        `${parts.join("")}--${BOUNDARY}\r\ncontent-disposition: ${disposition}\r\ncontent-type: image/jpeg\r\n\r\n`,
      ),
      Buffer.from(file),
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]);
  });

const multipartRequest = fc.record({
  method: fc.constant("POST"),
  target: projectPath("/v1/projects/:projectId/photos"),
  body: multipartBody,
  contentType: fc.constant(`multipart/form-data; boundary=${BOUNDARY}`),
  authorization: fc.constantFrom(0, 1).map((i) => `Bearer ${tokens[i]}`),
});

const request = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      method,
      target: fc.oneof(restTarget, restTarget, trpcTarget),
      body,
      contentType,
      authorization,
    }),
  },
  { weight: 1, arbitrary: csvRequest },
  { weight: 1, arbitrary: multipartRequest },
);

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
          // The client also holds each answer to the OpenAPI document.
          const response = await new ApiClient(app.url).request(
            sent.method,
            sent.target,
            undefined,
            {
              headers,
              rawBody: carriesBody ? sent.body : undefined,
            },
          );
          expect(response.status, `${sent.method} ${sent.target}`).toBeLessThan(500);
        }),
        // FUZZ_SEED replays the run a failure printed.
        { numRuns: RUNS, ...(process.env.FUZZ_SEED && { seed: Number(process.env.FUZZ_SEED) }) },
      );
      for (const instance of app.instances) expect(instance.process.exitCode).toBeNull();
    },
  );
});
