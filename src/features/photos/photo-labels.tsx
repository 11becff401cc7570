"use client";

import { api, type RouterOutputs } from "@/trpc/react";

export type Photo = RouterOutputs["photos"]["list"]["items"][number];
export type PhotoTag = Photo["tags"][number];

export const CARD_NOT_TAGGED =
  "A card is not tagged: it names the member of the photos taken after it, up to the next card.";

export function photoFileUrl(id: string, size: "thumb" | "preview" | "original") {
  return `/api/photos/${id}/file?size=${size}`;
}

/** The size a derived file has: the photo scaled to fit `longEdge`, never enlarged. */
export function fitInside(width: number, height: number, longEdge: number) {
  const scale = Math.min(1, longEdge / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export const TAG_SOURCE_LABEL: Record<PhotoTag["source"], string> = {
  card: "by card",
  manual: "by hand",
};

/** The members tagged in a photo, each saying whether a card or a person put them there. */
export function TagList({ tags, label }: { tags: readonly PhotoTag[]; label: string }) {
  if (tags.length === 0) return <span className="muted small">Untagged</span>;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.memberId} className={`tag ${tag.source}`}>
          {tag.name} <span className="tag-source">{TAG_SOURCE_LABEL[tag.source]}</span>
        </li>
      ))}
    </ul>
  );
}

/** "Card of Anna Lee", or "Unknown card" for a code that names nobody in the project. */
export function CardOwner({ memberId }: { memberId: string | null }) {
  const member = api.members.get.useQuery(
    { id: memberId ?? "" },
    { enabled: memberId !== null, staleTime: 60_000 },
  );
  if (memberId === null) return <span className="card-owner unknown">Unknown card</span>;
  return (
    <span className="card-owner">
      Card of {member.data?.name ?? (member.isError ? "a member no longer here" : "…")}
    </span>
  );
}

/** "09:14:03" in the project's time zone, for a tile. */
export function formatCaptureTime(iso: string, timeZone: string, locale: string) {
  return new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone,
  }).format(new Date(iso));
}
