"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { getQueryKey } from "@trpc/react-query";
import { type ReactNode, useCallback, useEffect, useRef } from "react";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { useTranslations } from "use-intl";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { CardLabel } from "./card-owner";
import { PhotoUploader } from "./photo-uploader";

type Photo = RouterOutputs["photos"]["list"]["items"][number];

export const PHOTOS_PAGE_SIZE = 30;
/** The long edge of the thumbnails the server makes. */
const THUMB_EDGE = 400;
/** While files keep finishing, the list is fetched again at most this often. */
const REFRESH_EVERY_MS = 2000;

/**
 * The upload area, then `between` (the member list, on a phone within a
 * thumb's reach of the uploads), then the photos this photographer has
 * uploaded to the project, in shooting order, with whom each is tagged. Both
 * lists refresh as uploads finish (a card re-tags the photos after it).
 */
export function PortalPhotos({ projectId, between }: { projectId: string; between?: ReactNode }) {
  const refresh = useThrottledRefresh(projectId);
  return (
    <>
      <PhotoUploader key={projectId} projectId={projectId} onUploaded={refresh} />
      {between}
      <PhotoGrid projectId={projectId} />
    </>
  );
}

/**
 * Invalidates the project's photo list and its members (their cards and photo
 * counts) now, then at most once per REFRESH_EVERY_MS.
 */
function useThrottledRefresh(projectId: string) {
  const utils = api.useUtils();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const last = useRef(0);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback(() => {
    if (timer.current) return;
    const wait = Math.max(0, last.current + REFRESH_EVERY_MS - Date.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      last.current = Date.now();
      void utils.photos.list.invalidate({ projectId });
      void utils.members.list.invalidate({ projectId });
    }, wait);
  }, [projectId, utils]);
}

function thumbSize(photo: Photo) {
  const scale = Math.min(1, THUMB_EDGE / Math.max(photo.width, photo.height, 1));
  return {
    width: Math.max(1, Math.round(photo.width * scale)),
    height: Math.max(1, Math.round(photo.height * scale)),
  };
}

/**
 * The project's photos page after page, under tRPC's own query key (so
 * `photos.list.invalidate` refreshes every page loaded, in order). Not tRPC's
 * `useInfiniteQuery`: it adds `direction` to the input, which the list's
 * strict input schema refuses.
 */
function usePhotoPages(projectId: string) {
  const utils = api.useUtils();
  const input = { projectId, limit: PHOTOS_PAGE_SIZE };
  return useInfiniteQuery({
    queryKey: getQueryKey(api.photos.list, input, "infinite"),
    queryFn: ({ pageParam, signal }) =>
      utils.client.photos.list.query({ ...input, cursor: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

function PhotoGrid({ projectId }: { projectId: string }) {
  const t = useTranslations("portalPhotos");
  const query = usePhotoPages(projectId);
  const photos = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  return (
    <section className="card" aria-labelledby="photos-title" style={{ marginTop: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="photos-title">{t("title")}</h2>
          <p>{query.isSuccess && total > 0 ? t("count", { count: total }) : t("none")}</p>
        </div>
      </div>
      {query.isPending ? (
        <ListSkeleton rows={2} label={t("loading")} />
      ) : query.isError ? (
        <ErrorAlert message={messageOf(query.error)} onRetry={() => void query.refetch()} />
      ) : photos.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <span>{t("emptyText")}</span>
        </EmptyState>
      ) : (
        <>
          <ul className="my-photos" aria-label={t("list")}>
            {photos.map((photo) => (
              <PhotoTile key={photo.id} photo={photo} />
            ))}
          </ul>
          {query.hasNextPage && (
            <div className="pagination">
              <span className="muted small">{t("showing", { shown: photos.length, total })}</span>
              <button
                type="button"
                className="button secondary"
                disabled={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
              >
                {query.isFetchingNextPage ? t("loadingMore") : t("loadMore")}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function PhotoTile({ photo }: { photo: Photo }) {
  const t = useTranslations("portalPhotos");
  const { width, height } = thumbSize(photo);
  const names = photo.tags.map((tag) => tag.name).join(", ");
  const card = photo.kind === "card";
  return (
    <li className={`my-photo${card ? " is-card" : ""}`}>
      {/* eslint-disable-next-line @next/next/no-img-element -- the server already made the thumbnail; next/image would resize it again */}
      <img
        // A photo still processing has no thumbnail yet: a new element asks again once it is ready.
        key={photo.status}
        src={`/api/photos/${photo.id}/file?size=thumb`}
        alt={
          card
            ? t("cardAlt", { file: photo.fileName })
            : `${photo.fileName}${names ? `: ${names}` : ""}`
        }
        width={width}
        height={height}
        loading="lazy"
        decoding="async"
      />
      <div className="photo-caption">
        <span className="photo-who">
          {card ? (
            <CardLabel memberId={photo.cardMemberId} />
          ) : names ? (
            names
          ) : (
            <span className="muted">{t("notTagged")}</span>
          )}
        </span>
        <span className="photo-file muted small" title={photo.fileName}>
          {photo.fileName}
        </span>
      </div>
    </li>
  );
}
