import {
  createMember,
  deleteMember,
  getMember,
  listMemberGroups,
  listMembers,
  memberCardsPdf,
  regenerateAccessCode,
  updateMember,
} from "@/server/domain/members";
import { importMembers } from "@/server/domain/member-import";
import { eraseMember, exportMember } from "@/server/domain/privacy";
import { ZErasureReport, ZMemberExport } from "@/server/domain/privacy.schemas";
import {
  ZCreateMemberInput,
  ZImportMembersInput,
  ZImportReport,
  ZListMembersInput,
  ZMember,
  ZMemberCardsInput,
  ZMemberGroups,
  ZMemberIdInput,
  ZMemberPage,
  ZPdf,
  ZProjectMembersInput,
  ZUpdateMemberInput,
} from "@/server/domain/members.schemas";
import { galleryUrl } from "@/server/http/app-origin";
import { backofficeProcedure, createTRPCRouter, operatorProcedure } from "../trpc";

export const membersRouter = createTRPCRouter({
  /** Operators; photographers assigned to the project read names and groups. */
  list: backofficeProcedure
    .input(ZListMembersInput)
    .output(ZMemberPage)
    .query(({ ctx, input }) => listMembers(ctx.tenant, ctx.caller, input)),

  groups: backofficeProcedure
    .input(ZProjectMembersInput)
    .output(ZMemberGroups)
    .query(({ ctx, input }) => listMemberGroups(ctx.tenant, ctx.caller, input.projectId)),

  get: backofficeProcedure
    .input(ZMemberIdInput)
    .output(ZMember)
    .query(({ ctx, input }) => getMember(ctx.tenant, ctx.caller, input.id)),

  create: operatorProcedure
    .input(ZCreateMemberInput)
    .output(ZMember)
    .mutation(({ ctx, input }) => createMember(ctx.tenant, ctx.caller, input)),

  update: operatorProcedure
    .input(ZUpdateMemberInput)
    .output(ZMember)
    .mutation(({ ctx, input }) => updateMember(ctx.tenant, ctx.caller, input)),

  delete: operatorProcedure
    .input(ZMemberIdInput)
    .mutation(({ ctx, input }) => deleteMember(ctx.tenant, ctx.caller, input.id)),

  regenerateAccessCode: operatorProcedure
    .input(ZMemberIdInput)
    .output(ZMember)
    .mutation(({ ctx, input }) => regenerateAccessCode(ctx.tenant, ctx.caller, input.id)),

  import: operatorProcedure
    .input(ZImportMembersInput)
    .output(ZImportReport)
    .mutation(({ ctx, input }) => importMembers(ctx.tenant, ctx.caller, input)),

  /** PDF bytes: served by the REST route and the pages' download route, not over tRPC's JSON. */
  cards: operatorProcedure
    .input(ZMemberCardsInput)
    .output(ZPdf)
    .query(({ ctx, input }) =>
      memberCardsPdf(ctx.tenant, ctx.caller, input, galleryUrl(ctx.headers)),
    ),

  /**
   * Everything held about one member as a zip: served by the REST route and
   * the pages' download route, not over tRPC's JSON.
   */
  export: operatorProcedure
    .input(ZMemberIdInput)
    .output(ZMemberExport)
    .query(({ ctx, input }) => exportMember(ctx.tenant, ctx.caller, input.id, ctx.now())),

  /** Irreversible: the member, their solo photos and their tags; their orders stay without them. */
  erase: operatorProcedure
    .input(ZMemberIdInput)
    .output(ZErasureReport)
    .mutation(({ ctx, input }) => eraseMember(ctx.tenant, ctx.caller, input.id)),
});
