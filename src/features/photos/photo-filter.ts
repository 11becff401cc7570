/**
 * Which of a project's photos the grid shows, read from and written to the
 * page's query string so that a link opens the same view: `?tagged=false`
 * (the review queue), `?kind=card`, `?memberId=…`, each with an optional
 * `&photographerId=…`.
 */

export type PhotoView = "all" | "untagged" | "cards" | "member";

export interface PhotoFilter {
  view: PhotoView;
  memberId?: string;
  photographerId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const idParam = (value: string | null) => (value && UUID.test(value) ? value : undefined);

/** The filter a query string names; anything it does not understand shows every photo. */
export function parsePhotoFilter(params: { get(name: string): string | null }): PhotoFilter {
  const photographerId = idParam(params.get("photographerId"));
  const memberId = idParam(params.get("memberId"));
  const base = photographerId ? { photographerId } : {};
  if (memberId) return { view: "member", memberId, ...base };
  if (params.get("kind") === "card") return { view: "cards", ...base };
  if (params.get("tagged") === "false") return { view: "untagged", ...base };
  return { view: "all", ...base };
}

/** "?tagged=false&photographerId=…", or "" for every photo. */
export function photoFilterSearch(filter: PhotoFilter): string {
  const params = new URLSearchParams();
  if (filter.view === "member" && filter.memberId) params.set("memberId", filter.memberId);
  if (filter.view === "cards") params.set("kind", "card");
  if (filter.view === "untagged") params.set("tagged", "false");
  if (filter.photographerId) params.set("photographerId", filter.photographerId);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The filter as `photos.list` takes it. */
export function photoListFilter(filter: PhotoFilter): {
  memberId?: string;
  kind?: "card";
  tagged?: false;
  photographerId?: string;
} {
  return {
    ...(filter.view === "member" && filter.memberId && { memberId: filter.memberId }),
    ...(filter.view === "cards" && { kind: "card" as const }),
    ...(filter.view === "untagged" && { tagged: false as const }),
    ...(filter.photographerId && { photographerId: filter.photographerId }),
  };
}

export function projectPhotosPath(projectId: string, filter?: PhotoFilter): string {
  return `/projects/${projectId}/photos${filter ? photoFilterSearch(filter) : ""}`;
}
