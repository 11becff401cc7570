"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { type ReactNode, useMemo, useState } from "react";
import { useTranslations } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState, ErrorAlert, Skeleton } from "@/components/ui/feedback";
import { useStudio } from "@/features/studio/use-studio";
import { formatNumber } from "@/lib/format";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { PhotoFilters, showFilter } from "./photo-filters";
import {
  type PhotoFilter,
  parsePhotoFilter,
  photoFilterSearch,
  photoListFilter,
} from "./photo-filter";
import { PhotoGrid } from "./photo-grid";
import type { Photo } from "./photo-labels";
import { PhotoPreview } from "./photo-preview";
import { selectAll, toggleSelection } from "./selection";
import { TaggingBar } from "./tagging-bar";
import { usePhotoCounts } from "./use-photo-counts";
import { usePhotoPages } from "./use-photo-pages";

type Project = RouterOutputs["projects"]["get"];

const PAGE_SIZE = 60;

/** The photographer's name for a photo: assigned now, or among the studio's photographers. */
function usePhotographerNames(assigned: Project["photographers"]) {
  const t = useTranslations("projectsPhotos");
  const studio = api.photographers.list.useQuery();
  return (id: string) =>
    assigned.find((p) => p.id === id)?.name ??
    studio.data?.find((p) => p.id === id)?.name ??
    (studio.isPending ? "…" : t("noLongerWithStudio"));
}

function GridSkeleton() {
  const t = useTranslations("projectsPhotos");
  return (
    <div className="photo-grid" role="status" aria-label={t("loading")}>
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="photo-tile">
          <div className="photo-frame skeleton" />
          <div className="photo-meta">
            <Skeleton height="0.9rem" width="70%" />
          </div>
        </div>
      ))}
    </div>
  );
}

/** What to do next when a view has no photos. */
function NoPhotos({
  project,
  filter,
  projectHasPhotos,
  photographerName,
}: {
  project: Project;
  filter: PhotoFilter;
  projectHasPhotos: boolean;
  photographerName: (id: string) => string;
}) {
  const t = useTranslations("projectsPhotos");
  const projectLink = (chunks: ReactNode) => <Link href={`/projects/${project.id}`}>{chunks}</Link>;
  const showAll = (
    <button
      type="button"
      className="button secondary"
      onClick={() => showFilter(project.id, { view: "all" })}
    >
      {t("showAll")}
    </button>
  );
  if (!projectHasPhotos) {
    if (filter.photographerId) {
      return (
        <EmptyState title={t("noneFrom", { name: photographerName(filter.photographerId) })}>
          {showAll}
        </EmptyState>
      );
    }
    return (
      <EmptyState title={t("noneTitle")}>
        <span>
          {t.rich("noneText", { id: project.id, code: (chunks) => <code>{chunks}</code> })}
        </span>
        {project.photographers.length === 0 && (
          <span>{t.rich("noPhotographer", { link: projectLink })}</span>
        )}
      </EmptyState>
    );
  }
  if (filter.view === "untagged") {
    return (
      <EmptyState title={t("allMatchedTitle")}>
        <span>{t("allMatchedText")}</span>
      </EmptyState>
    );
  }
  if (filter.view === "cards") {
    return (
      <EmptyState title={t("noCardsTitle")}>
        <span>{t.rich("noCardsText", { link: projectLink })}</span>
      </EmptyState>
    );
  }
  return (
    <EmptyState title={t("nothingTitle")}>
      <span>{filter.view === "member" ? t("nothingMember") : t("nothingFilter")}</span>
      {showAll}
    </EmptyState>
  );
}

/** Opens a photo large; keeps its place in the list when tagging takes it out of the view. */
function PreviewOf({
  photos,
  open,
  total,
  timeZone,
  locale,
  photographerName,
  loadMore,
  onShow,
  onClose,
}: {
  photos: readonly Photo[];
  open: { id: string; index: number };
  total: number;
  timeZone: string;
  locale: string;
  photographerName: (id: string) => string;
  /** The next page of the list, when there is one. */
  loadMore: (() => Promise<readonly Photo[]>) | null;
  onShow: (photo: Photo, index: number) => void;
  onClose: () => void;
}) {
  const listIndex = photos.findIndex((photo) => photo.id === open.id);
  const inList = listIndex >= 0;
  const fetched = api.photos.get.useQuery({ id: open.id }, { enabled: !inList });
  const photo = inList ? photos[listIndex] : fetched.data;
  // Out of the list (tagged out of Untagged): its neighbours closed the gap where it was.
  const previousIndex = (inList ? listIndex : open.index) - 1;
  const nextIndex = inList ? listIndex + 1 : open.index;
  const previous = photos[previousIndex];
  const next = photos[nextIndex];

  let onNext: (() => void) | null = null;
  if (next) onNext = () => onShow(next, nextIndex);
  else if (loadMore) {
    onNext = () =>
      void loadMore().then((more) => {
        const loaded = more[nextIndex];
        if (loaded) onShow(loaded, nextIndex);
      });
  }

  return (
    <PhotoPreview
      photo={photo}
      missing={!inList && fetched.isError}
      position={inList ? listIndex + 1 : null}
      total={total}
      timeZone={timeZone}
      locale={locale}
      photographerName={photographerName}
      onPrevious={previous ? () => onShow(previous, previousIndex) : null}
      onNext={onNext}
      onClose={onClose}
    />
  );
}

