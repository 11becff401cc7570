import { getAnalytics } from "@/server/domain/analytics";
import { analyticsCsv, projectReportCsv, timeseriesCsv } from "@/server/domain/analytics-csv";
import { studioSettings } from "@/server/domain/analytics-range";
import { projectReport, timeseries } from "@/server/domain/analytics-reports";
import {
  ZAnalytics,
  ZAnalyticsInput,
  ZProjectReport,
  ZProjectReportInput,
  ZTimeseries,
  ZTimeseriesInput,
} from "@/server/domain/analytics.schemas";
import { z } from "zod";
import { createTRPCRouter, operatorProcedure } from "../trpc";

const ZCsv = z.string().describe("CSV text, UTF-8, one header line");

export const analyticsRouter = createTRPCRouter({
  get: operatorProcedure
    .input(ZAnalyticsInput)
    .output(ZAnalytics)
    .query(({ ctx, input }) => getAnalytics(ctx.tenant, input)),

  /** The job statistics of every project, sortable by any column. */
  projects: operatorProcedure
    .input(ZProjectReportInput)
    .output(ZProjectReport)
    .query(({ ctx, input }) => projectReport(ctx.tenant, input)),

  timeseries: operatorProcedure
    .input(ZTimeseriesInput)
    .output(ZTimeseries)
    .query(({ ctx, input }) => timeseries(ctx.tenant, input)),

  getCsv: operatorProcedure
    .input(ZAnalyticsInput)
    .output(ZCsv)
    .query(async ({ ctx, input }) => {
      const [analytics, { currency }] = await Promise.all([
        getAnalytics(ctx.tenant, input),
        studioSettings(ctx.tenant),
      ]);
      return analyticsCsv(analytics, currency);
    }),

  projectsCsv: operatorProcedure
    .input(ZProjectReportInput)
    .output(ZCsv)
    .query(async ({ ctx, input }) => projectReportCsv(await projectReport(ctx.tenant, input))),

  timeseriesCsv: operatorProcedure
    .input(ZTimeseriesInput)
    .output(ZCsv)
    .query(async ({ ctx, input }) => timeseriesCsv(await timeseries(ctx.tenant, input))),
});
