import { ZLoginInput, ZRegisterOperatorInput, ZTokenResponse } from "@/server/domain/auth.schemas";
import { login, registerOperator } from "@/server/domain/auth";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const authRouter = createTRPCRouter({
  register: publicProcedure
    .input(ZRegisterOperatorInput)
    .output(ZTokenResponse)
    .mutation(({ ctx, input }) =>
      registerOperator(ctx.db, input, { clientAddress: ctx.clientAddress, now: ctx.now() }),
    ),

  login: publicProcedure
    .input(ZLoginInput)
    .output(ZTokenResponse)
    .mutation(({ ctx, input }) =>
      login(ctx.db, input, { clientAddress: ctx.clientAddress, now: ctx.now() }),
    ),
});
