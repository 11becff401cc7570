"use client";

import { api } from "@/trpc/react";

/**
 * How many photos a project has, how many wait for a name (the review queue)
 * and how many are cards: the totals of three one-row pages.
 */
export function usePhotoCounts(projectId: string, photographerId?: string) {
  const base = { projectId, limit: 1, ...(photographerId && { photographerId }) };
  const all = api.photos.list.useQuery(base);
  const untagged = api.photos.list.useQuery({ ...base, tagged: false });
  const cards = api.photos.list.useQuery({ ...base, kind: "card" });
  return {
    all: all.data?.total,
    untagged: untagged.data?.total,
    cards: cards.data?.total,
    error: all.error ?? untagged.error ?? cards.error,
  };
}
