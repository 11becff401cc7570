"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "@/trpc/react";

export const MEMBERS_PAGE_SIZE = 25;

/**
 * A project's members a page at a time: the list hands out a cursor for the
 * next page, so the cursors of the pages seen so far make "Previous" work.
 */
export function useMemberPages(projectId: string) {
  const [search, setSearchValue] = useState("");
  const [group, setGroupValue] = useState<string | undefined>(undefined);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const page = cursors.length;
  const query = api.members.list.useQuery(
    {
      projectId,
      limit: MEMBERS_PAGE_SIZE,
      cursor: cursors.at(-1),
      search: search || undefined,
      group,
    },
    { placeholderData: keepPreviousData },
  );
  const reset = () => setCursors([undefined]);
  return {
    query,
    search,
    group,
    page,
    pages: Math.max(1, Math.ceil((query.data?.total ?? 0) / MEMBERS_PAGE_SIZE)),
    setSearch(value: string) {
      setSearchValue(value);
      reset();
    },
    setGroup(value: string | undefined) {
      setGroupValue(value);
      reset();
    },
    next() {
      const cursor = query.data?.nextCursor;
      if (cursor) setCursors((seen) => [...seen, cursor]);
    },
    previous() {
      setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen));
    },
    hasNext: Boolean(query.data?.nextCursor),
    hasPrevious: page > 1,
  };
}

export type MemberPages = ReturnType<typeof useMemberPages>;
