"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { useToast } from "@/components/ui/toast";
import { CampaignsBlock } from "@/features/campaigns/campaigns-block";
import { MembersSection } from "@/features/members/members-section";
import { OrdersSection } from "@/features/orders/orders-section";
import { ProjectNumbers } from "@/features/orders/project-numbers";
import { PhotosSummary } from "@/features/photos/photos-summary";
import { RetentionCard } from "@/features/privacy/retention-card";
import { SalesSection } from "@/features/sales/sales-section";
import { useStudio } from "@/features/studio/use-studio";
import type { Choice } from "@/lib/choices";
import { formatSchedule } from "@/lib/format";
import { Formatted } from "@/components/ui/formatted";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { AttachedCard } from "./attached-card";
import { ProjectFacts } from "./project-facts";
import { ProjectForm } from "./project-form";

type Project = RouterOutputs["projects"]["get"];

/** Everything an assignment or a link changes, and nothing else. */
function useProjectInvalidation(projectId: string) {
  const utils = api.useUtils();
  return {
    afterAssignment: () =>
      Promise.all([
        utils.projects.get.invalidate({ id: projectId }),
        utils.projects.list.invalidate(),
        utils.photographers.list.invalidate(),
        utils.analytics.get.invalidate(),
      ]),
    afterLink: () =>
      Promise.all([
        utils.projects.get.invalidate({ id: projectId }),
        utils.projects.list.invalidate(),
        utils.analytics.get.invalidate(),
      ]),
  };
}

function PhotographersCard({ project }: { project: Project }) {
  const t = useTranslations("projectsDetail");
  const toast = useToast();
  const { afterAssignment } = useProjectInvalidation(project.id);
  const photographers = api.photographers.list.useQuery();
  const assign = api.projects.assignPhotographer.useMutation({ onSuccess: afterAssignment });
  const unassign = api.projects.unassignPhotographer.useMutation({ onSuccess: afterAssignment });
  const assigned = new Set(project.photographers.map((p) => p.id));
  const error = assign.error ?? unassign.error;
  return (
    <AttachedCard
      title={t("photographersTitle")}
      description={t("photographersDescription")}
      listLabel={t("photographersList")}
      emptyTitle={t("photographersEmpty")}
      items={project.photographers.map((p) => ({ id: p.id, name: p.name, detail: p.email }))}
      removeLabel={t("remove")}
      onRemove={(item) =>
        unassign.mutate(
          { projectId: project.id, photographerId: item.id },
          { onSuccess: () => toast(t("removed", { name: item.name })) },
        )
      }
      pickerLabel={t("choosePhotographer")}
      pickerAction={t("assign")}
      options={(photographers.data ?? [])
        .filter((p) => !assigned.has(p.id))
        .map((p) => ({ id: p.id, label: `${p.name} (${p.email})` }))}
      noOptions={
        photographers.data?.length === 0
          ? t.rich("noPhotographers", {
              link: (chunks) => <Link href="/photographers">{chunks}</Link>,
            })
          : t("allAssigned")
      }
      onPick={(photographerId) =>
        assign.mutate(
          { projectId: project.id, photographerId },
          { onSuccess: () => toast(t("assigned")) },
        )
      }
      pending={assign.isPending || unassign.isPending}
      error={error ? messageOf(error) : null}
    />
  );
}

function PackagesCard({ project }: { project: Project }) {
  const t = useTranslations("projectsDetail");
  const toast = useToast();
  const { formatPrice } = useStudio();
  const { afterLink } = useProjectInvalidation(project.id);
  const packages = api.packages.list.useQuery();
  const link = api.projects.linkPackage.useMutation({ onSuccess: afterLink });
  const unlink = api.projects.unlinkPackage.useMutation({ onSuccess: afterLink });
  const linked = new Set(project.packages.map((p) => p.id));
  const error = link.error ?? unlink.error;
  return (
    <AttachedCard
      title={t("packagesTitle")}
      description={t("packagesDescription")}
      listLabel={t("packagesList")}
      emptyTitle={t("packagesEmpty")}
      items={project.packages.map((p) => ({
        id: p.id,
        name: p.name,
        detail: (
          <>
            <Formatted>{formatPrice(p.price)}</Formatted> ·{" "}
            {t("packagePhotos", { count: p.photoCount })}
          </>
        ),
      }))}
      removeLabel={t("unlink")}
      onRemove={(item) =>
        unlink.mutate(
          { projectId: project.id, packageId: item.id },
          { onSuccess: () => toast(t("unlinked", { name: item.name })) },
        )
      }
      pickerLabel={t("choosePackage")}
      pickerAction={t("link")}
      options={(packages.data ?? [])
        .filter((p) => !linked.has(p.id))
        .map((p) => ({ id: p.id, label: `${p.name} (${formatPrice(p.price)})` }))}
      noOptions={
        packages.data?.length === 0
          ? t.rich("noPackages", {
              link: (chunks) => <Link href="/packages">{chunks}</Link>,
            })
          : t("allLinked")
      }
      onPick={(packageId) =>
        link.mutate({ projectId: project.id, packageId }, { onSuccess: () => toast(t("linked")) })
      }
      pending={link.isPending || unlink.isPending}
      error={error ? messageOf(error) : null}
    />
  );
}

export function ProjectDetail({
  initialProject,
  zones,
  galleryUrl,
}: {
  initialProject: Project;
  zones: Choice[];
  /** The members' gallery, shown as the link of a project without one. */
  galleryUrl: string;
}) {
  const t = useTranslations("projectsDetail");
  const tSchedule = useTranslations("projectsSchedule");
  const toast = useToast();
  const { locale, profile } = useStudio();
  const { data: project } = api.projects.get.useQuery(
    { id: initialProject.id },
    { initialData: initialProject },
  );
  const [editing, setEditing] = useState(false);
  const schedule = (
    <Formatted>
      {formatSchedule(
        project.startAt,
        project.endAt,
        project.timezone,
        locale,
        tSchedule("toBeAnnounced"),
      )}
    </Formatted>
  );

  return (
    <>
      <Link href="/projects" className="back-link">
        {t("allProjects")}
      </Link>
      <PageHeader
        title={project.name}
        description={schedule}
        actions={
          !editing && (
            <>
              <Link className="button secondary" href={`/dashboard?projectId=${project.id}`}>
                {t("viewNumbers")}
              </Link>
              <button type="button" className="button" onClick={() => setEditing(true)}>
                {t("edit")}
              </button>
            </>
          )
        }
      />
      {editing ? (
        <section className="card" aria-label={t("editLabel")} style={{ marginBottom: "1.25rem" }}>
          <ProjectForm
            project={project}
            defaultTimeZone={profile.timezone}
            zones={zones}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              toast(t("saved"));
            }}
          />
        </section>
      ) : (
        <section
          className="card"
          aria-label={t("detailsLabel")}
          style={{ marginBottom: "1.25rem" }}
        >
          <ProjectFacts project={project} galleryUrl={galleryUrl} schedule={schedule} />
        </section>
      )}
      <ProjectNumbers projectId={project.id} />
      <PhotosSummary projectId={project.id} locale={locale} />
      <div className="two-columns">
        <PhotographersCard project={project} />
        <PackagesCard project={project} />
      </div>
      <MembersSection projectId={project.id} />
      <SalesSection project={project}>
        <CampaignsBlock projectId={project.id} />
      </SalesSection>
      <OrdersSection projectId={project.id} />
      <RetentionCard project={project} locale={locale} />
    </>
  );
}
