"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { useCursorTrail } from "@/components/ui/pager";
import { api } from "@/trpc/react";

export const MEMBERS_PAGE_SIZE = 25;

/** A project's members a page at a time, searched and filtered by group. */
export function useMemberPages(projectId: string) {
  const [search, setSearchValue] = useState("");
  const [group, setGroupValue] = useState<string | undefined>(undefined);
  const trail = useCursorTrail();
  const query = api.members.list.useQuery(
    {
      projectId,
      limit: MEMBERS_PAGE_SIZE,
      cursor: trail.cursor,
      search: search || undefined,
      group,
    },
    { placeholderData: keepPreviousData },
  );
  return {
    query,
    search,
    group,
    page: trail.page,
    pages: Math.max(1, Math.ceil((query.data?.total ?? 0) / MEMBERS_PAGE_SIZE)),
    setSearch(value: string) {
      setSearchValue(value);
      trail.reset();
    },
    setGroup(value: string | undefined) {
      setGroupValue(value);
      trail.reset();
    },
    next: () => trail.next(query.data?.nextCursor),
    previous: trail.previous,
    hasNext: Boolean(query.data?.nextCursor),
    hasPrevious: trail.hasPrevious,
  };
}

export type MemberPages = ReturnType<typeof useMemberPages>;
