import type { Logger } from "@/server/logger";

/**
 * Recognises "the database cannot serve us right now", however it reached us:
 * as node-postgres threw it (socket errors, its own timeouts, a server error
 * with a SQLSTATE), or wrapped by Prisma's driver adapter (a
 * PrismaClientKnownRequestError whose code or `meta.driverAdapterError` says
 * so). What the app then answers is a 503 with Retry-After, never a 500.
 */

/** Socket errors of a server that is down, restarting or unreachable. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * PostgreSQL's SQLSTATEs for the same: class 08 (connection exception),
 * admin_shutdown, crash_shutdown, cannot_connect_now (starting or stopping),
 * too_many_connections, and query_canceled (our statement_timeout).
 */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "57014"]);
const CONNECTION_EXCEPTION_CLASS = "08";

/**
 * Prisma's codes: can't reach the server (P1001), timed out (P1002, P1008),
 * server closed the connection (P1017), no connection from the pool in time
 * (P2024), too many connections (P2037).
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);

/** The driver adapter's kinds behind those codes. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

/**
 * node-postgres's own messages, which carry no code: "Connection terminated
 * unexpectedly", "Connection terminated due to connection timeout", the pool's
 * "timeout exceeded when trying to connect", and a client that lost its
 * connection earlier.
 */
const DRIVER_MESSAGES = [
  /^Connection terminated\b/,
  /^timeout exceeded when trying to connect$/,
  /is not queryable/,
];

function isUnavailableSqlState(code: unknown): boolean {
  return (
    typeof code === "string" &&
    (SQLSTATES.has(code) || (code.length === 5 && code.startsWith(CONNECTION_EXCEPTION_CLASS)))
  );
}

/** The driver adapter's error description (`{ kind, code?, originalCode? }`), if any. */
function adapterCause(error: object): { kind?: unknown; code?: unknown; originalCode?: unknown } {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: unknown } } }).meta;
  const cause = meta?.driverAdapterError?.cause ?? (error as { cause?: unknown }).cause;
  return typeof cause === "object" && cause !== null ? cause : {};
}

function saysUnavailable(error: object): boolean {
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof code === "string") {
    if (SOCKET_CODES.has(code) || isUnavailableSqlState(code)) return true;
    if (name === "PrismaClientKnownRequestError" && PRISMA_CODES.has(code)) return true;
  }
  const adapter = adapterCause(error);
  if (
    (name === "PrismaClientKnownRequestError" || name === "DriverAdapterError") &&
    (ADAPTER_KINDS.has(adapter.kind as string) ||
      isUnavailableSqlState(adapter.originalCode ?? adapter.code))
  ) {
    return true;
  }
  return typeof message === "string" && DRIVER_MESSAGES.some((pattern) => pattern.test(message));
}

/** Whether `error`, or anything it wraps (causes, aggregated errors), says the database is unavailable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 8) return false;
  if (saysUnavailable(error)) return true;
  const { cause, errors, meta } = error as { cause?: unknown; errors?: unknown; meta?: unknown };
  const driverError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  const inner = [cause, driverError, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((wrapped) => isDatabaseUnavailable(wrapped, depth + 1));
}

/** How long clients are asked to wait before trying again. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const REPORT_EVERY_MS = 10_000;
/** Per reason: when it was last logged, and how often it happened since. */
const reports = new Map<string, { at: number; unreported: number }>();

/**
 * Logs an outage at warn level without a stack: each reason (refused, cut
 * off, statement timeout…) at most once every ten seconds per process, with
 * how often it happened meanwhile, so an outage under load does not flood the log.
 */
export function reportDatabaseUnavailable(log: Logger, error: unknown, now = Date.now()): void {
  const reason = describe(error);
  const last = reports.get(reason);
  if (last && now - last.at < REPORT_EVERY_MS) {
    last.unreported += 1;
    return;
  }
  for (const [known, { at }] of reports) if (now - at >= REPORT_EVERY_MS) reports.delete(known);
  log.warn({ reason, alsoFailedSinceLastReport: last?.unreported ?? 0 }, "database unavailable");
  reports.set(reason, { at: now, unreported: 0 });
}

/** The error's code and the last line of its message (Prisma's first lines are the call site). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code } = error as { code?: unknown };
  const lastLine = error.message.trim().split("\n").at(-1) ?? "";
  return typeof code === "string" ? `${code}: ${lastLine}` : lastLine;
}
