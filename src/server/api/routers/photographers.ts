import { z } from "zod";
import {
  createPhotographer,
  deletePhotographer,
  getPhotographerProfile,
  listPhotographers,
  updatePhotographer,
} from "@/server/domain/photographers";
import {
  ZCreatedPhotographer,
  ZCreatePhotographerInput,
  ZPhotographer,
  ZPhotographerIdInput,
  ZPhotographerProfile,
  ZUpdatePhotographerInput,
} from "@/server/domain/photographers.schemas";
import { getProject, listAssignedProjects } from "@/server/domain/projects";
import { ZProjectDetail, ZProjectIdInput, ZProjectSummary } from "@/server/domain/projects.schemas";
import { createTRPCRouter, operatorProcedure, photographerProcedure } from "../trpc";

export const photographersRouter = createTRPCRouter({
  list: operatorProcedure
    .output(z.array(ZPhotographer))
    .query(({ ctx }) => listPhotographers(ctx.tenant)),

  create: operatorProcedure
    .input(ZCreatePhotographerInput)
    .output(ZCreatedPhotographer)
    .mutation(({ ctx, input }) =>
      createPhotographer(ctx.tenant, input, { clientAddress: ctx.clientAddress, now: ctx.now() }),
    ),

  update: operatorProcedure
    .input(ZUpdatePhotographerInput)
    .output(ZPhotographer)
    .mutation(({ ctx, input }) => updatePhotographer(ctx.tenant, input, ctx.now())),

  delete: operatorProcedure
    .input(ZPhotographerIdInput)
    .mutation(({ ctx, input }) => deletePhotographer(ctx.tenant, input.id, ctx.now())),

  /** The signed-in photographer and their studio. */
  me: photographerProcedure
    .output(ZPhotographerProfile)
    .query(({ ctx }) => getPhotographerProfile(ctx.tenant, ctx.caller.id)),

  /** The signed-in photographer's own projects. */
  myProjects: photographerProcedure
    .output(z.array(ZProjectSummary))
    .query(({ ctx }) => listAssignedProjects(ctx.tenant, ctx.caller.id)),

  myProject: photographerProcedure
    .input(ZProjectIdInput)
    .output(ZProjectDetail)
    .query(({ ctx, input }) => getProject(ctx.tenant, ctx.caller, input.id)),
});
