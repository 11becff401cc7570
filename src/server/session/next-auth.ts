import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/env";
import { clientAddressFrom } from "@/server/api/trpc";
import { getDb } from "@/server/db";
import { authenticateAdmin } from "@/server/domain/admins";
import { authenticateBackoffice } from "@/server/domain/auth";
import { type LoginInput, ZLoginInput } from "@/server/domain/auth.schemas";
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "@/server/db/unavailable";
import { AppError, databaseUnavailable } from "@/server/errors";
import { getLogger } from "@/server/logger";
import type { Role } from "@/server/auth/tokens";
import { SESSION_MAX_AGE_SECONDS, usesSecureCookies, withinAbsoluteLifetime } from "./cookie";

declare module "next-auth" {
  interface User {
    role: Role;
    tv: number;
  }
  interface Session {
    user: { id: string; role: Role; name?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    tv?: number;
    /** When the user signed in, in seconds since the epoch. */
    signedInAt?: number;
  }
}

class SessionExpired extends Error {
  constructor() {
    super("The session reached its absolute lifetime");
    this.name = "SessionExpired";
  }
}

type RequestHeaders = Record<string, string | string[] | undefined> | undefined;

function requestMeta(headers: RequestHeaders) {
  const forwarded = headers?.["x-forwarded-for"];
  const clientAddress = clientAddressFrom(
    new Headers(forwarded ? { "x-forwarded-for": String(forwarded) } : {}),
  );
  return { clientAddress, now: new Date(), log: getLogger() };
}

type Authenticate = (input: LoginInput, meta: ReturnType<typeof requestMeta>) => Promise<User>;

/** What a sign-in request learns about itself while next-auth handles it. */
export interface SignInObserver {
  /** The database could not answer: the route answers 503 with Retry-After. */
  onUnavailable(error: AppError): void;
}

/**
 * An e-mail and password sign-in. next-auth shows the message of an Error
 * thrown by `authorize`, so the app's own messages (401, 429, 503) reach the form.
 */
function credentialsSignIn(
  id: string,
  name: string,
  authenticate: Authenticate,
  observer?: SignInObserver,
) {
  return CredentialsProvider({
    id,
    name,
    credentials: { email: { type: "email" }, password: { type: "password" } },
    async authorize(credentials, request) {
      const input = ZLoginInput.safeParse({
        email: credentials?.email,
        password: credentials?.password,
      });
      if (!input.success) throw new Error("Enter your e-mail address and password");
      try {
        return await authenticate(input.data, requestMeta(request?.headers));
      } catch (error) {
        if (error instanceof AppError) throw new Error(error.message);
        if (!isDatabaseUnavailable(error)) throw new Error("Sign-in failed; try again");
        reportDatabaseUnavailable(getLogger(), error);
        const unavailable = databaseUnavailable(error);
        observer?.onUnavailable(unavailable);
        throw new Error(unavailable.message);
      }
    },
  });
}

/**
 * Browser sign-in for the pages, with the very checks of the APIs: the
 * `backoffice` provider runs `POST /v1/auth/login`'s function, the `admin`
 * provider `POST /api/admins/login`'s. Built on demand because it reads the
 * configuration, which `next build` must not.
 */
export function getAuthOptions(observer?: SignInObserver): NextAuthOptions {
  return {
    secret: getEnv().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      credentialsSignIn(
        "backoffice",
        "Studio account",
        async (input, meta) => {
          const identity = await authenticateBackoffice(getDb(), input, meta);
          return { id: identity.id, role: identity.role, tv: identity.tokenVersion };
        },
        observer,
      ),
      credentialsSignIn(
        "admin",
        "Admin account",
        async (input, meta) => {
          const admin = await authenticateAdmin(getDb(), input, meta);
          return { id: admin.id, name: admin.fullName, role: "admin", tv: admin.tokenVersion };
        },
        observer,
      ),
    ],
    useSecureCookies: usesSecureCookies(),
    logger: {
      error(code, metadata) {
        if (metadata instanceof SessionExpired) return;
        const error = metadata instanceof Error ? metadata : metadata?.error;
        getLogger().warn({ code, reason: error?.message }, "browser session error");
      },
      warn: (code) => getLogger().warn({ code }, "browser session warning"),
      debug: () => undefined,
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = user.role;
          token.tv = user.tv;
          token.signedInAt = Math.floor(Date.now() / 1000);
        }
        // next-auth clears the cookie of a session whose callback throws.
        if (!token.signedInAt || !withinAbsoluteLifetime(token.signedInAt))
          throw new SessionExpired();
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.sub!, role: token.role!, name: token.name };
        return session;
      },
    },
  };
}
