"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { useToast } from "@/components/ui/toast";
import { useStudio } from "@/features/studio/use-studio";
import type { Choice } from "@/lib/choices";
import { ProjectForm } from "./project-form";

export function NewProject({ zones }: { zones: Choice[] }) {
  const router = useRouter();
  const toast = useToast();
  const { profile } = useStudio();
  return (
    <>
      <Link href="/projects" className="back-link">
        ← All projects
      </Link>
      <PageHeader
        title="New project"
        description="A shoot: where and when, and the terms members agree to."
      />
      <section className="card">
        <ProjectForm
          defaultTimeZone={profile.timezone}
          zones={zones}
          onCancel={() => router.push("/projects")}
          onSaved={(project) => {
            toast("Project created");
            router.push(`/projects/${project.id}`);
          }}
        />
      </section>
    </>
  );
}
