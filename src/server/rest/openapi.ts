import type { AnyProcedure } from "@trpc/server/unstable-core-do-not-import";
import { z } from "zod";
import { appRouter } from "@/server/api/root";
import { WEBHOOK_PAYLOADS } from "@/server/domain/webhooks.schemas";
import { apiKeyScopeOf } from "./api-key-scopes";
import { MAX_BODY_BYTES } from "./body";
import type { RestApi, RestRoute } from "./route-table";

/**
 * The OpenAPI 3.1 document of the REST APIs, generated from their route tables
 * and the very zod schemas the procedures validate with, so it cannot drift
 * from the code. Served at /api/openapi.json and rendered at /api/docs.
 */

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

const procedures = (appRouter._def as unknown as { procedures: Record<string, AnyProcedure> })
  .procedures;

function toJsonSchema(schema: unknown, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema as z.ZodType, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  });
  delete json.$schema;
  return json as JsonSchema;
}

function schemasOf(route: RestRoute): { input?: JsonSchema; output?: JsonSchema } {
  const procedure = procedures[route.procedure];
  if (!procedure)
    throw new Error(`No procedure ${route.procedure} for ${route.method} ${route.path}`);
  const def = procedure._def as unknown as { inputs: unknown[]; output?: unknown };
  return {
    input: def.inputs[0] ? toJsonSchema(def.inputs[0], "input") : undefined,
    output: def.output ? toJsonSchema(def.output, "output") : undefined,
  };
}

const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  400: "Invalid input; `errors` names each field at fault",
  401: "Missing, invalid or expired bearer token",
  403: "The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`)",
  404: "Not found, or not yours",
  405: "Method not allowed (see the Allow header)",
  409: "Conflict",
  413: `Body over ${MAX_BODY_BYTES} bytes`,
  415: "Content-Type is not application/json",
  429: "Too many attempts or requests; see Retry-After",
  502: "The payment provider refused or could not be reached; `message` says why",
  500: "Internal server error",
  503: "Unavailable for a moment; see Retry-After",
};

function errorStatuses(api: RestApi, route: RestRoute): number[] {
  const signsIn = route.procedure.endsWith("login");
  const statuses = [400];
  // A sign-in answers wrong credentials with 401.
  if (route.access !== "public" || signsIn) statuses.push(401);
  if (route.access !== "public" && route.access !== "bootstrap") statuses.push(403);
  // A suspended studio's operator or photographer is refused even with the right password.
  if (signsIn && api.audiences.includes("backoffice")) statuses.push(403);
  if (route.path.includes(":") || route.query?.length) statuses.push(404);
  if (route.method !== "GET") statuses.push(409);
  // Whatever body is sent is read, on routes that take none too.
  statuses.push(413, 415);
  if (route.rateLimited) statuses.push(429);
  // Each API key has a budget of requests a minute.
  if (api.apiKeys && apiKeyScopeOf(route) !== null) statuses.push(429);
  if (route.fileResponse) statuses.push(409);
  if (route.providerCall) statuses.push(502);
  // Every route answers 503 while the database cannot.
  statuses.push(503, ...api.envelope.documents.everyRoute);
  return [...new Set(statuses)];
}

