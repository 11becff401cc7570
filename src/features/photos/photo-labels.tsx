"use client";

import { useTranslations } from "use-intl";
import { api, type RouterOutputs } from "@/trpc/react";

export type Photo = RouterOutputs["photos"]["list"]["items"][number];
export type PhotoTag = Photo["tags"][number];

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

/** "by card" / "by hand": the message key of where a tag came from. */
export const TAG_SOURCE_LABEL = {
  card: "byCard",
  manual: "byHand",
} as const satisfies Record<PhotoTag["source"], string>;

/** The members tagged in a photo, each saying whether a card or a person put them there. */
export function TagList({ tags, label }: { tags: readonly PhotoTag[]; label: string }) {
  const t = useTranslations("projectsPhotoLabels");
  if (tags.length === 0) return <span className="muted small">{t("untagged")}</span>;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.memberId} className={`tag ${tag.source}`}>
          {tag.name} <span className="tag-source">{t(TAG_SOURCE_LABEL[tag.source])}</span>
        </li>
      ))}
    </ul>
  );
}

/** "Card of Anna Lee", or "Unknown card" for a code that names nobody in the project. */
export function CardOwner({ memberId }: { memberId: string | null }) {
  const t = useTranslations("projectsPhotoLabels");
  const member = api.members.get.useQuery(
    { id: memberId ?? "" },
    { enabled: memberId !== null, staleTime: 60_000 },
  );
  if (memberId === null) return <span className="card-owner unknown">{t("unknownCard")}</span>;
  return (
    <span className="card-owner">
      {t("cardOf", { name: member.data?.name ?? (member.isError ? t("memberGone") : "…") })}
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
