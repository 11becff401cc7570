import { createHash } from "node:crypto";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

/**
 * Holds the app's answers to its OpenAPI document (GET /api/openapi.json): an
 * answer to a documented path and method must have a status the operation
 * documents and, when JSON, a body that matches that status's schema (JSON
 * Schema 2020-12, as OpenAPI 3.1 has it). Paths the document leaves out
 * (pages, /api/auth, /api/trpc, the gallery's and photos' binary routes,
 * stand-ins) are not checked.
 */

/** One HTTP answer, as a client got it. */
export interface Answer {
  method: string;
  /** The path asked for, with its query string if any. */
  path: string;
  status: number;
  contentType: string | null;
  /** The parsed JSON body, when the answer is JSON. */
  body: unknown;
}

interface MediaType {
  schema?: object;
}
interface Response {
  content?: Record<string, MediaType>;
}
interface Operation {
  responses: Record<string, Response>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
}

const DOCUMENT_ID = "openapi.json";

interface PathTemplate {
  template: string;
  pattern: RegExp;
  literalSegments: number;
}

function templateOf(template: string): PathTemplate {
  const segments = template.split("/").filter(Boolean);
  const parameters = segments.filter((segment) => /^\{\w+\}$/.test(segment));
  const source = segments.map((segment) =>
    parameters.includes(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  );
  return {
    template,
    pattern: new RegExp(`^/${source.join("/")}/?$`),
    literalSegments: segments.length - parameters.length,
  };
}

/** A JSON Pointer (RFC 6901) to `keys` inside the document. */
function pointer(...keys: string[]): string {
  return keys.map((key) => `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 12)
    .map(
      (error) =>
        `  ${error.instancePath || "(body)"} ${error.message ?? ""} ${JSON.stringify(error.params)}`,
    )
    .join("\n");
}

export class UndocumentedAnswerError extends Error {
  override name = "UndocumentedAnswerError";
}

export class AnswerValidator {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false });
  private readonly templates: PathTemplate[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    // The whole document once, so a schema's $ref into components/schemas resolves.
    this.ajv.addSchema(document, DOCUMENT_ID, undefined, false);
    this.templates = Object.keys(document.paths)
      .map(templateOf)
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  /** The document's templated path for a concrete one (`/v1/members/{id}` for `/v1/members/42`). */
  templateFor(path: string): string | undefined {
    const pathname = new URL(path, "http://answer.test").pathname;
    return this.templates.find(({ pattern }) => pattern.test(pathname))?.template;
  }

  /** Throws an UndocumentedAnswerError when the document does not allow `answer`. */
  check(answer: Answer): void {
    const template = this.templateFor(answer.path);
    const method = answer.method.toLowerCase();
    const operation = template && this.document.paths[template]?.[method];
    // Other methods on a documented path are 405s the document cannot list.
    if (!template || !operation) return;
    const where = `${answer.method.toUpperCase()} ${answer.path} (${template}) answered ${answer.status}`;
    const status = String(answer.status);
    const response = operation.responses[status];
    if (!response) {
      throw new UndocumentedAnswerError(
        `${where}, a status the document does not give (it gives ${Object.keys(operation.responses).join(", ")})`,
      );
    }
    const isJson = answer.contentType?.includes("json") ?? false;
    const documentedJson = response.content?.["application/json"];
    if (!isJson) {
      if (documentedJson) {
        throw new UndocumentedAnswerError(
          `${where} with ${answer.contentType ?? "no body"}, where the document says application/json`,
        );
      }
      return;
    }
    if (!documentedJson?.schema) {
      throw new UndocumentedAnswerError(
        `${where} with a JSON body, where the document gives ${Object.keys(response.content ?? {}).join(", ") || "no body"}`,
      );
    }
    const validate = this.validatorFor(template, method, status);
    if (!validate(answer.body)) {
      throw new UndocumentedAnswerError(
        `${where} with a body the document does not allow:\n${describe(validate.errors)}\nbody: ${JSON.stringify(answer.body).slice(0, 2000)}`,
      );
    }
  }

  private validatorFor(template: string, method: string, status: string): ValidateFunction {
    const key = `${method} ${template} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const ref = pointer(
        "paths",
        template,
        method,
        "responses",
        status,
        "content",
        "application/json",
        "schema",
      );
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#${ref}` });
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/** One validator per distinct document: the apps of one build serve the same one. */
const validators = new Map<string, AnswerValidator>();
const byBaseUrl = new Map<string, Promise<AnswerValidator>>();

/** The validator for the document the app at `baseUrl` serves, fetched once. */
export function answerValidatorOf(baseUrl: string): Promise<AnswerValidator> {
  let validator = byBaseUrl.get(baseUrl);
  if (!validator) {
    validator = (async () => {
      const response = await fetch(`${baseUrl}/api/openapi.json`);
      const text = await response.text();
      if (response.status !== 200)
        throw new Error(`GET ${baseUrl}/api/openapi.json answered ${response.status}: ${text}`);
      const digest = createHash("sha256").update(text).digest("hex");
      let known = validators.get(digest);
      if (!known) {
        known = new AnswerValidator(JSON.parse(text) as OpenApiDocument);
        validators.set(digest, known);
      }
      return known;
    })();
    validator.catch(() => byBaseUrl.delete(baseUrl));
    byBaseUrl.set(baseUrl, validator);
  }
  return validator;
}
