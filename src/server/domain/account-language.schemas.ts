import { z } from "zod";
import { LANGUAGES } from "@/i18n/locales";

export const ZAccountLanguage = z
  .object({
    language: z
      .enum(LANGUAGES)
      .nullable()
      .describe("The language of this person's pages; null: their studio's locale's language"),
  })
  .strict();
export type AccountLanguage = z.infer<typeof ZAccountLanguage>;
