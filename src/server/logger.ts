import pino, { type Logger } from "pino";
import { getEnv } from "@/env";

export type { Logger };

/**
 * Structured JSON logs on stdout. Secrets are kept out at the call sites (we
 * never pass a password, token, hash or code to a log call); the redact list
 * is the safety net for a careless `log.info({ body })`.
 */
const REDACTED_KEYS = [
  "password",
  "newPassword",
  "oldPassword",
  "passwordHash",
  "token",
  "accessToken",
  "otp",
  "code",
  "codeHash",
  "authorization",
  "cookie",
  "secret",
];

/**
 * What a stored secret or a person's address looks like inside an error's
 * text: PostgreSQL's "Failing row contains (…)" and "Key (…)=(…)" details
 * carry whole rows, Prisma's messages can render a query's arguments.
 */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/Failing row contains [^\n]*/g, "Failing row contains [redacted]"],
  [/(Key \([^)\n]*\))=[^\n]*/g, "$1=[redacted]"],
  [/\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}/g, "[redacted hash]"],
  [/\b[0-9a-f]{64}\b/gi, "[redacted hash]"],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, "[redacted e-mail]"],
  [/(?<![\d:.])\b\d{6}\b(?![\d:])/g, "[redacted code]"],
];

export function scrubSecrets(text: string): string {
  return SECRET_PATTERNS.reduce(
    (out, [pattern, replacement]) => out.replace(pattern, replacement),
    text,
  );
}

interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  cause?: SerializedError;
}

/**
 * Errors are logged by an allow-list: their type, code, scrubbed message and
 * stack, and their causes, never their other properties (a Prisma error's
 * `meta` holds the database's detail, i.e. the failing row with its password
 * hash or code hash).
 */
export function serializeError(error: unknown, depth = 0): SerializedError | undefined {
  if (error === undefined || error === null) return undefined;
  if (!(error instanceof Error)) return { type: typeof error, message: "[non-error value]" };
  const { code } = error as { code?: unknown };
  return {
    type: error.name,
    message: scrubSecrets(error.message),
    ...(error.stack && { stack: scrubSecrets(error.stack) }),
    ...((typeof code === "string" || typeof code === "number") && { code: String(code) }),
    ...(depth < 5 &&
      error.cause !== undefined && { cause: serializeError(error.cause, depth + 1) }),
  };
}

let root: Logger | undefined;

export function getLogger(): Logger {
  root ??= pino(
    {
      level: getEnv().LOG_LEVEL,
      base: { service: "photo-backoffice" },
      serializers: { err: serializeError, error: serializeError },
      redact: {
        paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)],
        censor: "[redacted]",
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    pino.destination({ dest: 1, sync: false }),
  );
  return root;
}

/** A logger whose every line carries the request id. */
export function requestLogger(requestId: string): Logger {
  return getLogger().child({ requestId });
}
