import "server-only";
import type { Metadata } from "next";
import { createTranslator } from "use-intl";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";

/** The browser tab's title of a project page, in the page's language. */
export async function projectsPageMetadata(
  page: "projects" | "newProject" | "project" | "photos",
): Promise<Metadata> {
  const { language } = await getPageIntl();
  const t = createTranslator({
    locale: language,
    messages: messagesOf(language),
    namespace: "projectsPages",
  });
  return { title: t(page) };
}
