import { z } from "zod";
import {
  assignPhotographer,
  createProject,
  getProject,
  linkPackage,
  listProjects,
  unassignPhotographer,
  unlinkPackage,
  updateProject,
} from "@/server/domain/projects";
import {
  ZAssignmentInput,
  ZCreateProjectInput,
  ZPackageLinkInput,
  ZProjectDetail,
  ZProjectIdInput,
  ZProjectSummary,
  ZUpdateProjectInput,
} from "@/server/domain/projects.schemas";
import { backofficeProcedure, createTRPCRouter, operatorProcedure } from "../trpc";

export const projectsRouter = createTRPCRouter({
  list: operatorProcedure
    .output(z.array(ZProjectSummary))
    .query(({ ctx }) => listProjects(ctx.tenant)),

  create: operatorProcedure
    .input(ZCreateProjectInput)
    .output(ZProjectDetail)
    .mutation(({ ctx, input }) => createProject(ctx.tenant, input, ctx.now())),

  /** For operators any of theirs; for photographers one they are assigned to. */
  get: backofficeProcedure
    .input(ZProjectIdInput)
    .output(ZProjectDetail)
    .query(({ ctx, input }) => getProject(ctx.tenant, ctx.caller, input.id)),

  update: operatorProcedure
    .input(ZUpdateProjectInput)
    .output(ZProjectDetail)
    .mutation(({ ctx, input }) => updateProject(ctx.tenant, input, ctx.now())),

  assignPhotographer: operatorProcedure
    .input(ZAssignmentInput)
    .mutation(({ ctx, input }) => assignPhotographer(ctx.tenant, input)),

  unassignPhotographer: operatorProcedure
    .input(ZAssignmentInput)
    .mutation(({ ctx, input }) => unassignPhotographer(ctx.tenant, input)),

  linkPackage: operatorProcedure
    .input(ZPackageLinkInput)
    .mutation(({ ctx, input }) => linkPackage(ctx.tenant, input)),

  unlinkPackage: operatorProcedure
    .input(ZPackageLinkInput)
    .mutation(({ ctx, input }) => unlinkPackage(ctx.tenant, input)),
});
