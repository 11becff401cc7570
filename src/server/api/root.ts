import { createCallerFactory, createTRPCRouter } from "./trpc";
import { healthRouter } from "./routers/health";

/** One router per domain. */
export const appRouter = createTRPCRouter({
  health: healthRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
