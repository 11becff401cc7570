"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { useCursorTrail } from "@/components/ui/pager";
import { api, type RouterOutputs } from "@/trpc/react";

export const ORDERS_PAGE_SIZE = 20;

export type OrderStatus = RouterOutputs["orders"]["get"]["status"];

/** A project's orders a page at a time, newest first, optionally of one status. */
export function useOrderPages(projectId: string) {
  const [status, setStatusValue] = useState<OrderStatus | undefined>(undefined);
  const trail = useCursorTrail();
  const query = api.orders.list.useQuery(
    { projectId, limit: ORDERS_PAGE_SIZE, cursor: trail.cursor, status },
    { placeholderData: keepPreviousData },
  );
  return {
    query,
    status,
    page: trail.page,
    pages: Math.max(1, Math.ceil((query.data?.total ?? 0) / ORDERS_PAGE_SIZE)),
    setStatus(value: OrderStatus | undefined) {
      setStatusValue(value);
      trail.reset();
    },
    next: () => trail.next(query.data?.nextCursor),
    previous: trail.previous,
    hasNext: Boolean(query.data?.nextCursor),
    hasPrevious: trail.hasPrevious,
  };
}

export type OrderPages = ReturnType<typeof useOrderPages>;
