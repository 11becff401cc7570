"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { formatNumber } from "@/lib/format";
import { photosWithoutCards } from "./photo-count";
import { projectPhotosPath } from "./photo-filter";
import { usePhotoCounts } from "./use-photo-counts";

/** The project page's way to its photos: how many, how many wait for a name, and links. */
export function PhotosSummary({ projectId, locale }: { projectId: string; locale: string }) {
  const t = useTranslations("projectsPhotosSummary");
  const counts = usePhotoCounts(projectId);
  const loaded =
    counts.all !== undefined && counts.untagged !== undefined && counts.cards !== undefined;
  const untagged = counts.untagged ?? 0;
  const cards = counts.cards ?? 0;
  const photos = photosWithoutCards(counts.all ?? 0, cards);
  return (
    <section className="card" aria-labelledby="photos-title" style={{ marginBottom: "1.25rem" }}>
      <div className="card-header" style={{ marginBottom: 0 }}>
        <div>
          <h2 id="photos-title">{t("title")}</h2>
          {!loaded ? (
            <p aria-live="polite">{t("counting")}</p>
          ) : counts.all === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <p>
              <span data-count="photos">{t("photos", { count: photos })}</span>
              {cards > 0 && ` ${t("cards", { count: cards })}`}
              {" · "}
              {untagged === 0
                ? t("allMatched")
                : t("untagged", { count: formatNumber(untagged, locale) })}
            </p>
          )}
        </div>
        <div className="button-row">
          {untagged > 0 && (
            <Link
              className="button secondary"
              href={projectPhotosPath(projectId, { view: "untagged" })}
            >
              {t("review", { count: formatNumber(untagged, locale) })}
            </Link>
          )}
          <Link className="button" href={projectPhotosPath(projectId)}>
            {t("open")}
          </Link>
        </div>
      </div>
    </section>
  );
}
