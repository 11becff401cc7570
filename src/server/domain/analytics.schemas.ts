import { z } from "zod";
import { uuid } from "@/server/validation";

const isoDate = z.iso.date("must be a date, YYYY-MM-DD");

/** `from` and `to`: whole days in the studio's time zone, both included. */
export const dateRange = {
  from: isoDate.optional().describe("First day included (YYYY-MM-DD, in the studio's time zone)"),
  to: isoDate.optional().describe("Last day included (YYYY-MM-DD, in the studio's time zone)"),
};
export type DateRange = { from?: string; to?: string };

function fromBeforeTo<T extends z.ZodType<DateRange>>(schema: T) {
  return schema.refine((range) => !range.from || !range.to || range.from <= range.to, {
    message: "must not be before from",
    path: ["to"],
  });
}

export const ZAnalyticsInput = fromBeforeTo(
  z.object({ projectId: uuid().optional(), ...dateRange }).strict(),
);
export type AnalyticsInput = z.infer<typeof ZAnalyticsInput>;

export const PROJECT_REPORT_COLUMNS = [
  "name",
  "startAt",
  "enrolled",
  "viewed",
  "tagged",
  "purchased",
  "orders",
  "revenueInCents",
  "averageOrderValueInCents",
  "revenuePerEnrolledInCents",
  "loginRate",
  "orderRate",
] as const;
export type ProjectReportColumn = (typeof PROJECT_REPORT_COLUMNS)[number];

export const ZProjectReportInput = fromBeforeTo(
  z
    .object({
      ...dateRange,
      sort: z
        .enum(PROJECT_REPORT_COLUMNS, `must be one of ${PROJECT_REPORT_COLUMNS.join(", ")}`)
        .default("revenueInCents"),
      order: z.enum(["asc", "desc"], "must be asc or desc").default("desc"),
    })
    .strict(),
);
export type ProjectReportInput = z.infer<typeof ZProjectReportInput>;

export const ZProjectReportRow = z.object({
  projectId: z.uuid(),
  name: z.string(),
  startAt: z.iso.datetime().nullable(),
  enrolled: z.int(),
  viewed: z.int().describe("Members who first opened their gallery in the range"),
  tagged: z.int(),
  purchased: z.int().describe("Distinct members with a paid order in the range"),
  orders: z.int().describe("Paid orders placed in the range"),
  revenueInCents: z.int(),
  averageOrderValueInCents: z
    .int()
    .nullable()
    .describe("revenue / orders, rounded; null without orders"),
  revenuePerEnrolledInCents: z
    .int()
    .nullable()
    .describe("revenue / enrolled, rounded; null without members"),
  loginRate: z.number().nullable().describe("viewed / enrolled, 0 to 1; null without members"),
  orderRate: z.number().nullable().describe("purchased / enrolled, 0 to 1; null without members"),
});
export type ProjectReportRow = z.infer<typeof ZProjectReportRow>;

export const ZProjectReport = z.object({
  currency: z.string(),
  items: z.array(ZProjectReportRow),
});
export type ProjectReport = z.infer<typeof ZProjectReport>;

export const INTERVALS = ["day", "week", "month"] as const;
export type Interval = (typeof INTERVALS)[number];
export const MAX_TIMESERIES_POINTS = 1000;

export const ZTimeseriesInput = fromBeforeTo(
  z
    .object({
      interval: z.enum(INTERVALS, "must be day, week or month").default("day"),
      projectId: uuid().optional(),
      ...dateRange,
    })
    .strict(),
);
export type TimeseriesInput = z.infer<typeof ZTimeseriesInput>;

export const ZTimeseries = z.object({
  interval: z.enum(INTERVALS),
  timeZone: z.string(),
  currency: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  points: z.array(
    z.object({
      start: z.iso.date().describe("First day of the interval (weeks start on Monday)"),
      orders: z.int(),
      revenueInCents: z.int(),
    }),
  ),
});
export type Timeseries = z.infer<typeof ZTimeseries>;

export const ZAnalytics = z.object({
  kpis: z.object({
    membersEnrolled: z.int().describe("Members enrolled in the scope's projects"),
    revenueInCents: z.int().describe("Sum of paid order amounts, in cents"),
    photosUploaded: z.int(),
    usersTagged: z.int().describe("Distinct members tagged in at least one photo"),
    packagesSold: z.int().describe("Number of paid orders"),
  }),
  photosByPhotographer: z.array(z.object({ id: z.uuid(), name: z.string(), photoCount: z.int() })),
  packageSales: z.array(
    z.object({ id: z.uuid(), name: z.string(), count: z.int(), revenueInCents: z.int() }),
  ),
  conversionFunnel: z.object({
    enrolled: z.int(),
    tagged: z.int(),
    purchased: z.int().describe("Distinct members with at least one paid order"),
  }),
});
export type Analytics = z.infer<typeof ZAnalytics>;