function operationFor(api: RestApi, route: RestRoute) {
  const { input, output } = schemasOf(route);
  const pathParams = route.path
    .split("/")
    .filter((segment) => segment.startsWith(":"))
    .map((segment) => segment.slice(1));
  const fromUrl = new Set([...pathParams, ...(route.query ?? [])]);

  const parameters: Record<string, unknown>[] = [...pathParams, ...(route.query ?? [])].map(
    (name) => ({
      name,
      in: pathParams.includes(name) ? "path" : "query",
      required: pathParams.includes(name) || (input?.required ?? []).includes(name),
      schema: input?.properties?.[name] ?? { type: "string" },
    }),
  );
  if (route.preferAsync) {
    parameters.push({
      name: "Prefer",
      in: "header",
      required: false,
      description: `RFC 7240. \`respond-async\`: answer 202 at once, before processing. \`wait=N\`: wait at most N seconds (at most ${route.preferAsync.maxSeconds}, the default) before answering 202.`,
      schema: { type: "string", examples: ["respond-async", "wait=5"] },
    });
  }

  let body: JsonSchema | undefined;
  if (route.uploadBody) {
    body = {
      type: "object",
      properties: Object.fromEntries(
        Object.entries(route.uploadBody.parts).map(([name, description]) => [
          name,
          name === "file"
            ? { type: "string", format: "binary", description }
            : { type: "string", description },
        ]),
      ),
      required: ["file"],
    };
  } else if (input?.properties && route.method !== "GET" && route.method !== "DELETE") {
    const properties = Object.fromEntries(
      Object.entries(input.properties).filter(([key]) => !fromUrl.has(key)),
    );
    if (Object.keys(properties).length > 0) {
      body = {
        ...input,
        properties,
        required: (input.required ?? []).filter((key) => !fromUrl.has(key)),
      };
      if (body.required?.length === 0) delete body.required;
    }
  }

  const answered = route.answerBody ? output?.properties?.[route.answerBody.property] : output;
  const responses: Record<string, unknown> = {
    ...(route.answerBody && {
      200: {
        description: route.answerBody.repeated,
        content: { "application/json": { schema: answered } },
      },
    }),
    ...(route.fileResponse && {
      304: { description: "Not Modified: `If-None-Match` names the current `ETag`" },
    }),
    ...(route.preferAsync && {
      202: {
        description:
          "Accepted: stored, still processing (`status: processing`). `Location` names the photo to poll; `Preference-Applied: respond-async` when the client asked for it.",
        headers: {
          Location: { schema: { type: "string" }, description: "/v1/photos/:id" },
          "Preference-Applied": { schema: { type: "string", const: "respond-async" } },
        },
        content: { "application/json": { schema: answered } },
      },
    }),
    [route.status]: route.fileResponse
      ? {
          description: STATUS_TEXT[route.status],
          content: {
            "image/jpeg": { schema: { type: "string", format: "binary" } },
            "image/png": { schema: { type: "string", format: "binary" } },
            "image/webp": { schema: { type: "string", format: "binary" } },
          },
        }
      : route.answer
        ? {
            description: STATUS_TEXT[route.status],
            content: {
              "application/json": { schema: answered },
            },
          }
        : route.zipResponse
          ? {
              description: `${STATUS_TEXT[route.status]}: a zip, as an attachment (\`Content-Disposition\`)`,
              content: { "application/zip": { schema: { type: "string", format: "binary" } } },
            }
          : route.binaryResponse
            ? {
                description: STATUS_TEXT[route.status],
                content: {
                  [route.binaryResponse.mediaType]: {
                    schema: { type: "string", format: "binary" },
                  },
                },
              }
            : route.status === 204 && !api.envelope.documents.wrapsEmptyResponses
              ? { description: STATUS_TEXT[204] }
              : {
                  description: STATUS_TEXT[route.status],
                  content: {
                    "application/json": { schema: api.envelope.documents.response(route, output) },
                  },
                },
  };
  for (const status of errorStatuses(api, route)) {
    responses[status] = {
      ...(status === 409 &&
        route.fileResponse && {
          headers: {
            "Retry-After": {
              schema: { type: "integer" },
              description: "Seconds until the file is likely made",
            },
          },
        }),
      description:
        status === 413 && route.textBody
          ? `Body over ${route.textBody.maxBytes} bytes`
          : status === 415 && route.textBody
            ? `Content-Type is neither application/json nor ${route.textBody.mediaType}`
            : status === 413 && route.uploadBody
              ? "The file is over 50 MB (refused while it streams in)"
              : status === 415 && route.uploadBody
                ? "Not multipart/form-data, or the file is not a JPEG, PNG or WebP image"
                : status === 409 && route.fileResponse
                  ? "The file is not made yet (the photo is still processing; see `Retry-After`), or never will be (it failed)"
                  : status === 503 && route.preferAsync
                    ? "Processing failed on our side while the client waited, or the database is unavailable for a moment; see `Retry-After`"
                    : STATUS_TEXT[status],
      content: { "application/json": { schema: api.envelope.documents.error(status) } },
    };
  }

  return {
    tags: [route.tag],
    summary: route.summary,
    description: [
      route.description,
      `Access: ${route.access}. Calls the \`${route.procedure}\` procedure.`,
    ]
      .filter(Boolean)
      .join("\n\n"),
    operationId: `${route.method.toLowerCase()}_${route.path.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "")}`,
    ...(parameters.length > 0 && { parameters }),
    ...(body && {
      requestBody: {
        required: true,
        content: route.uploadBody
          ? { "multipart/form-data": { schema: body } }
          : {
              "application/json": { schema: api.envelope.documents.request(body) },
              ...(route.textBody && {
                [route.textBody.mediaType]: {
                  schema: {
                    type: "string",
                    description: body.properties?.[route.textBody.field]?.description,
                  },
                },
              }),
            },
      },
    }),
    security: securityOf(route),
    responses,
  };
}

