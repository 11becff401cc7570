import { z } from "zod";
import {
  accountStatus,
  changeAccountPassword,
  logoutEverywhere,
  requestAccountPasswordReset,
  resetAccountPassword,
} from "@/server/domain/account-passwords";
import {
  ZAccountResetConfirmInput,
  ZAccountResetRequested,
  ZAccountResetRequestInput,
  ZAccountStatus,
  ZChangeAccountPasswordInput,
} from "@/server/domain/account-passwords.schemas";
import { ZTokenResponse } from "@/server/domain/auth.schemas";
import { type Context, backofficeProcedure, createTRPCRouter, publicProcedure } from "../trpc";

const meta = (ctx: Context) => ({ now: ctx.now(), clientAddress: ctx.clientAddress, log: ctx.log });

/** The caller's own login (operators and photographers): password and sessions. */
export const accountRouter = createTRPCRouter({
  status: backofficeProcedure
    .output(ZAccountStatus)
    .query(({ ctx }) => accountStatus(ctx.db, ctx.caller)),

  changePassword: backofficeProcedure
    .input(ZChangeAccountPasswordInput)
    .output(ZTokenResponse)
    .mutation(({ ctx, input }) => changeAccountPassword(ctx.db, ctx.caller, input, meta(ctx))),

  logoutEverywhere: backofficeProcedure
    .output(z.void())
    .mutation(({ ctx }) => logoutEverywhere(ctx.db, ctx.caller, meta(ctx))),

  requestPasswordReset: publicProcedure
    .input(ZAccountResetRequestInput)
    .output(ZAccountResetRequested)
    .mutation(({ ctx, input }) =>
      requestAccountPasswordReset(ctx.db, ctx.mailer, input.email, meta(ctx)),
    ),

  resetPassword: publicProcedure
    .input(ZAccountResetConfirmInput)
    .output(z.void())
    .mutation(({ ctx, input }) => resetAccountPassword(ctx.db, input, meta(ctx))),
});
