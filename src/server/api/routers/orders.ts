import { refundOrderThroughProvider } from "@/server/domain/card-payments";
import {
  createOrder,
  getOrder,
  listOrders,
  markOrderPaid,
  markOrderPending,
} from "@/server/domain/orders";
import {
  ZCreateOrderInput,
  ZCreateOrderResult,
  ZListOrdersInput,
  ZOrder,
  ZOrderIdInput,
  ZOrderPage,
} from "@/server/domain/orders.schemas";
import { createTRPCRouter, operatorProcedure } from "../trpc";

export const ordersRouter = createTRPCRouter({
  /** A sale reported by the studio's shop or till: paid. */
  create: operatorProcedure
    .input(ZCreateOrderInput)
    .output(ZCreateOrderResult)
    .mutation(({ ctx, input }) => createOrder(ctx.tenant, input)),

  list: operatorProcedure
    .input(ZListOrdersInput)
    .output(ZOrderPage)
    .query(({ ctx, input }) => listOrders(ctx.tenant, input)),

  get: operatorProcedure
    .input(ZOrderIdInput)
    .output(ZOrder)
    .query(({ ctx, input }) => getOrder(ctx.tenant, input.id)),

  markPaid: operatorProcedure
    .input(ZOrderIdInput)
    .output(ZOrder)
    .mutation(({ ctx, input }) => markOrderPaid(ctx.tenant, input.id)),

  /** A mistaken "paid" set by hand, taken back within a day; not a refund. */
  markPending: operatorProcedure
    .input(ZOrderIdInput)
    .output(ZOrder)
    .mutation(({ ctx, input }) => markOrderPending(ctx.tenant, input.id)),

  /** Paid by card: refunded through Stripe first. */
  refund: operatorProcedure
    .input(ZOrderIdInput)
    .output(ZOrder)
    .mutation(({ ctx, input }) => refundOrderThroughProvider(ctx.tenant, input.id)),
});
