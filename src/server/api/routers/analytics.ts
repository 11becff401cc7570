import { getAnalytics } from "@/server/domain/analytics";
import { ZAnalytics, ZAnalyticsInput } from "@/server/domain/analytics.schemas";
import { createTRPCRouter, operatorProcedure } from "../trpc";

export const analyticsRouter = createTRPCRouter({
  get: operatorProcedure
    .input(ZAnalyticsInput)
    .output(ZAnalytics)
    .query(({ ctx, input }) => getAnalytics(ctx.tenant, input)),
});
