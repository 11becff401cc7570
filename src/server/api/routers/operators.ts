import { getOperatorProfile, updateOperatorProfile } from "@/server/domain/operators";
import { ZOperatorProfile, ZUpdateOperatorProfileInput } from "@/server/domain/operators.schemas";
import { createTRPCRouter, operatorProcedure } from "../trpc";

export const operatorsRouter = createTRPCRouter({
  me: operatorProcedure.output(ZOperatorProfile).query(({ ctx }) => getOperatorProfile(ctx.tenant)),

  updateMe: operatorProcedure
    .input(ZUpdateOperatorProfileInput)
    .output(ZOperatorProfile)
    .mutation(({ ctx, input }) => updateOperatorProfile(ctx.tenant, input)),
});
