import type { Metadata } from "next";
import { headers } from "next/headers";
import { createTranslator } from "use-intl";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/feedback";
import { PortalMembers } from "@/features/members/portal-members";
import { PortalPhotos } from "@/features/portal/portal-photos";
import { ProjectFacts } from "@/features/projects/project-facts";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { formatMoney, formatSchedule } from "@/lib/format";
import { galleryUrl } from "@/server/http/app-origin";
import { notFoundOnMissing } from "@/server/session/not-found";
import { api } from "@/trpc/server";

async function translator() {
  const { language, locale } = await getPageIntl();
  return createTranslator({ locale, messages: messagesOf(language), namespace: "portalProject" });
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translator())("title") };
}

/**
 * A project the photographer is assigned to. What they need on the shoot comes
 * first (on a phone, without scrolling past the details): the upload area, the
 * members with who is still missing, and their photos; then where, when, the
 * link, the terms and the packages.
 */
export default async function PortalProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [me, project, { locale }, t] = await Promise.all([
    api.photographers.me(),
    api.photographers.myProject({ id }).catch(notFoundOnMissing),
    getPageIntl(),
    translator(),
  ]);
  return (
    <>
      <Link href="/portal" className="back-link">
        {t("back")}
      </Link>
      <PageHeader
        title={project.name}
        description={formatSchedule(project.startAt, project.endAt, project.timezone, locale)}
      />
      <PortalPhotos projectId={project.id} between={<PortalMembers projectId={project.id} />} />
      <div className="two-columns" style={{ marginTop: "1.25rem" }}>
        <section className="card" aria-labelledby="details-title">
          <h2 id="details-title" style={{ marginBottom: "1rem" }}>
            {t("details")}
          </h2>
          <ProjectFacts
            project={project}
            galleryUrl={galleryUrl(await headers())}
            schedule={formatSchedule(project.startAt, project.endAt, project.timezone, locale)}
          />
        </section>
        <section className="card" aria-labelledby="packages-title">
          <h2 id="packages-title" style={{ marginBottom: "1rem" }}>
            {t("packages")}
          </h2>
          {project.packages.length === 0 ? (
            <EmptyState title={t("noPackages")} />
          ) : (
            <ul className="list">
              {project.packages.map((pkg) => (
                <li key={pkg.id} className="list-item">
                  <strong>{pkg.name}</strong>
                  <span className="muted">
                    {formatMoney(pkg.price, { currency: me.studio.currency, locale })} ·{" "}
                    {t("packagePhotos", { count: pkg.photoCount })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
