import { randomUUID } from "node:crypto";
import { initTRPC } from "@trpc/server";
import type { PrismaClient } from "@/generated/prisma/client";
import { authenticateToken, resolveCaller, type Caller } from "@/server/auth/caller";
import { type Audience, type TokenSubject, bearerToken } from "@/server/auth/tokens";
import { getDb } from "@/server/db";
import { authenticateApiKey, isApiKey } from "@/server/domain/api-keys";
import type { ApiKeyScope } from "@/server/domain/api-keys.schemas";
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "@/server/db/unavailable";
import { tenantOf } from "@/server/db/tenant";
import { AppError, toAppError, toTRPCError } from "@/server/errors";
import { type Logger, requestLogger } from "@/server/logger";
import { getMailer, type Mailer } from "@/server/mail";
import { rateLimitAddress } from "@/server/rate-limit";

/**
 * Everything tRPC-wide: the context, the error formatter, and the procedures
 * built from small middlewares (authentication, then the role).
 */

export interface Context {
  db: PrismaClient;
  requestId: string;
  log: Logger;
  /** The client's address, for rate limits: an IPv6 address is its /64 (`clientAddressFrom`). */
  clientAddress: string;
  /** The request's headers (empty outside HTTP). */
  headers: Headers;
  /** Headers for the response, such as a Set-Cookie (ignored outside HTTP). */
  responseHeaders: Headers;
  now: () => Date;
  mailer: Mailer;
  /** The verified caller, resolved on first use so public procedures never pay for it. */
  getCaller: () => Promise<Caller | null>;
}

export interface InnerContextOptions {
  db: PrismaClient;
  requestId?: string;
  clientAddress?: string;
  headers?: Headers;
  responseHeaders?: Headers;
  now?: () => Date;
  mailer?: Mailer;
  getCaller?: () => Promise<Caller | null>;
}

/** A context without HTTP: for tests, scripts and server-side callers. */
export function createInnerContext(options: InnerContextOptions): Context {
  const requestId = options.requestId ?? randomUUID();
  let caller: Promise<Caller | null> | undefined;
  return {
    db: options.db,
    requestId,
    log: requestLogger(requestId),
    clientAddress: options.clientAddress ?? "local",
    headers: options.headers ?? new Headers(),
    responseHeaders: options.responseHeaders ?? new Headers(),
    now: options.now ?? (() => new Date()),
    mailer: options.mailer ?? getMailer(),
    getCaller: () => (caller ??= options.getCaller?.() ?? Promise.resolve(null)),
  };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * The client's address as rate limits count it: the right-most X-Forwarded-For
 * entry, an IPv6 address cut to its /64 (`rateLimitAddress`). Our server
 * (scripts/serve.ts) sets that header from the socket, or with TRUST_PROXY
 * leaves it to the reverse proxy, which appends the address it saw; either way
 * a client cannot choose it.
 */
export function clientAddressFrom(headers: Headers): string {
  return rateLimitAddress(headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown");
}

export interface RequestContextOptions {
  headers: Headers;
  /** Where the entry point collects headers for its response. */
  responseHeaders?: Headers;
  /** The token audiences this entry point accepts; none means bearer tokens are ignored. */
  audiences: readonly Audience[];
  /** The browser session's subject, where the entry point honours sessions. */
  sessionSubject?: () => Promise<TokenSubject | null>;
  requestId?: string;
  /**
   * Whether an API key may call: the scope the route needs, null for a route
   * closed to keys (403); left out, keys are not accepted (401).
   */
  apiKeyScope?: ApiKeyScope | null;
}

/** The context of an HTTP request: bearer token first, then the browser session. */
export function createRequestContext(options: RequestContextOptions): Context {
  const db = getDb();
  const token = bearerToken(options.headers.get("authorization"));
  return createInnerContext({
    db,
    requestId: options.requestId ?? requestIdFrom(options.headers),
    clientAddress: clientAddressFrom(options.headers),
    headers: options.headers,
    responseHeaders: options.responseHeaders,
    async getCaller() {
      if (token && isApiKey(token)) {
        if (options.apiKeyScope === undefined) return null;
        return authenticateApiKey(db, token, options.apiKeyScope, new Date());
      }
      if (token && options.audiences.length > 0)
        return authenticateToken(db, token, options.audiences);
      const subject = await options.sessionSubject?.();
      return subject ? resolveCaller(db, subject) : null;
    },
  });
}

const t = initTRPC.context<Context>().create({
  isDev: process.env.NODE_ENV === "development",
  errorFormatter({ shape, error }) {
    const appError = error.cause instanceof AppError ? error.cause : undefined;
    return {
      ...shape,
      data: {
        ...shape.data,
        fieldErrors: appError?.fieldErrors ?? null,
        details: appError?.details ?? null,
        retryAfterSeconds: appError?.retryAfterSeconds ?? null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Translates whatever a procedure throws into the app's error vocabulary. */
const withAppErrors = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const appError = toAppError(result.error);
  if (appError.code === "INTERNAL") {
    ctx.log.error({ err: result.error.cause ?? result.error, path }, "unexpected error");
  } else if (isDatabaseUnavailable(appError.cause)) {
    reportDatabaseUnavailable(ctx.log, result.error.cause ?? result.error);
  }
  throw toTRPCError(appError);
});

const isAuthed = t.middleware(async ({ ctx, next }) => {
  const caller = await ctx.getCaller();
  if (!caller) throw new AppError("UNAUTHORIZED", "A valid bearer token is required");
  return next({ ctx: { caller } });
});

function requireRole<const R extends Caller["role"]>(
  caller: Caller,
  ...roles: R[]
): Extract<Caller, { role: R }> {
  if (!(roles as Caller["role"][]).includes(caller.role)) {
    throw new AppError("FORBIDDEN", `This action is for the ${roles.join(" or ")} role`);
  }
  return caller as Extract<Caller, { role: R }>;
}

export const publicProcedure = t.procedure.use(withAppErrors);

export const authedProcedure = publicProcedure.use(isAuthed);

/** An operator, with `tenant`: the database scoped to their own studio. */
export const operatorProcedure = authedProcedure.use(({ ctx, next }) => {
  const caller = requireRole(ctx.caller, "operator");
  return next({ ctx: { caller, tenant: tenantOf(ctx.db, caller.operatorId) } });
});

/** A photographer, with `tenant` scoped to the operator they work for. */
export const photographerProcedure = authedProcedure.use(({ ctx, next }) => {
  const caller = requireRole(ctx.caller, "photographer");
  return next({ ctx: { caller, tenant: tenantOf(ctx.db, caller.operatorId) } });
});

/** Operators and photographers alike; the handler decides what each may see. */
export const backofficeProcedure = authedProcedure.use(({ ctx, next }) => {
  const caller = requireRole(ctx.caller, "operator", "photographer");
  return next({ ctx: { caller, tenant: tenantOf(ctx.db, caller.operatorId) } });
});

export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  return next({ ctx: { caller: requireRole(ctx.caller, "admin") } });
});
