import { PrismaClientKnownRequestError } from "@prisma/client/runtime/client";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { Logger } from "@/server/logger";
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "./unavailable";

/**
 * The shapes below are what Prisma 7 with @prisma/adapter-pg and pg 8 threw
 * against a real PostgreSQL 15 that was stopped (`pg_ctl stop -m fast`), that
 * never answered (a socket that accepts and stays silent), whose pool was
 * exhausted, or whose statement_timeout cancelled a statement waiting on a
 * lock (tests/http/database-outage.test.ts drives the same situations end to end).
 */

/** `DriverAdapterError` from @prisma/driver-adapter-utils: the adapter's description in `cause`. */
function driverAdapterError(cause: Record<string, unknown>): Error {
  return Object.assign(new Error(String(cause.message ?? cause.kind)), {
    name: "DriverAdapterError",
    cause,
  });
}

function prismaError(code: string, message: string, cause?: Record<string, unknown>) {
  return new PrismaClientKnownRequestError(message, {
    code,
    clientVersion: "7.10.0",
    meta: cause ? { driverAdapterError: driverAdapterError(cause) } : {},
  });
}

/** A PostgreSQL error as pg's parser builds it. */
function postgresError(code: string, message: string, severity = "FATAL"): Error {
  return Object.assign(new Error(message), { code, severity, length: 116 });
}

const postgresCause = (code: string, message: string, severity = "ERROR") => ({
  originalCode: code,
  originalMessage: message,
  kind: "postgres",
  code,
  severity,
  message,
});

describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "a model query to a stopped server (P1001)",
      prismaError("P1001", "Can't reach database server at 127.0.0.1:40907", {
        kind: "DatabaseNotReachable",
        host: "127.0.0.1",
        port: 40907,
      }),
    ],
    [
      "a raw query to a stopped server (P2010 around DatabaseNotReachable)",
      prismaError(
        "P2010",
        "Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:40907`",
        { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 40907 },
      ),
    ],
    [
      "a query cut off by a fast shutdown (57P01 admin_shutdown)",
      prismaError(
        "P2010",
        "Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`",
        postgresCause("57P01", "terminating connection due to administrator command", "FATAL"),
      ),
    ],
    [
      "a model query cut off by a fast shutdown (P2039 around 57P01)",
      prismaError(
        "P2039",
        "Database error. Code: `57P01`. Message: `terminating connection due to administrator command`",
        postgresCause("57P01", "terminating connection due to administrator command", "FATAL"),
      ),
    ],
    [
      "a statement cancelled by statement_timeout (57014)",
      prismaError(
        "P2010",
        "Raw query failed. Code: `57014`. Message: `canceling statement due to statement timeout`",
        postgresCause("57014", "canceling statement due to statement timeout"),
      ),
    ],
    [
      "a server that is starting or stopping (57P03 cannot_connect_now)",
      prismaError(
        "P2039",
        "Database error. Code: `57P03`. Message: `the database system is shutting down`",
        postgresCause("57P03", "the database system is shutting down", "FATAL"),
      ),
    ],
    [
      "too many connections (P2037)",
      prismaError("P2037", "Too many database connections opened", {
        kind: "TooManyConnections",
        cause: "sorry, too many clients already",
      }),
    ],
    [
      "a connection reset (P1017)",
      prismaError("P1017", "Server has closed the connection.", { kind: "ConnectionClosed" }),
    ],
    [
      "a silent server: pg's connection timeout, passed through by Prisma",
      Object.assign(
        new Error("Connection terminated due to connection timeout", {
          cause: new Error("Connection terminated unexpectedly"),
        }),
        { clientVersion: "7.10.0" },
      ),
    ],
    [
      "an exhausted pool: pg-pool's wait timeout",
      Object.assign(new Error("timeout exceeded when trying to connect"), {
        clientVersion: "7.10.0",
      }),
    ],
    [
      "pg's own refusal (raw sessions)",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), {
        errno: -111,
        code: "ECONNREFUSED",
        syscall: "connect",
        address: "127.0.0.1",
        port: 1,
      }),
    ],
    [
      "node's refusal of every address of a host name",
      Object.assign(new AggregateError([new Error("connect ECONNREFUSED ::1:5432")]), {
        code: "ECONNREFUSED",
      }),
    ],
    [
      "pg's error for a server going down (raw sessions)",
      postgresError("57P01", "terminating connection due to administrator command"),
    ],
  ])("recognises %s", (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(
      isDatabaseUnavailable(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error })),
    ).toBe(true);
  });

  it.each([
    ["a unique violation (P2002)", prismaError("P2002", "Unique constraint failed")],
    ["a missing record (P2025)", prismaError("P2025", "Record not found")],
    [
      "a syntax error in SQL",
      prismaError("P2010", "Raw query failed. Code: `42601`.", postgresCause("42601", "syntax")),
    ],
    ["a bug of ours", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["a unique violation from pg", postgresError("23505", "duplicate key value", "ERROR")],
    ["something that is not an error", "Connection terminated"],
  ])("leaves %s alone", (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("reportDatabaseUnavailable", () => {
  it("logs each reason once per ten seconds, with how often it happened meanwhile", () => {
    const lines: unknown[][] = [];
    const log = { warn: (...args: unknown[]) => lines.push(args) } as unknown as Logger;
    const refused = prismaError("P1001", "Can't reach database server at 127.0.0.1:1");
    const timedOut = new Error("timeout exceeded when trying to connect");
    const start = 1_000_000_000;
    for (let second = 0; second < 5; second++)
      reportDatabaseUnavailable(log, refused, start + second * 1000);
    reportDatabaseUnavailable(log, timedOut, start + 5_000);
    reportDatabaseUnavailable(log, refused, start + 10_000);
    expect(lines).toEqual([
      [
        {
          reason: "P1001: Can't reach database server at 127.0.0.1:1",
          alsoFailedSinceLastReport: 0,
        },
        "database unavailable",
      ],
      [
        { reason: "timeout exceeded when trying to connect", alsoFailedSinceLastReport: 0 },
        "database unavailable",
      ],
      [
        {
          reason: "P1001: Can't reach database server at 127.0.0.1:1",
          alsoFailedSinceLastReport: 4,
        },
        "database unavailable",
      ],
    ]);
  });
});
