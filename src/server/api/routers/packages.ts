import { z } from "zod";
import {
  createPackage,
  deletePackage,
  listPackages,
  updatePackage,
} from "@/server/domain/packages";
import {
  ZCreatePackageInput,
  ZPackage,
  ZPackageIdInput,
  ZUpdatePackageInput,
} from "@/server/domain/packages.schemas";
import { createTRPCRouter, operatorProcedure } from "../trpc";

export const packagesRouter = createTRPCRouter({
  list: operatorProcedure.output(z.array(ZPackage)).query(({ ctx }) => listPackages(ctx.tenant)),

  create: operatorProcedure
    .input(ZCreatePackageInput)
    .output(ZPackage)
    .mutation(({ ctx, input }) => createPackage(ctx.tenant, input)),

  update: operatorProcedure
    .input(ZUpdatePackageInput)
    .output(ZPackage)
    .mutation(({ ctx, input }) => updatePackage(ctx.tenant, input)),

  delete: operatorProcedure
    .input(ZPackageIdInput)
    .mutation(({ ctx, input }) => deletePackage(ctx.tenant, input.id, ctx.now())),
});
