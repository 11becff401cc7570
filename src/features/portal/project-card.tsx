import Link from "next/link";
import { formatSchedule } from "@/lib/format";
import type { RouterOutputs } from "@/trpc/react";

type Summary = RouterOutputs["photographers"]["myProjects"][number];

export function PortalProjectList({
  title,
  projects,
  locale,
}: {
  title: string;
  projects: Summary[];
  locale: string;
}) {
  if (projects.length === 0) return null;
  return (
    <section aria-label={title} style={{ marginBottom: "1.75rem" }}>
      <h2 style={{ marginBottom: "0.75rem" }}>{title}</h2>
      <ul className="list">
        {projects.map((project) => (
          <li key={project.id} className="list-item">
            <div>
              <h3>
                <Link href={`/portal/projects/${project.id}`}>{project.name}</Link>
              </h3>
              <div className="muted small">
                {formatSchedule(project.startAt, project.endAt, project.timezone, locale)}
                {project.locationName ? ` · ${project.locationName}` : ""}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
