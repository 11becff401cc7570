import { z } from "zod";
import { createApiKey, deleteApiKey, listApiKeys } from "@/server/domain/api-keys";
import {
  ZApiKey,
  ZApiKeyIdInput,
  ZCreateApiKeyInput,
  ZCreatedApiKey,
} from "@/server/domain/api-keys.schemas";
import { createTRPCRouter, operatorProcedure } from "../trpc";

export const apiKeysRouter = createTRPCRouter({
  list: operatorProcedure.output(z.array(ZApiKey)).query(({ ctx }) => listApiKeys(ctx.tenant)),

  create: operatorProcedure
    .input(ZCreateApiKeyInput)
    .output(ZCreatedApiKey)
    .mutation(({ ctx, input }) => createApiKey(ctx.tenant, input)),

  delete: operatorProcedure
    .input(ZApiKeyIdInput)
    .mutation(({ ctx, input }) => deleteApiKey(ctx.tenant, input.id)),
});
