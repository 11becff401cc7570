import type { ReactNode } from "react";

/** Where and when a shoot is, its link and terms: for operators and photographers alike. */
export function ProjectFacts({
  schedule,
  project,
}: {
  schedule: ReactNode;
  project: {
    timezone: string;
    locationName: string | null;
    projectLink: string | null;
    termsAndConditions: string | null;
  };
}) {
  const notSet = <span className="muted">Not set</span>;
  return (
    <dl className="details">
      <dt>When</dt>
      <dd>{schedule}</dd>
      <dt>Time zone</dt>
      <dd>{project.timezone.replaceAll("_", " ")}</dd>
      <dt>Location</dt>
      <dd>{project.locationName ?? notSet}</dd>
      <dt>Link</dt>
      <dd>
        {project.projectLink ? (
          <a href={project.projectLink} target="_blank" rel="noreferrer noopener">
            {project.projectLink}
          </a>
        ) : (
          notSet
        )}
      </dd>
      <dt>Terms</dt>
      <dd style={{ whiteSpace: "pre-line" }}>{project.termsAndConditions ?? notSet}</dd>
    </dl>
  );
}
