"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { getQueryKey } from "@trpc/react-query";
import { api, type RouterInputs } from "@/trpc/react";

type ListInput = Omit<RouterInputs["photos"]["list"], "cursor">;

/**
 * A filtered list of photos, a page at a time ("Load more"). A refetch after
 * tagging walks the pages again from the first, so a photo that left the view
 * leaves no gap and no duplicate. TanStack's own infinite query with the tRPC
 * client, because tRPC's adds a `direction` field that the strict list input
 * refuses; the key is tRPC's, so `photos.list` invalidation reaches it.
 */
export function usePhotoPages(input: ListInput) {
  const utils = api.useUtils();
  return useInfiniteQuery({
    queryKey: getQueryKey(api.photos.list, input, "infinite"),
    queryFn: ({ pageParam }) => utils.client.photos.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
