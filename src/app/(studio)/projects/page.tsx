import { ProjectList } from "@/features/projects/project-list";
import { api, HydrateClient } from "@/trpc/server";
import { projectsPageMetadata } from "@/features/projects/page-title";

export const generateMetadata = () => projectsPageMetadata("projects");

export default function ProjectsPage() {
  void api.projects.list.prefetch();
  return (
    <HydrateClient>
      <ProjectList />
    </HydrateClient>
  );
}
