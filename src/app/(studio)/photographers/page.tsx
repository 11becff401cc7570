import type { Metadata } from "next";
import { createTranslator } from "use-intl";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { PhotographersPage } from "@/features/photographers/photographers-page";
import { api, HydrateClient } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const { language, locale } = await getPageIntl();
  const t = createTranslator({
    locale,
    messages: messagesOf(language),
    namespace: "settingsPhotographers",
  });
  return { title: t("title") };
}

export default function Page() {
  void api.photographers.list.prefetch();
  return (
    <HydrateClient>
      <PhotographersPage />
    </HydrateClient>
  );
}
