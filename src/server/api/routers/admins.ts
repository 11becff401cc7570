import { z } from "zod";
import {
  changeOwnPassword,
  requestPasswordReset,
  resetPasswordWithCode,
  validateResetCode,
} from "@/server/domain/admin-passwords";
import {
  deleteAdmin,
  getAdmin,
  SETUP_TOKEN_HEADER,
  listAdmins,
  loginAdmin,
  registerAdmin,
  updateAdmin,
} from "@/server/domain/admins";
import {
  ZAdmin,
  ZAdminIdInput,
  ZAdminLoginInput,
  ZAdminSession,
  ZChangePasswordInput,
  ZPasswordResetRequestInput,
  ZRegisterAdminInput,
  ZStudiosInput,
  ZStudiosPage,
  ZResetPasswordInput,
  ZUpdateAdminInput,
  ZValidateOtpInput,
} from "@/server/domain/admins.schemas";
import { listStudios } from "@/server/domain/studios";
import { type Context, adminProcedure, createTRPCRouter, publicProcedure } from "../trpc";

const meta = (ctx: Context) => ({ now: ctx.now(), clientAddress: ctx.clientAddress, log: ctx.log });

export const adminsRouter = createTRPCRouter({
  /** Open while no admin exists (with ADMIN_SETUP_TOKEN when set); afterwards it needs an admin's token. */
  register: publicProcedure
    .input(ZRegisterAdminInput)
    .output(ZAdminSession)
    .mutation(async ({ ctx, input }) =>
      registerAdmin(ctx.db, await ctx.getCaller(), input, {
        ...meta(ctx),
        setupToken: ctx.headers.get(SETUP_TOKEN_HEADER),
      }),
    ),

  login: publicProcedure
    .input(ZAdminLoginInput)
    .output(ZAdminSession)
    .mutation(({ ctx, input }) => loginAdmin(ctx.db, input, meta(ctx))),

  list: adminProcedure.output(z.array(ZAdmin)).query(({ ctx }) => listAdmins(ctx.db)),

  get: adminProcedure
    .input(ZAdminIdInput)
    .output(ZAdmin)
    .query(({ ctx, input }) => getAdmin(ctx.db, input.id)),

  update: adminProcedure
    .input(ZUpdateAdminInput)
    .output(ZAdmin)
    .mutation(({ ctx, input }) => updateAdmin(ctx.db, ctx.caller, input, meta(ctx))),

  delete: adminProcedure
    .input(ZAdminIdInput)
    .mutation(({ ctx, input }) => deleteAdmin(ctx.db, ctx.caller, input.id, meta(ctx))),

  requestPasswordReset: publicProcedure
    .input(ZPasswordResetRequestInput)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx.db, ctx.mailer, input.email, meta(ctx))),

  validateResetCode: publicProcedure
    .input(ZValidateOtpInput)
    .mutation(({ ctx, input }) => validateResetCode(ctx.db, input, meta(ctx))),

  resetPassword: publicProcedure
    .input(ZResetPasswordInput)
    .mutation(({ ctx, input }) => resetPasswordWithCode(ctx.db, input, meta(ctx))),

  /** The platform overview: every studio with its projects, photographers and revenue. */
  studios: adminProcedure
    .input(ZStudiosInput)
    .output(ZStudiosPage)
    .query(({ ctx, input }) => listStudios(ctx.db, input)),

  changePassword: adminProcedure
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => changeOwnPassword(ctx.db, ctx.caller, input, meta(ctx))),
});
