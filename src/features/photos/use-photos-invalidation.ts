"use client";

import { api } from "@/trpc/react";

/** Everything a change of tags shows in: the photos, the members' photo counts, the numbers. */
export function usePhotosInvalidation() {
  const utils = api.useUtils();
  return () =>
    Promise.all([
      utils.photos.list.invalidate(),
      utils.photos.get.invalidate(),
      utils.members.list.invalidate(),
      utils.analytics.get.invalidate(),
    ]);
}
