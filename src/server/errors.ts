import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { ZodError, type core } from "zod";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/server/db/unavailable";

/**
 * The one error vocabulary of the app. Domain code throws `AppError`; the tRPC
 * layer and the REST adapters translate it with this table, and nowhere else
 * does a status number appear.
 */
export const APP_ERRORS = {
  BAD_REQUEST: { trpc: "BAD_REQUEST", http: 400 },
  UNAUTHORIZED: { trpc: "UNAUTHORIZED", http: 401 },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403 },
  /** The studio was suspended by an admin: its people, API keys and galleries are refused. */
  STUDIO_SUSPENDED: { trpc: "FORBIDDEN", http: 403 },
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404 },
  METHOD_NOT_ALLOWED: { trpc: "METHOD_NOT_SUPPORTED", http: 405 },
  CONFLICT: { trpc: "CONFLICT", http: 409 },
  PAYLOAD_TOO_LARGE: { trpc: "PAYLOAD_TOO_LARGE", http: 413 },
  UNSUPPORTED_MEDIA_TYPE: { trpc: "UNSUPPORTED_MEDIA_TYPE", http: 415 },
  TOO_MANY_REQUESTS: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  INTERNAL: { trpc: "INTERNAL_SERVER_ERROR", http: 500 },
  /** A service the app called (a payment provider) refused or could not be reached. */
  BAD_GATEWAY: { trpc: "BAD_GATEWAY", http: 502 },
  SERVICE_UNAVAILABLE: { trpc: "SERVICE_UNAVAILABLE", http: 503 },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; http: number }>;

export type AppErrorCode = keyof typeof APP_ERRORS;

export const STUDIO_SUSPENDED_MESSAGE =
  "This studio is suspended: its sign-ins, sessions and API keys are refused until the platform's admins lift the suspension";
export const GALLERY_UNAVAILABLE_MESSAGE =
  "This gallery is unavailable at the moment. Please contact the studio that took the photos.";

/** Field path ("name", "patch.startAt") to the messages about it. */
export type FieldErrors = Record<string, string[]>;

/** Facts a client can act on, beyond the messages: a class list's headers, for instance. */
export type ErrorDetails = Record<string, unknown>;

export interface AppErrorOptions {
  fieldErrors?: FieldErrors;
  details?: ErrorDetails;
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class AppError extends Error {
  readonly fieldErrors?: FieldErrors;
  readonly details?: ErrorDetails;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get httpStatus(): number {
    return APP_ERRORS[this.code].http;
  }

  static badRequest(field: string, message: string): AppError {
    return new AppError("BAD_REQUEST", `${field}: ${message}`, {
      fieldErrors: { [field]: [message] },
    });
  }

  static notFound(what: string): AppError {
    return new AppError("NOT_FOUND", `${what} not found`);
  }

  /** A suspended studio's operator, photographer or API key. */
  static studioSuspended(): AppError {
    return new AppError("STUDIO_SUSPENDED", STUDIO_SUSPENDED_MESSAGE);
  }

  /** A member's gallery while its studio is suspended. */
  static galleryUnavailable(): AppError {
    return new AppError("STUDIO_SUSPENDED", GALLERY_UNAVAILABLE_MESSAGE);
  }
}

/** The first code of each tRPC code (FORBIDDEN, not STUDIO_SUSPENDED, for a bare FORBIDDEN). */
const TRPC_TO_APP = Object.fromEntries(
  Object.entries(APP_ERRORS)
    .reverse()
    .map(([code, { trpc }]) => [trpc, code]),
) as Partial<Record<TRPC_ERROR_CODE_KEY, AppErrorCode>>;

/** Turns zod issues into `{ "field.path": [messages] }`, one entry per unknown key too. */
export function fieldErrorsFromZod(error: ZodError): FieldErrors {
  // A client's field may be called "constructor" or "__proto__": no inherited keys here.
  const fields: FieldErrors = Object.create(null);
  const add = (path: PropertyKey[], message: string) => {
    const key = path.map(String).join(".") || "body";
    if (!Object.hasOwn(fields, key)) fields[key] = [];
    fields[key]!.push(message);
  };
  for (const issue of error.issues as core.$ZodIssue[]) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add([...issue.path, key], "Unknown field");
    } else {
      add(issue.path, issue.message);
    }
  }
  return fields;
}

function describeFieldErrors(fields: FieldErrors): string {
  const [first] = Object.entries(fields);
  if (!first) return "Invalid input";
  const [field, [message]] = first;
  const more = Object.keys(fields).length - 1;
  return `Invalid input: ${field}: ${message}${more > 0 ? ` (and ${more} more)` : ""}`;
}

export function validationError(error: ZodError): AppError {
  const fieldErrors = fieldErrorsFromZod(error);
  return new AppError("BAD_REQUEST", describeFieldErrors(fieldErrors), {
    fieldErrors,
    cause: error,
  });
}

interface PrismaKnownError {
  name: "PrismaClientKnownRequestError";
  code: string;
}

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return (
    error instanceof Error &&
    error.name === "PrismaClientKnownRequestError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** A 503 for a database that is down, restarting, refusing connections or too slow. */
export function databaseUnavailable(cause: unknown): AppError {
  return new AppError("SERVICE_UNAVAILABLE", "The database is unavailable; try again shortly", {
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    cause,
  });
}

/**
 * Normalises anything thrown below the API into an AppError: our own errors
 * pass through, zod errors become 400s with field errors, a database that
 * cannot answer becomes SERVICE_UNAVAILABLE (503 with Retry-After), Prisma's
 * unique violation becomes CONFLICT, a foreign key violation (what it refers
 * to was deleted meanwhile) CONFLICT too, record-not-found NOT_FOUND, and
 * everything else is INTERNAL (the caller logs it; the client never sees its
 * message).
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return validationError(error);
  if (error instanceof TRPCError && error.cause instanceof AppError) return error.cause;
  if (isDatabaseUnavailable(error)) return databaseUnavailable(error);
  if (error instanceof TRPCError) {
    const { cause } = error;
    if (cause instanceof AppError) return cause;
    // Input validation; a failed *output* validation is our bug and stays a 500.
    if (cause instanceof ZodError && error.code === "BAD_REQUEST") return validationError(cause);
    if (isPrismaKnownError(cause)) return toAppError(cause);
    const code = TRPC_TO_APP[error.code] ?? "INTERNAL";
    return code === "INTERNAL"
      ? new AppError("INTERNAL", "Internal server error", { cause: error })
      : new AppError(code, error.message, { cause: error });
  }
  if (isPrismaKnownError(error)) {
    if (error.code === "P2002") {
      return new AppError("CONFLICT", "A record with these values already exists", {
        cause: error,
      });
    }
    if (error.code === "P2025")
      return new AppError("NOT_FOUND", "Record not found", { cause: error });
    // A row the write refers to was deleted by a concurrent request.
    if (error.code === "P2003") {
      return new AppError(
        "CONFLICT",
        "Something this refers to was just removed; reload and try again",
        {
          cause: error,
        },
      );
    }
  }
  return new AppError("INTERNAL", "Internal server error", { cause: error });
}

/** `Retry-After` for a refusal that says when to try again, for hand-written route handlers. */
export function retryAfterHeader(error: AppError): { "retry-after"?: string } {
  return error.retryAfterSeconds ? { "retry-after": String(error.retryAfterSeconds) } : {};
}

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: APP_ERRORS[error.code].trpc, message: error.message, cause: error });
}
