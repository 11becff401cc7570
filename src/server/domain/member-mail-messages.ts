import { createTranslator } from "use-intl";
import { languageOf, pageLocale } from "@/i18n/locales";
import { messagesOf } from "@/i18n/messages";

/**
 * The words of the e-mails a studio's members get (invitations, reminders,
 * order confirmations) in the studio's language, and the locale their dates
 * and amounts are written in: the studio's own (a German studio's "de-DE"),
 * or the usual one of the language when the studio's is not translated.
 */
export function memberMailMessages(studioLocale: string) {
  const language = languageOf(studioLocale);
  const locale = pageLocale(language, studioLocale);
  return {
    locale,
    t: createTranslator({ locale, messages: messagesOf(language), namespace: "galleryMail" }),
  };
}
