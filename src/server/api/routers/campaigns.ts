import {
  campaignOverview,
  describeUnsubscribe,
  queueInvitations,
  unsubscribe,
} from "@/server/domain/campaigns";
import {
  ZCampaignOverview,
  ZCampaignProjectInput,
  ZInvitationsQueued,
  ZUnsubscribed,
  ZUnsubscribeInput,
} from "@/server/domain/campaigns.schemas";
import { createTRPCRouter, operatorProcedure, publicProcedure } from "../trpc";

export const campaignsRouter = createTRPCRouter({
  /** Per kind: e-mails sent, failed, opted out, and the visits and sales that followed. */
  overview: operatorProcedure
    .input(ZCampaignProjectInput)
    .output(ZCampaignOverview)
    .query(({ ctx, input }) => campaignOverview(ctx.tenant, input.projectId)),

  /** Queues the invitation to every address not invited yet; answers how many. */
  sendInvitations: operatorProcedure
    .input(ZCampaignProjectInput)
    .output(ZInvitationsQueued)
    .mutation(({ ctx, input }) => queueInvitations(ctx.tenant, input.projectId, ctx.now())),

  /** Whom an unsubscribe link is for (the confirmation page); 400 for a forged link. */
  unsubscribeTarget: publicProcedure
    .input(ZUnsubscribeInput)
    .output(ZUnsubscribed)
    .query(({ ctx, input }) => describeUnsubscribe(ctx.db, input.token)),

  /** Opts the link's address out of the studio's campaign e-mails. */
  unsubscribe: publicProcedure
    .input(ZUnsubscribeInput)
    .output(ZUnsubscribed)
    .mutation(({ ctx, input }) => unsubscribe(ctx.db, input.token, ctx.now())),
});
