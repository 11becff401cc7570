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
import { getAccountLanguage, setAccountLanguage } from "@/server/domain/account-language";
import { ZAccountLanguage } from "@/server/domain/account-language.schemas";
import { ZTokenResponse } from "@/server/domain/auth.schemas";
import { type Context, backofficeProcedure, createTRPCRouter, publicProcedure } from "../trpc";

const meta = (ctx: Context) => ({ now: ctx.now(), clientAddress: ctx.clientAddress, log: ctx.log });

/** The caller's own login (operators and photographers): password, sessions and language. */
export const accountRouter = createTRPCRouter({
  language: backofficeProcedure
    .output(ZAccountLanguage)
    .query(({ ctx }) => getAccountLanguage(ctx.db, ctx.caller)),

  setLanguage: backofficeProcedure
    .input(ZAccountLanguage)
    .output(ZAccountLanguage)
    .mutation(({ ctx, input }) => setAccountLanguage(ctx.db, ctx.caller, input)),

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