/**
 * Who may call a route: anyone (`[]`), a signed-in token, and an API key
 * holding the route's scope where keys are let in. The first admin's
 * registration (bootstrap) needs nothing while no admin exists.
 */
function securityOf(route: RestRoute): Record<string, string[]>[] {
  if (route.access === "public") return [];
  const scope = apiKeyScopeOf(route);
  return [
    ...(route.access === "bootstrap" ? [{}] : []),
    { bearerAuth: [] },
    ...(scope ? [{ apiKey: [scope] }] : []),
  ];
}

/** The events sent to webhook endpoints, each a signed POST (Standard Webhooks). */
function webhookOperations(): Record<string, unknown> {
  const header = (name: string, description: string) => ({
    name,
    in: "header",
    required: true,
    description,
    schema: { type: "string" },
  });
  return Object.fromEntries(
    Object.entries(WEBHOOK_PAYLOADS).map(([type, event]) => [
      type,
      {
        post: {
          operationId: `webhook.${type}`,
          tags: ["Webhooks"],
          summary: event.summary,
          security: [],
          parameters: [
            header("webhook-id", "The event's id: the same on every retry and redelivery"),
            header("webhook-timestamp", "Seconds since 1970 when this attempt was signed"),
            header(
              "webhook-signature",
              "`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_`",
            ),
          ],
          requestBody: {
            required: true,
            content: { "application/json": { schema: toJsonSchema(event.schema, "output") } },
          },
          responses: {
            "200": {
              description:
                "Any 2xx: received. A 410 disables the endpoint; anything else is retried",
            },
          },
        },
      },
    ]),
  );
}

const TAG_DESCRIPTIONS: Record<string, string> = {
  Auth: "Signing in and out of the Backoffice API, and passwords",
  Projects: "Shoots: a school, club or event, with its dates, packages and photographers",
  Members: "The people enrolled in a project, their access codes, QR cards and roster imports",
  Photos: "Uploads, processing, tags and files",
  Orders: "What members ordered, and its payment",
  Offers: "Order deadlines, early-bird discounts and coupons",
  Campaigns: "Invitation and reminder e-mails to members",
  Photographers: "The studio's photographers and their accounts",
  Packages: "What a studio sells: photo counts and prices",
  Operators: "The studio's own account and settings",
  Payments: "Card payments through the studio's own Stripe account",
  "API keys": "Keys for outside systems, each limited to its scopes",
  Webhooks:
    "Endpoints the studio's events are sent to, signed (Standard Webhooks), and their deliveries",
  Analytics: "Numbers for the dashboard and exports",
  "Audit log": "Who did what to members' personal data, kept for a year",
  Admins: "The platform's admin users",
  "Password reset": "One-time codes by e-mail for admins who forgot their password",
};

export function buildOpenApiDocument(apis: RestApi[], info: { description: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const api of apis) {
    for (const route of api.routes) {
      const path = route.path.replace(/:(\w+)/g, "{$1}");
      paths[path] ??= {};
      paths[path][route.method.toLowerCase()] = operationFor(api, route);
    }
  }
  return {
    openapi: "3.1.0",
    info: { title: "Photo Backoffice API", version: "1.0.0", description: info.description },
    servers: [{ url: "/" }],
    tags: [...new Set(apis.flatMap((api) => api.routes.map((route) => route.tag)))].map((name) => ({
      name,
      description: TAG_DESCRIPTIONS[name] ?? name,
    })),
    paths,
    webhooks: webhookOperations(),
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "The `accessToken` of a sign-in (operator, photographer or admin)",
        },
        apiKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "pbk_…",
          description:
            "An API key (`POST /v1/api-keys`) sent as `Authorization: Bearer pbk_…`; each operation names the scope it needs",
        },
      },
    },
  };
}
