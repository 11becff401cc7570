import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/feedback";
import { PortalProjectList } from "@/features/portal/project-card";
import { getPageIntl } from "@/i18n/page-intl";
import { api } from "@/trpc/server";

export const metadata: Metadata = { title: "My projects" };

export default async function PortalPage() {
  const [me, projects, { locale }] = await Promise.all([
    api.photographers.me(),
    api.photographers.myProjects(),
    getPageIntl(),
  ]);
  const now = new Date().toISOString();
  const isPast = (p: (typeof projects)[number]) => (p.endAt ?? p.startAt ?? "9999") < now;
  const upcoming = projects.filter((p) => !isPast(p));
  const past = projects.filter(isPast).reverse();
  return (
    <>
      <PageHeader
        title="My projects"
        description={`Shoots ${me.studio.name} has assigned to you, soonest first.`}
      />
      {projects.length === 0 ? (
        <EmptyState title="No projects yet">
          Your studio has not assigned you to a project yet.
        </EmptyState>
      ) : (
        <>
          <PortalProjectList title="Upcoming" projects={upcoming} locale={locale} />
          <PortalProjectList title="Past" projects={past} locale={locale} />
        </>
      )}
    </>
  );
}
