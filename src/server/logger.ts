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

let root: Logger | undefined;

export function getLogger(): Logger {
  root ??= pino({
    level: getEnv().LOG_LEVEL,
    base: { service: "photo-backoffice" },
    redact: {
      paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)],
      censor: "[redacted]",
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return root;
}

/** A logger whose every line carries the request id. */
export function requestLogger(requestId: string): Logger {
  return getLogger().child({ requestId });
}