/** One view of the project's photos: the grid, its pages, ticking and tagging, the preview. */
function PhotoBrowser({
  project,
  filter,
  projectHasPhotos,
  locale,
}: {
  project: Project;
  filter: PhotoFilter;
  /** Unknown while the count loads. */
  projectHasPhotos: boolean | undefined;
  locale: string;
}) {
  const t = useTranslations("projectsPhotos");
  const query = usePhotoPages({
    projectId: project.id,
    limit: PAGE_SIZE,
    ...photoListFilter(filter),
  });
  const photos = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total ?? 0;
  const photographerName = usePhotographerNames(project.photographers);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [open, setOpen] = useState<{ id: string; index: number } | null>(null);

  const items = photos.map((photo) => ({ id: photo.id, selectable: photo.kind === "photo" }));
  const selectable = items.filter((item) => item.selectable);
  const selectedIds = selectable.filter((item) => selected.has(item.id)).map((item) => item.id);

  if (query.isPending) return <GridSkeleton />;
  if (query.isError) {
    return <ErrorAlert message={messageOf(query.error)} onRetry={() => void query.refetch()} />;
  }
  if (photos.length === 0) {
    if (projectHasPhotos === undefined) return <GridSkeleton />;
    return (
      <NoPhotos
        project={project}
        filter={filter}
        projectHasPhotos={projectHasPhotos}
        photographerName={photographerName}
      />
    );
  }

  const loadMore = query.hasNextPage
    ? async () => {
        const result = await query.fetchNextPage();
        return result.data?.pages.flatMap((page) => page.items) ?? [];
      }
    : null;

  return (
    <div aria-busy={query.isFetching}>
      {selectable.length > 0 && (
        <TaggingBar
          projectId={project.id}
          selectedIds={selectedIds}
          selectable={selectable.length}
          onSelectAll={() => setSelected((current) => selectAll(current, items))}
          onClear={() => {
            setSelected(new Set());
            setAnchor(null);
          }}
        />
      )}
      <PhotoGrid
        photos={photos}
        selected={selected}
        timeZone={project.timezone}
        locale={locale}
        onOpen={(photo, index) => setOpen({ id: photo.id, index })}
        onSelect={(index, checked, range) => {
          setSelected((current) =>
            toggleSelection(current, items, index, checked, range ? anchor : null),
          );
          setAnchor(index);
        }}
      />
      <nav className="pagination" aria-label={t("morePhotos")}>
        <span className="muted small" role="status">
          {t("showing", { shown: formatNumber(photos.length, locale), total })}
        </span>
        {query.hasNextPage && (
          <button
            type="button"
            className="button secondary"
            disabled={query.isFetchingNextPage}
            aria-busy={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? t("loadingMore") : t("loadMore")}
          </button>
        )}
      </nav>
      {open && (
        <PreviewOf
          photos={photos}
          open={open}
          total={total}
          timeZone={project.timezone}
          locale={locale}
          photographerName={photographerName}
          loadMore={loadMore}
          onShow={(photo, index) => setOpen({ id: photo.id, index })}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}

/**
 * A project's photos for its studio: filter them (the URL keeps the filter),
 * review the untagged ones after a shoot, tag by hand, open one large.
 */
export function ProjectPhotos({ initialProject }: { initialProject: Project }) {
  const t = useTranslations("projectsPhotos");
  const { locale } = useStudio();
  const { data: project } = api.projects.get.useQuery(
    { id: initialProject.id },
    { initialData: initialProject },
  );
  const filter = parsePhotoFilter(useSearchParams());
  const counts = usePhotoCounts(project.id, filter.photographerId);
  return (
    <>
      <Link href={`/projects/${project.id}`} className="back-link">
        ← {project.name}
      </Link>
      <PageHeader title={t("title")} description={project.name} />
      <PhotoFilters
        projectId={project.id}
        photographers={project.photographers}
        filter={filter}
        counts={counts}
        locale={locale}
      />
      <PhotoBrowser
        key={photoFilterSearch(filter)}
        project={project}
        filter={filter}
        projectHasPhotos={counts.all === undefined ? undefined : counts.all > 0}
        locale={locale}
      />
    </>
  );
}
