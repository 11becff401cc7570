import type { Metadata } from "next";
import { createTranslator } from "use-intl";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { PackagesPage } from "@/features/packages/packages-page";
import { api, HydrateClient } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const { language, locale } = await getPageIntl();
  const t = createTranslator({
    locale,
    messages: messagesOf(language),
    namespace: "settingsPackages",
  });
  return { title: t("title") };
}

export default function Page() {
  void api.packages.list.prefetch();
  return (
    <HydrateClient>
      <PackagesPage />
    </HydrateClient>
  );
}
