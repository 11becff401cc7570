"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";

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
  const t = useTranslations("projectsFacts");
  const notSet = <span className="muted">{t("notSet")}</span>;
  return (
    <dl className="details">
      <dt>{t("when")}</dt>
      <dd>{schedule}</dd>
      <dt>{t("timeZone")}</dt>
      <dd>{project.timezone.replaceAll("_", " ")}</dd>
      <dt>{t("location")}</dt>
      <dd>{project.locationName ?? notSet}</dd>
      <dt>{t("link")}</dt>
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
            <span className="muted">{t("galleryNote")}</span>
          </>
        )}
      </dd>
      <dt>{t("terms")}</dt>
      <dd style={{ whiteSpace: "pre-line" }}>{project.termsAndConditions ?? notSet}</dd>
    </dl>
  );
}
