import type { ReactNode } from "react";

/**
 * Where and when a shoot is, its link and terms: for operators and
 * photographers alike. Without a link of its own, a project's members go to
 * this app's gallery (`galleryUrl`, the address printed on their cards).
 */
export function ProjectFacts({
  schedule,
  project,
  galleryUrl,
}: {
  schedule: ReactNode;
  galleryUrl: string;
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
          <>
            <a href={galleryUrl} target="_blank" rel="noreferrer noopener">
              {galleryUrl}
            </a>{" "}
            <span className="muted">(the members&rsquo; gallery, printed on their cards)</span>
          </>
        )}
      </dd>
      <dt>Terms</dt>
      <dd style={{ whiteSpace: "pre-line" }}>{project.termsAndConditions ?? notSet}</dd>
    </dl>
  );
}
