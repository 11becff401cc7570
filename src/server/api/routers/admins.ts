import { z } from "zod";
import {
  changeOwnPassword,
  requestPasswordReset,
  resetPasswordWithCode,
  validateResetCode,
} from "@/server/domain/admin-passwords";
import {
  adminSetupStatus,
  deleteAdmin,
  getAdmin,
  SETUP_TOKEN_HEADER,
  listAdmins,
  loginAdmin,
  registerAdmin,
  setupFirstAdmin,
  updateAdmin,
} from "@/server/domain/admins";
import {
  ZAdmin,
  ZAdminIdInput,
  ZAdminLoginInput,
  ZAdminSession,
  ZAdminSetupStatus,
  ZOwnerPasswordResetResult,
  ZStudioDetail,
  ZStudioIdInput,
  ZChangePasswordInput,
  ZPasswordResetRequestInput,
  ZRegisterAdminInput,
  ZSetupFirstAdminInput,
  ZStudiosInput,
  ZStudiosPage,
  ZResetPasswordInput,
  ZUpdateAdminInput,
  ZValidateOtpInput,
} from "@/server/domain/admins.schemas";
import {
  getStudio,
  listStudios,
  sendOwnerPasswordReset,
  setStudioSuspended,
} from "@/server/domain/studios";
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

  /** For the setup page: whether the first admin exists, and whether registering it needs the token. */
  setupStatus: publicProcedure
    .output(ZAdminSetupStatus)
    .query(({ ctx }) => adminSetupStatus(ctx.db)),

  /** The setup page's registration of the first admin (ADMIN_SETUP_TOKEN in the form, not a header). */
  setup: publicProcedure
    .input(ZSetupFirstAdminInput)
    .output(ZAdminSession)
    .mutation(({ ctx, input }) => setupFirstAdmin(ctx.db, input, meta(ctx))),

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

  /** One studio: its numbers, photographers and projects, and whether it is suspended. */
  studio: adminProcedure
    .input(ZStudioIdInput)
    .output(ZStudioDetail)
    .query(({ ctx, input }) => getStudio(ctx.db, input.id)),

  /** Refuses the studio's people, API keys and galleries until it is unsuspended; deletes nothing. */
  suspendStudio: adminProcedure
    .input(ZStudioIdInput)
    .output(ZStudioDetail)
    .mutation(({ ctx, input }) =>
      setStudioSuspended(ctx.db, ctx.caller, input.id, true, meta(ctx)),
    ),

  unsuspendStudio: adminProcedure
    .input(ZStudioIdInput)
    .output(ZStudioDetail)
    .mutation(({ ctx, input }) =>
      setStudioSuspended(ctx.db, ctx.caller, input.id, false, meta(ctx)),
    ),

  /** E-mails the studio's owner a password reset code (the "Forgot your password?" flow). */
  sendOwnerPasswordReset: adminProcedure
    .input(ZStudioIdInput)
    .output(ZOwnerPasswordResetResult)
    .mutation(({ ctx, input }) =>
      sendOwnerPasswordReset(ctx.db, ctx.mailer, ctx.caller, input.id, meta(ctx)),
    ),

  changePassword: adminProcedure
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => changeOwnPassword(ctx.db, ctx.caller, input, meta(ctx))),
});
