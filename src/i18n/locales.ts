/**
 * The languages the pages and e-mails speak, and the locale a page formats
 * its dates and numbers with: the studio's own locale when the page speaks
 * its language (a German studio's "de-DE"), else the language's usual one.
 */
export const LANGUAGES = ["en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", de: "Deutsch" };

const USUAL_LOCALE: Record<Language, string> = { en: "en-GB", de: "de-DE" };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** "de-AT" → "de"; a locale in a language without translations → "en". */
export function languageOf(locale: string): Language {
  const primary = locale.split(/[-_]/)[0]!.toLowerCase();
  return isLanguage(primary) ? primary : "en";
}

/** The locale of a page in `language` for a studio with `studioLocale` (when known). */
export function pageLocale(language: Language, studioLocale?: string | null): string {
  return studioLocale && languageOf(studioLocale) === language
    ? studioLocale
    : USUAL_LOCALE[language];
}

/** The first language of an Accept-Language header that the pages speak; English otherwise. */
export function acceptedLanguage(header: string | null | undefined): Language {
  const ranked = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.trim(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0]!.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return "en";
}
