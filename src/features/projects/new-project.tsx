"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { useToast } from "@/components/ui/toast";
import { useStudio } from "@/features/studio/use-studio";
import type { Choice } from "@/lib/choices";
import { ProjectForm } from "./project-form";

export function NewProject({ zones }: { zones: Choice[] }) {
  const t = useTranslations("projectsNew");
  const router = useRouter();
  const toast = useToast();
  const { profile } = useStudio();
  return (
    <>
      <Link href="/projects" className="back-link">
        {t("allProjects")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      <section className="card">
        <ProjectForm
          defaultTimeZone={profile.timezone}
          zones={zones}
          onCancel={() => router.push("/projects")}
          onSaved={(project) => {
            toast(t("created"));
            router.push(`/projects/${project.id}`);
          }}
        />
      </section>
    </>
  );
}
