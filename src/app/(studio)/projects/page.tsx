import type { Metadata } from "next";
import { ProjectList } from "@/features/projects/project-list";
import { api, HydrateClient } from "@/trpc/server";

export const metadata: Metadata = { title: "Projects" };

export default function ProjectsPage() {
  void api.projects.list.prefetch();
  return (
    <HydrateClient>
      <ProjectList />
    </HydrateClient>
  );
}
