import {
  connectPayments,
  disconnectPayments,
  getPaymentSettings,
  setPaymentInstructions,
  testPayments,
} from "@/server/domain/payment-settings";
import {
  ZConnectPaymentsInput,
  ZPaymentSettings,
  ZSetPaymentInstructionsInput,
} from "@/server/domain/payment-settings.schemas";
import { createTRPCRouter, operatorProcedure } from "../trpc";

/** How the studio is paid: by hand, or by card through its own Stripe account. */
export const paymentsRouter = createTRPCRouter({
  get: operatorProcedure
    .output(ZPaymentSettings)
    .query(({ ctx }) => getPaymentSettings(ctx.tenant)),

  /** Connects Stripe once Stripe accepts the key (or goes back to manual). */
  connect: operatorProcedure
    .input(ZConnectPaymentsInput)
    .output(ZPaymentSettings)
    .mutation(({ ctx, input }) => connectPayments(ctx.tenant, input, ctx.log)),

  /** Asks Stripe again whether the stored key works. */
  test: operatorProcedure.output(ZPaymentSettings).mutation(({ ctx }) => testPayments(ctx.tenant)),

  /** What members paying by hand are told: bank details, reference, contact, deadline. */
  setInstructions: operatorProcedure
    .input(ZSetPaymentInstructionsInput)
    .output(ZPaymentSettings)
    .mutation(({ ctx, input }) => setPaymentInstructions(ctx.tenant, input)),

  disconnect: operatorProcedure
    .output(ZPaymentSettings)
    .mutation(({ ctx }) => disconnectPayments(ctx.tenant, ctx.log)),
});
