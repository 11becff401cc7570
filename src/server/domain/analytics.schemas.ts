import { z } from "zod";
import { uuid } from "@/server/validation";

export const ZAnalyticsInput = z.object({ projectId: uuid().optional() }).strict();
export type AnalyticsInput = z.infer<typeof ZAnalyticsInput>;

export const ZAnalytics = z.object({
  kpis: z.object({
    membersEnrolled: z.int().describe("Members enrolled in the scope's projects"),
    revenueInCents: z.int().describe("Sum of order amounts, in cents"),
    photosUploaded: z.int(),
    usersTagged: z.int().describe("Distinct members tagged in at least one photo"),
    packagesSold: z.int().describe("Number of orders"),
  }),
  photosByPhotographer: z.array(z.object({ id: z.uuid(), name: z.string(), photoCount: z.int() })),
  packageSales: z.array(
    z.object({ id: z.uuid(), name: z.string(), count: z.int(), revenueInCents: z.int() }),
  ),
  conversionFunnel: z.object({
    enrolled: z.int(),
    tagged: z.int(),
    purchased: z.int().describe("Distinct members with at least one order"),
  }),
});
export type Analytics = z.infer<typeof ZAnalytics>;
