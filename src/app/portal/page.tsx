import type { Metadata } from "next";
import { createTranslator } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/feedback";
import { PortalProjectList } from "@/features/portal/project-card";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const { language, locale } = await getPageIntl();
  const t = createTranslator({
    locale,
    messages: messagesOf(language),
    namespace: "portalProjects",
  });
  return { title: t("title") };
}

export default async function PortalPage() {
  const [me, projects, { language, locale }] = await Promise.all([
    api.photographers.me(),
    api.photographers.myProjects(),
    getPageIntl(),
  ]);
  const t = createTranslator({
    locale,
    messages: messagesOf(language),
    namespace: "portalProjects",
  });
  const now = new Date().toISOString();
  const isPast = (p: (typeof projects)[number]) => (p.endAt ?? p.startAt ?? "9999") < now;
  const upcoming = projects.filter((p) => !isPast(p));
  const past = projects.filter(isPast).reverse();
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { studio: me.studio.name })} />
      {projects.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
      ) : (
        <>
          <PortalProjectList title={t("upcoming")} projects={upcoming} locale={locale} />
          <PortalProjectList title={t("past")} projects={past} locale={locale} />
        </>
      )}
    </>
  );
}
