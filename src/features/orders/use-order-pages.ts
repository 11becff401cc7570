"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useCursorTrail } from "@/components/ui/pager";
import { api, type RouterOutputs } from "@/trpc/react";

export const ORDERS_PAGE_SIZE = 20;

/** How long typing pauses before the orders are searched. */
export const SEARCH_DEBOUNCE_MS = 300;

export type OrderStatus = RouterOutputs["orders"]["get"]["status"];

/**
 * A project's orders a page at a time, newest first, optionally of one status
 * and matching a search (an order number or a member's name). The search box
 * shows what is typed at once; the list follows once typing pauses.
 */
export function useOrderPages(projectId: string) {
  const [status, setStatusValue] = useState<OrderStatus | undefined>(undefined);
  const [typed, setTyped] = useState("");
  const [search, setSearchValue] = useState("");
  const trail = useCursorTrail();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const query = api.orders.list.useQuery(
    {
      projectId,
      limit: ORDERS_PAGE_SIZE,
      cursor: trail.cursor,
      status,
      search: search || undefined,
    },
    { placeholderData: keepPreviousData },
  );
  return {
    query,
    status,
    /** What is in the search box. */
    typed,
    /** What the list is searched for. */
    search,
    page: trail.page,
    pages: Math.max(1, Math.ceil((query.data?.total ?? 0) / ORDERS_PAGE_SIZE)),
    setStatus(value: OrderStatus | undefined) {
      setStatusValue(value);
      trail.reset();
    },
    /** Shows `value` in the box; searches for it once typing pauses. */
    type(value: string) {
      setTyped(value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        setSearchValue(value.trim());
        trail.reset();
      }, SEARCH_DEBOUNCE_MS);
    },
    clearSearch() {
      clearTimeout(timer.current);
      setTyped("");
      setSearchValue("");
      trail.reset();
    },
    next: () => trail.next(query.data?.nextCursor),
    previous: trail.previous,
    hasNext: Boolean(query.data?.nextCursor),
    hasPrevious: trail.hasPrevious,
  };
}

export type OrderPages = ReturnType<typeof useOrderPages>;
