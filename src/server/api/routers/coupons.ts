import { z } from "zod";
import { createCoupon, deleteCoupon, listCoupons } from "@/server/domain/coupons";
import {
  ZCoupon,
  ZCouponIdInput,
  ZCouponListInput,
  ZCreateCouponInput,
} from "@/server/domain/coupons.schemas";
import { createTRPCRouter, operatorProcedure } from "../trpc";

export const couponsRouter = createTRPCRouter({
  list: operatorProcedure
    .input(ZCouponListInput)
    .output(z.array(ZCoupon))
    .query(({ ctx, input }) => listCoupons(ctx.tenant, input.projectId)),

  create: operatorProcedure
    .input(ZCreateCouponInput)
    .output(ZCoupon)
    .mutation(({ ctx, input }) => createCoupon(ctx.tenant, input)),

  delete: operatorProcedure
    .input(ZCouponIdInput)
    .mutation(({ ctx, input }) => deleteCoupon(ctx.tenant, input)),
});
