import type { Metadata } from "next";
import { createTranslator } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { AccountLanguage } from "@/features/account/account-language";
import { AccountSecurity } from "@/features/account/account-security";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { api } from "@/trpc/server";

async function translator() {
  const { language, locale } = await getPageIntl();
  return createTranslator({ locale, messages: messagesOf(language), namespace: "portalAccount" });
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translator())("title") };
}

export default async function PortalAccountPage() {
  const [me, t] = await Promise.all([api.photographers.me(), translator()]);
  return (
    <div className="stack">
      <PageHeader title={t("title")} description={t("description")} />
      <AccountLanguage studioLocale={me.studio.locale} />
      <AccountSecurity />
    </div>
  );
}
