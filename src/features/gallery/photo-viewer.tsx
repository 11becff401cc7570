"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import { Dialog } from "@/components/ui/dialog";
import type { Gallery } from "./gallery-view";
import { previewUrl } from "./photo-grid";

/** A large, watermarked preview of one photo, with the previous and next ones a tap away. */
export function PhotoViewer({
  photos,
  index,
  onIndex,
  onClose,
}: {
  photos: Gallery["photos"];
  index: number | null;
  onIndex: (index: number) => void;
  onClose: () => void;
}) {
  const t = useTranslations("galleryViewer");
  const photo = index === null ? undefined : photos[index];
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    if (index === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "ArrowRight" && index < photos.length - 1) onIndex(index + 1);
      if (event.key === "ArrowLeft" && index > 0) onIndex(index - 1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [index, photos.length, onIndex]);

  const which = index === null ? null : { number: index + 1, total: photos.length };
  const title = which ? t("photo", which) : t("title");
  return (
    <Dialog open={photo !== undefined} title={title} onClose={onClose}>
      {photo && index !== null && (
        <div className="photo-viewer">
          <div className="photo-viewer-frame" aria-busy={loaded !== photo.id}>
            {loaded !== photo.id && (
              <span className="photo-viewer-loading" role="status">
                <span className="spinner" aria-hidden="true" /> {t("loading")}
              </span>
            )}
            {/* eslint-disable-next-line @next/next/no-img-element -- a private, watermarked route */}
            <img
              key={photo.id}
              src={previewUrl(photo.id)}
              alt={t("alt", which ?? { number: 0, total: 0 })}
              width={photo.width || 1600}
              height={photo.height || 1067}
              onLoad={() => setLoaded(photo.id)}
            />
          </div>
          <div className="dialog-actions">
            <button
              type="button"
              className="button secondary"
              onClick={() => onIndex(index - 1)}
              disabled={index === 0}
            >
              {t("previous")}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => onIndex(index + 1)}
              disabled={index === photos.length - 1}
            >
              {t("next")}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t("close")}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
