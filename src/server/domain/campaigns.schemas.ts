import { z } from "zod";
import { uuid } from "@/server/validation";

export const CAMPAIGN_KINDS = ["invitation", "reminder", "unpaid_order"] as const;
export const ZCampaignKind = z.enum(CAMPAIGN_KINDS);
export type CampaignKind = z.infer<typeof ZCampaignKind>;

export const ZCampaignProjectInput = z.object({ projectId: uuid() }).strict();
export type CampaignProjectInput = z.infer<typeof ZCampaignProjectInput>;

export const ZInvitationsQueued = z.object({
  queued: z
    .int()
    .describe(
      "Invitation e-mails queued now: one per address (email, email2) of members not invited at it yet, leaving out opted-out addresses",
    ),
});
export type InvitationsQueued = z.infer<typeof ZInvitationsQueued>;

const ZKindStatistics = z.object({
  queued: z.int().describe("Waiting to go out (quiet hours, the studio's budget, retries)"),
  sent: z.int(),
  failed: z.int().describe("Every attempt failed"),
  optedOut: z.int().describe("Addresses that opted out through an e-mail of this kind"),
  galleryVisits: z
    .int()
    .describe(
      "Members who first opened their gallery within 7 days after an e-mail of this kind (their latest e-mail before the visit)",
    ),
  paidOrders: z
    .int()
    .describe(
      "Paid orders paid within 7 days after an e-mail of this kind (the member's latest e-mail before the payment)",
    ),
  revenueInCents: z.int().describe("The amounts of those orders, in the studio's currency"),
});
export type KindStatistics = z.infer<typeof ZKindStatistics>;

export const ZCampaignOverview = z.object({
  projectId: z.uuid(),
  currency: z.string(),
  timezone: z
    .string()
    .describe("The project's zone: no campaign e-mail goes out 21:00-08:00 there"),
  ordersCloseAt: z.iso.datetime().nullable(),
  reminderDaysBeforeClose: z.array(z.int()),
  invitationsPending: z
    .int()
    .describe("Invitation e-mails that `POST .../campaigns/invitations` would queue now"),
  kinds: z.object({
    invitation: ZKindStatistics,
    reminder: ZKindStatistics,
    unpaid_order: ZKindStatistics,
  }),
});
export type CampaignOverview = z.infer<typeof ZCampaignOverview>;

export const ZUnsubscribeInput = z
  .object({ token: z.string().min(1, "is required").max(2_000, "is not a valid link") })
  .strict();

export const ZUnsubscribed = z.object({
  address: z.string(),
  studioName: z.string(),
});
export type Unsubscribed = z.infer<typeof ZUnsubscribed>;
