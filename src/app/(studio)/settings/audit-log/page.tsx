import type { Metadata } from "next";
import Link from "next/link";
import { createTranslator } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { AuditLog } from "@/features/audit-log/audit-log";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";

async function translator() {
  const { language, locale } = await getPageIntl();
  return createTranslator({
    locale,
    messages: messagesOf(language),
    namespace: "settingsAuditLog",
  });
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("title") };
}

export default async function AuditLogPage() {
  const t = await translator();
  return (
    <>
      <Link href="/settings" className="back-link">
        {t("back")}
      </Link>
      <PageHeader title={t("title")} description={t("pageDescription")} />
      <AuditLog />
    </>
  );
}
