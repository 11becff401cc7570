"use client";

import type { MouseEvent, ReactNode } from "react";
import { useTranslations } from "use-intl";
import { formatNumber } from "@/lib/format";
import { api } from "@/trpc/react";
import { MemberPicker } from "./member-picker";
import { type PhotoFilter, type PhotoView, projectPhotosPath } from "./photo-filter";

/** Opens a filter without a server round trip; a modified click still opens a new tab. */
export function showFilter(projectId: string, filter: PhotoFilter) {
  window.history.pushState(null, "", projectPhotosPath(projectId, filter));
}

function FilterLink({
  projectId,
  filter,
  current,
  children,
}: {
  projectId: string;
  filter: PhotoFilter;
  current: boolean;
  children: ReactNode;
}) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    showFilter(projectId, filter);
  }
  return (
    <a
      href={projectPhotosPath(projectId, filter)}
      aria-current={current ? "page" : undefined}
      onClick={handleClick}
    >
      {children}
    </a>
  );
}

/** "Photos of Anna Lee", with a button back to every photo. */
function MemberFilter({
  projectId,
  filter,
}: {
  projectId: string;
  filter: PhotoFilter & { memberId: string };
}) {
  const t = useTranslations("projectsPhotoFilters");
  const member = api.members.get.useQuery({ id: filter.memberId }, { staleTime: 60_000 });
  const name = member.data?.name ?? (member.isError ? t("memberGone") : "…");
  return (
    <p className="chip">
      <span>{t.rich("photosOf", { name, strong: (chunks) => <strong>{chunks}</strong> })}</span>
      <button
        type="button"
        className="chip-remove"
        aria-label={t("everyMember")}
        onClick={() =>
          showFilter(projectId, { view: "all", photographerId: filter.photographerId })
        }
      >
        ×
      </button>
    </p>
  );
}

/**
 * All / Untagged / Cards as links (so each can be opened or shared), a member
 * to show the photos of, and the photographer who took them.
 */
export function PhotoFilters({
  projectId,
  photographers,
  filter,
  counts,
  locale,
}: {
  projectId: string;
  photographers: readonly { id: string; name: string }[];
  filter: PhotoFilter;
  counts: { all?: number; untagged?: number; cards?: number };
  locale: string;
}) {
  const t = useTranslations("projectsPhotoFilters");
  const views: { view: PhotoView; label: string; count?: number }[] = [
    { view: "all", label: t("all"), count: counts.all },
    { view: "untagged", label: t("untagged"), count: counts.untagged },
    { view: "cards", label: t("cards"), count: counts.cards },
  ];
  const { photographerId } = filter;
  return (
    <div className="photo-filters">
      <nav aria-label={t("showPhotos")} className="segmented">
        {views.map(({ view, label, count }) => (
          <FilterLink
            key={view}
            projectId={projectId}
            filter={{ view, photographerId }}
            current={filter.view === view}
          >
            {label}
            {count !== undefined && <span className="count">{formatNumber(count, locale)}</span>}
          </FilterLink>
        ))}
      </nav>
      <div className="photo-filter-pickers">
        {filter.view === "member" && filter.memberId ? (
          <MemberFilter projectId={projectId} filter={{ ...filter, memberId: filter.memberId }} />
        ) : (
          <MemberPicker
            projectId={projectId}
            label={t("memberPicker")}
            hideLabel
            placeholder={t("memberPickerPlaceholder")}
            onPick={(member) =>
              showFilter(projectId, { view: "member", memberId: member.id, photographerId })
            }
          />
        )}
        <label className="photographer-filter">
          <span className="visually-hidden">{t("photographer")}</span>
          <select
            className="input"
            value={photographerId ?? ""}
            onChange={(event) =>
              showFilter(projectId, {
                ...filter,
                photographerId: event.target.value || undefined,
              })
            }
          >
            <option value="">{t("everyPhotographer")}</option>
            {photographerId && !photographers.some((p) => p.id === photographerId) && (
              <option value={photographerId}>{t("photographerGone")}</option>
            )}
            {photographers.map((photographer) => (
              <option key={photographer.id} value={photographer.id}>
                {photographer.name}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
