import { z } from "zod";
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhook,
  sendTestWebhook,
  updateWebhook,
} from "@/server/domain/webhooks";
import {
  ZCreateWebhookInput,
  ZQueuedDelivery,
  ZUpdatedWebhook,
  ZUpdateWebhookInput,
  ZWebhook,
  ZWebhookDelivery,
  ZWebhookIdInput,
  ZWebhookWithSecret,
} from "@/server/domain/webhooks.schemas";
import { createTRPCRouter, operatorProcedure } from "../trpc";

export const webhooksRouter = createTRPCRouter({
  list: operatorProcedure.output(z.array(ZWebhook)).query(({ ctx }) => listWebhooks(ctx.tenant)),

  get: operatorProcedure
    .input(ZWebhookIdInput)
    .output(ZWebhook)
    .query(({ ctx, input }) => getWebhook(ctx.tenant, input.id)),

  create: operatorProcedure
    .input(ZCreateWebhookInput)
    .output(ZWebhookWithSecret)
    .mutation(({ ctx, input }) => createWebhook(ctx.tenant, input)),

  update: operatorProcedure
    .input(ZUpdateWebhookInput)
    .output(ZUpdatedWebhook)
    .mutation(({ ctx, input }) => updateWebhook(ctx.tenant, input)),

  delete: operatorProcedure
    .input(ZWebhookIdInput)
    .mutation(({ ctx, input }) => deleteWebhook(ctx.tenant, input.id)),

  test: operatorProcedure
    .input(ZWebhookIdInput)
    .output(ZQueuedDelivery)
    .mutation(({ ctx, input }) => sendTestWebhook(ctx.tenant, input.id)),

  deliveries: operatorProcedure
    .input(ZWebhookIdInput)
    .output(z.array(ZWebhookDelivery))
    .query(({ ctx, input }) => listWebhookDeliveries(ctx.tenant, input.id)),

  redeliver: operatorProcedure
    .input(ZWebhookIdInput)
    .output(ZQueuedDelivery)
    .mutation(({ ctx, input }) => redeliverWebhook(ctx.tenant, input.id)),
});
