import { z } from "zod";
import { email, name, password, uuid } from "@/server/validation";

export const ZCreatePhotographerInput = z
  .object({ name: name(), email: email(), password: password() })
  .strict();
export type CreatePhotographerInput = z.infer<typeof ZCreatePhotographerInput>;

export const ZCreatedPhotographer = z.object({ id: z.uuid(), name: z.string(), email: z.string() });
export type CreatedPhotographer = z.infer<typeof ZCreatedPhotographer>;

export const ZPhotographer = ZCreatedPhotographer.extend({
  projectCount: z.int().describe("Projects the photographer is assigned to"),
  createdAt: z.iso.datetime(),
});
export type Photographer = z.infer<typeof ZPhotographer>;

export const ZUpdatePhotographerInput = z
  .object({ id: uuid(), name: name().optional(), email: email().optional() })
  .strict();
export type UpdatePhotographerInput = z.infer<typeof ZUpdatePhotographerInput>;

export const ZPhotographerIdInput = z.object({ id: uuid() }).strict();

export const ZPhotographerProfile = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  studio: z.object({ name: z.string(), currency: z.string(), locale: z.string() }),
});
export type PhotographerProfile = z.infer<typeof ZPhotographerProfile>;
