"use client";

import type { ChangeEvent } from "react";
import { useTranslations } from "use-intl";
import {
  CardOwner,
  fitInside,
  formatCaptureTime,
  type Photo,
  photoFileUrl,
  TagList,
} from "./photo-labels";

const THUMB_EDGE = 400;

function PhotoTile({
  photo,
  index,
  selected,
  timeZone,
  locale,
  onOpen,
  onSelect,
}: {
  photo: Photo;
  index: number;
  selected: boolean;
  timeZone: string;
  locale: string;
  onOpen: (photo: Photo, index: number) => void;
  onSelect: (index: number, checked: boolean, range: boolean) => void;
}) {
  const t = useTranslations("projectsPhotoGrid");
  const cardNotTagged = useTranslations("projectsPhotoLabels")("cardNotTagged");
  const card = photo.kind === "card";
  const size = fitInside(photo.width, photo.height, THUMB_EDGE);
  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const native = event.nativeEvent as Partial<MouseEvent>;
    onSelect(index, event.target.checked, Boolean(native.shiftKey));
  }
  return (
    <li className={selected ? "photo-tile selected" : "photo-tile"} data-photo-id={photo.id}>
      <div className="photo-frame">
        <button type="button" className="photo-open" onClick={() => onOpen(photo, index)}>
          {/* eslint-disable-next-line @next/next/no-img-element -- a session-protected file, served as is */}
          <img
            src={photoFileUrl(photo.id, "thumb")}
            width={size.width}
            height={size.height}
            loading="lazy"
            decoding="async"
            alt=""
          />
          <span className="visually-hidden">{t("open", { file: photo.fileName })}</span>
        </button>
        <label
          className="photo-check"
          title={card ? cardNotTagged : t("select", { file: photo.fileName })}
        >
          <input
            type="checkbox"
            checked={selected}
            disabled={card}
            onChange={handleChange}
            aria-label={card ? t("cardNotSelectable", { file: photo.fileName }) : undefined}
          />
          {!card && (
            <span className="visually-hidden">{t("select", { file: photo.fileName })}</span>
          )}
        </label>
        {card && (
          <span className="photo-badge" title={cardNotTagged}>
            {t("card")}
          </span>
        )}
      </div>
      <div className="photo-meta">
        <div className="photo-line">
          <span className="photo-name" title={photo.fileName}>
            {photo.fileName}
          </span>
          {photo.takenAt && (
            <time className="muted small" dateTime={photo.takenAt}>
              {formatCaptureTime(photo.takenAt, timeZone, locale)}
            </time>
          )}
        </div>
        {card ? (
          <CardOwner memberId={photo.cardMemberId} />
        ) : (
          <TagList tags={photo.tags} label={t("taggedIn", { file: photo.fileName })} />
        )}
      </div>
    </li>
  );
}

/** The thumbnails, each with a box to tick (none for cards) and a button to open it. */
export function PhotoGrid({
  photos,
  selected,
  timeZone,
  locale,
  onOpen,
  onSelect,
}: {
  photos: readonly Photo[];
  selected: ReadonlySet<string>;
  timeZone: string;
  locale: string;
  onOpen: (photo: Photo, index: number) => void;
  onSelect: (index: number, checked: boolean, range: boolean) => void;
}) {
  const t = useTranslations("projectsPhotoGrid");
  return (
    <ul className="photo-grid" aria-label={t("gridLabel")}>
      {photos.map((photo, index) => (
        <PhotoTile
          key={photo.id}
          photo={photo}
          index={index}
          selected={selected.has(photo.id)}
          timeZone={timeZone}
          locale={locale}
          onOpen={onOpen}
          onSelect={onSelect}
        />
      ))}
    </ul>
  );
}
