import { Suspense } from "react";
import { ProjectPhotos } from "@/features/photos/project-photos";
import { notFoundOnMissing } from "@/server/session/not-found";
import { api, HydrateClient } from "@/trpc/server";
import { projectsPageMetadata } from "@/features/projects/page-title";

export const generateMetadata = () => projectsPageMetadata("photos");

export default async function ProjectPhotosPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const project = await api.projects.get({ id }).catch(notFoundOnMissing);
  void api.photographers.list.prefetch();
  return (
    <HydrateClient>
      <Suspense>
        <ProjectPhotos initialProject={project} />
      </Suspense>
    </HydrateClient>
  );
}
