import "server-only";
import { createHydrationHelpers } from "@trpc/react-query/rsc";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { type AppRouter, createCaller } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import type { Caller } from "@/server/auth/caller";
import { AppError } from "@/server/errors";
import { sessionSubject } from "@/server/session/cookie";
import { createQueryClient } from "./query-client";

/** The tRPC context of the page being rendered: the signed-in user's browser session. */
const createContext = cache(async () => {
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  return createRequestContext({
    headers: requestHeaders,
    audiences: [],
    sessionSubject: () => sessionSubject({ cookies: requestCookies, headers: requestHeaders }),
  });
});

const getQueryClient = cache(createQueryClient);
const caller = createCaller(createContext);

/** Server-side calls and prefetches for server components; `HydrateClient` hands them to the browser. */
export const { trpc: api, HydrateClient } = createHydrationHelpers<AppRouter>(
  caller,
  getQueryClient,
);

/**
 * Who is looking at this page, verified against the database (once per
 * request). The session of a suspended studio's operator or photographer is
 * no viewer, with `suspended` set so the page can say why.
 */
export const getViewerState = cache(
  async (): Promise<{ viewer: Caller | null; suspended: boolean }> => {
    try {
      return { viewer: await (await createContext()).getCaller(), suspended: false };
    } catch (error) {
      if (error instanceof AppError && error.code === "STUDIO_SUSPENDED")
        return { viewer: null, suspended: true };
      throw error;
    }
  },
);

export const getViewer = async (): Promise<Caller | null> => (await getViewerState()).viewer;
