"use client";

import { useTranslations } from "use-intl";
import type { Gallery } from "./gallery-view";

type GalleryPhoto = Gallery["photos"][number];

export const thumbUrl = (id: string) => `/api/gallery/photos/${id}?size=thumb`;
export const previewUrl = (id: string) => `/api/gallery/photos/${id}?size=preview`;

/**
 * The member's photos as watermarked thumbnails, loaded lazily (only those
 * near the screen), each at its own aspect ratio so nothing jumps. While a
 * package is being ordered, a box under each photo chooses it.
 */
export function PhotoGrid({
  photos,
  selecting,
  chosen,
  onToggle,
  onOpen,
}: {
  photos: GalleryPhoto[];
  selecting: { photoCount: number } | null;
  chosen: string[];
  onToggle: (id: string) => void;
  onOpen: (index: number) => void;
}) {
  const t = useTranslations("galleryPhotos");
  const full = selecting !== null && chosen.length >= selecting.photoCount;
  return (
    <ul className="photo-grid" aria-label={t("listLabel")}>
      {photos.map((photo, index) => {
        const which = { number: index + 1, total: photos.length };
        const isChosen = chosen.includes(photo.id);
        return (
          <li key={photo.id} className={`photo-tile${isChosen ? " chosen" : ""}`}>
            <button
              type="button"
              className="photo-open"
              onClick={() => onOpen(index)}
              aria-label={t("open", which)}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- a private, watermarked route */}
              <img
                src={thumbUrl(photo.id)}
                alt={t("photo", which)}
                width={photo.width || 400}
                height={photo.height || 300}
                loading="lazy"
                decoding="async"
              />
            </button>
            {selecting && (
              <label className="photo-choose">
                <input
                  type="checkbox"
                  checked={isChosen}
                  disabled={!isChosen && full}
                  onChange={() => onToggle(photo.id)}
                />
                {t.rich("choose", {
                  ...which,
                  hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                })}
              </label>
            )}
          </li>
        );
      })}
    </ul>
  );
}
