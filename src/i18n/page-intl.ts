import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/server/db";
import { currentGalleryMember } from "@/server/session/gallery-page";
import { getViewer } from "@/trpc/server";
import { acceptedLanguage, isLanguage, type Language, languageOf, pageLocale } from "./locales";

export interface PageIntl {
  /** What the page speaks: its `lang` and its messages. */
  language: Language;
  /** What it formats dates and numbers with (BCP 47). */
  locale: string;
  timeZone: string;
}

interface Studio {
  locale: string;
  timezone: string;
}

const studioSelect = { locale: true, timezone: true } as const;

function intlOf(language: Language, studio: Studio | null): PageIntl {
  return {
    language,
    locale: pageLocale(language, studio?.locale),
    timeZone: studio?.timezone ?? "UTC",
  };
}

/**
 * The language of the page being rendered (once per request): the members'
 * gallery speaks its studio's language; a studio's and a photographer's pages
 * the language their account chose, else their studio's; the admin console
 * English; every other page the visitor's browser language.
 */
export const getPageIntl = cache(async (): Promise<PageIntl> => {
  const requestHeaders = await headers();
  const path = (requestHeaders.get("x-pathname") ?? "/").split("?")[0]!;
  const visitor = acceptedLanguage(requestHeaders.get("accept-language"));
  if (path === "/admin" || path.startsWith("/admin/")) return intlOf("en", null);
  const db = getDb();

  if (path === "/gallery" || path.startsWith("/gallery/")) {
    const member = await currentGalleryMember();
    const studio = member
      ? await db.operator.findUnique({ where: { id: member.operatorId }, select: studioSelect })
      : null;
    return intlOf(studio ? languageOf(studio.locale) : visitor, studio);
  }

  const viewer = await getViewer();
  if (viewer?.role !== "operator" && viewer?.role !== "photographer") return intlOf(visitor, null);
  const account = { select: { language: true } } as const;
  const person =
    viewer.role === "operator"
      ? await db.operator.findUnique({
          where: { id: viewer.id },
          select: { ...studioSelect, account },
        })
      : await db.photographer
          .findUnique({
            where: { id: viewer.id },
            select: { account, operator: { select: studioSelect } },
          })
          .then((p) => p && { ...p.operator, account: p.account });
  if (!person) return intlOf(visitor, null);
  const chosen = person.account?.language;
  return intlOf(isLanguage(chosen) ? chosen : languageOf(person.locale), person);
});
