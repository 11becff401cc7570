import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { MAX_BATCH_SIZE } from "@/trpc/shared";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () =>
      createRequestContext({ headers: req.headers, audiences: ["backoffice", "admin"] }),
  });
}

export { handler as GET, handler as POST };
