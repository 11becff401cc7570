import type { AnyProcedure, RouterRecord } from "@trpc/server/unstable-core-do-not-import";
import type { AppRouter } from "@/server/api/root";
import type { Audience } from "@/server/auth/tokens";
import type { ApiKeyScope } from "@/server/domain/api-keys.schemas";
import type { AppError } from "@/server/errors";

/**
 * A REST API is data: a table of routes, each naming the tRPC procedure it
 * calls, and an envelope that says how bodies are wrapped. One generic handler
 * (handler.ts) serves every table; no business logic lives here.
 */

type PathsOf<Record extends RouterRecord, Prefix extends string = ""> = {
  [Key in keyof Record & string]: Record[Key] extends AnyProcedure
    ? `${Prefix}${Key}`
    : Record[Key] extends RouterRecord
      ? PathsOf<Record[Key], `${Prefix}${Key}.`>
      : never;
}[keyof Record & string];

/** "projects.update" and the like: every procedure of the app router. */
export type ProcedurePath = PathsOf<AppRouter["_def"]["record"]>;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type Access =
  "public" | "operator" | "photographer" | "operator or photographer" | "admin" | "bootstrap";

export interface RestRoute {
  method: HttpMethod;
  /** With `:name` segments; each becomes the procedure input's `name`. */
  path: string;
  procedure: ProcedurePath;
  /** Who may call it (the procedure enforces it; this documents it). */
  access: Access;
  /** The scope an API key needs, when not the one its tag and method give (api-key-scopes.ts). */
  scope?: ApiKeyScope | null;
  status: 200 | 201 | 202 | 204;
  /** The route counts attempts or creations (per address, account or studio): 429 with Retry-After once over. */
  rateLimited?: true;
  /**
   * The route honours `Prefer: respond-async` and `wait` (RFC 7240): the
   * seconds the client will wait go to the procedure as the input `field`
   * (capped at `maxSeconds`; 0 for respond-async alone).
   */
  preferAsync?: { field: string; maxSeconds: number };
  /** Query parameters passed on to the procedure. */
  query?: string[];
  summary: string;
  description?: string;
  tag: string;
  /** The success message of an enveloped API. */
  message?: string | ((input: Record<string, unknown>) => string);
  /**
   * The body may also be a text file of this media type (besides JSON), handed
   * to the procedure whole as the string input `field`. Either body may be up
   * to `maxBytes`.
   */
  textBody?: { mediaType: "text/csv"; field: string; maxBytes: number };
  /** The procedure returns bytes, answered as a file of this media type. */
  binaryResponse?: { mediaType: "application/pdf" | "text/csv; charset=utf-8"; fileName: string };
  /**
   * The body is a `multipart/form-data` file upload, handed to the procedure
   * unread as the input `field` (a PhotoUpload): the procedure checks who is
   * sending before it reads a byte.
   */
  uploadBody?: { field: string; parts: Record<string, string> };
  /**
   * The procedure returns a ZipDownload: streamed as an `application/zip`
   * attachment under its own file name, each file read while it is sent.
   */
  zipResponse?: true;
  /** The procedure returns a PhotoFile: streamed, with its ETag, and 304 when the client has it. */
  fileResponse?: true;
  /** The route calls a payment provider: its refusals are answered 502 with its message. */
  providerCall?: true;
  /** The status, body and headers from the procedure's output, when the status depends on it. */
  answer?: (output: never, request: { respondAsync: boolean }) => RouteAnswer;
  /**
   * For the document, with `answer`: the property of the procedure's output
   * the answer sends as its body, and what its 200 means.
   */
  answerBody?: { property: string; repeated: string };
}

export interface RouteAnswer {
  status: 200 | 201 | 202;
  body: unknown;
  headers?: Record<string, string>;
}

type JsonSchema = Record<string, unknown>;

/** How an API wraps its request and response bodies, and how to document that. */
export interface Envelope {
  /** The procedure input carried by a parsed JSON body; throws a 400 AppError when malformed. */
  unwrapRequest(body: Record<string, unknown>): Record<string, unknown>;
  success(route: RestRoute, input: Record<string, unknown>, output: unknown): unknown;
  failure(error: AppError): unknown;
  documents: {
    request(input: JsonSchema): JsonSchema;
    response(route: RestRoute, output: JsonSchema | undefined): JsonSchema;
    error(status: number): JsonSchema;
    /** Error statuses the API's users list for every route, besides those the route table implies. */
    everyRoute: number[];
    /** Whether a 204-style route still answers with an enveloped body. */
    wrapsEmptyResponses: boolean;
  };
}

export interface RestApi {
  title: string;
  /** Token audiences accepted by this API. */
  audiences: readonly Audience[];
  /** Whether API keys may call it, within their scopes. */
  apiKeys?: true;
  envelope: Envelope;
  routes: RestRoute[];
}

/** Plain JSON: the body is the input, the output is the body, errors are `{ message, code, errors }`. */
export const plainJson: Envelope = {
  unwrapRequest: (body) => body,
  success: (_route, _input, output) => output,
  failure: (error) => ({
    message: error.message,
    code: error.code,
    ...(error.code === "BAD_REQUEST" && error.fieldErrors && { errors: error.fieldErrors }),
    ...(error.code === "BAD_REQUEST" && error.details && { details: error.details }),
  }),
  documents: {
    request: (input) => input,
    response: (_route, output) => output ?? {},
    error: (status) => ({
      type: "object",
      properties: {
        message: { type: "string" },
        code: {
          type: "string",
          examples: ["BAD_REQUEST", "UNAUTHORIZED", "NOT_FOUND", "CONFLICT", "STUDIO_SUSPENDED"],
        },
        ...(status === 400 && {
          errors: {
            type: "object",
            description: "Field path to its messages",
            additionalProperties: { type: "array", items: { type: "string" } },
          },
          details: {
            type: "object",
            description:
              "Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column",
            additionalProperties: true,
          },
        }),
      },
      required: ["message", "code"],
    }),
    everyRoute: [],
    wrapsEmptyResponses: false,
  },
};
