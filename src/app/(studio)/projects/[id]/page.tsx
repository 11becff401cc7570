import { headers } from "next/headers";
import "@/features/orders/orders.css";
import "@/features/sales/sales.css";
import { ProjectDetail } from "@/features/projects/project-detail";
import { timeZoneChoices } from "@/lib/choices";
import { galleryUrl } from "@/server/http/app-origin";
import { notFoundOnMissing } from "@/server/session/not-found";
import { api, HydrateClient } from "@/trpc/server";
import { projectsPageMetadata } from "@/features/projects/page-title";

export const generateMetadata = () => projectsPageMetadata("project");

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const project = await api.projects.get({ id }).catch(notFoundOnMissing);
  void api.photographers.list.prefetch();
  void api.packages.list.prefetch();
  return (
    <HydrateClient>
      <ProjectDetail
        initialProject={project}
        zones={timeZoneChoices()}
        galleryUrl={galleryUrl(await headers())}
      />
    </HydrateClient>
  );
}
