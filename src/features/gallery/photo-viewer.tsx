"use client";

import { useEffect, useState } from "react";
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

  const title = index === null ? "Photo" : `Photo ${index + 1} of ${photos.length}`;
  return (
    <Dialog open={photo !== undefined} title={title} onClose={onClose}>
      {photo && index !== null && (
        <div className="photo-viewer">
          <div className="photo-viewer-frame" aria-busy={loaded !== photo.id}>
            {loaded !== photo.id && (
              <span className="photo-viewer-loading" role="status">
                <span className="spinner" aria-hidden="true" /> Loading the preview…
              </span>
            )}
            {/* eslint-disable-next-line @next/next/no-img-element -- a private, watermarked route */}
            <img
              key={photo.id}
              src={previewUrl(photo.id)}
              alt={`${title}, preview with watermark`}
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
              Previous
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => onIndex(index + 1)}
              disabled={index === photos.length - 1}
            >
              Next
            </button>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
