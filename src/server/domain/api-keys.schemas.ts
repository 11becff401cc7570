import { z } from "zod";
import { API_KEY_SCOPES } from "@/lib/api-key-scopes";
import { name, uuid } from "@/server/validation";

export { API_KEY_SCOPES, type ApiKeyScope } from "@/lib/api-key-scopes";

export const MAX_API_KEYS_PER_STUDIO = 50;

export const ZApiKey = z.object({
  id: z.uuid(),
  name: z.string(),
  scopes: z.array(z.enum(API_KEY_SCOPES)),
  prefix: z.string().describe("The key's first characters, to tell keys apart"),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable().describe("Within a minute"),
});
export type ApiKey = z.infer<typeof ZApiKey>;

export const ZCreatedApiKey = ZApiKey.omit({ lastUsedAt: true }).extend({
  key: z.string().describe("The key itself, shown only in this answer"),
});
export type CreatedApiKey = z.infer<typeof ZCreatedApiKey>;

export const ZCreateApiKeyInput = z
  .object({
    name: name(),
    scopes: z
      .array(z.enum(API_KEY_SCOPES, `must be one of ${API_KEY_SCOPES.join(", ")}`))
      .min(1, "must name at least one scope")
      .max(API_KEY_SCOPES.length)
      .refine((scopes) => new Set(scopes).size === scopes.length, "must not repeat a scope"),
  })
  .strict();
export type CreateApiKeyInput = z.infer<typeof ZCreateApiKeyInput>;

export const ZApiKeyIdInput = z.object({ id: uuid() }).strict();
