"use client";

import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { photosWithoutCards } from "./photo-count";
import { projectPhotosPath } from "./photo-filter";
import { usePhotoCounts } from "./use-photo-counts";

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** The project page's way to its photos: how many, how many wait for a name, and links. */
export function PhotosSummary({ projectId, locale }: { projectId: string; locale: string }) {
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
          <h2 id="photos-title">Photos</h2>
          {!loaded ? (
            <p aria-live="polite">Counting photos…</p>
          ) : counts.all === 0 ? (
            <p>
              No photos yet. Photographers upload them in their portal, or send them with the API.
            </p>
          ) : (
            <p>
              <span data-count="photos">
                {formatNumber(photos, locale)} {plural(photos, "photo", "photos")} (without cards)
              </span>
              {cards > 0 && ` and ${formatNumber(cards, locale)} ${plural(cards, "card", "cards")}`}
              {" · "}
              {untagged === 0
                ? "every photo is matched"
                : `${formatNumber(untagged, locale)} untagged, waiting for a name`}
            </p>
          )}
        </div>
        <div className="button-row">
          {untagged > 0 && (
            <Link
              className="button secondary"
              href={projectPhotosPath(projectId, { view: "untagged" })}
            >
              Review {formatNumber(untagged, locale)} untagged
            </Link>
          )}
          <Link className="button" href={projectPhotosPath(projectId)}>
            Open photos
          </Link>
        </div>
      </div>
    </section>
  );
}
