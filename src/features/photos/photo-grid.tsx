"use client";

import type { ChangeEvent } from "react";
import {
  CARD_NOT_TAGGED,
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
          <span className="visually-hidden">Open {photo.fileName}</span>
        </button>
        <label className="photo-check" title={card ? CARD_NOT_TAGGED : `Select ${photo.fileName}`}>
          <input
            type="checkbox"
            checked={selected}
            disabled={card}
            onChange={handleChange}
            aria-label={card ? `${photo.fileName} is a card and cannot be tagged` : undefined}
          />
          {!card && <span className="visually-hidden">Select {photo.fileName}</span>}
        </label>
        {card && (
          <span className="photo-badge" title={CARD_NOT_TAGGED}>
            Card
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
          <TagList tags={photo.tags} label={`Tagged in ${photo.fileName}`} />
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
  return (
    <ul className="photo-grid" aria-label="Photos">
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
