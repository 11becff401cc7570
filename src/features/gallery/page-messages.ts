import "server-only";
import { createTranslator } from "use-intl";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";

/** The gallery pages' own words (titles, the entry page, the footer) in the page's language. */
export async function galleryPageMessages() {
  const { language, locale } = await getPageIntl();
  return createTranslator({ locale, messages: messagesOf(language), namespace: "galleryPages" });
}
