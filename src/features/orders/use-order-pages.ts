"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { api, type RouterOutputs } from "@/trpc/react";

export const ORDERS_PAGE_SIZE = 20;

export type OrderStatus = RouterOutputs["orders"]["get"]["status"];

/**
 * A project's orders a page at a time, newest first, optionally of one status:
 * the list hands out a cursor for the next page, so the cursors of the pages
 * seen so far make "Previous" work.
 */
export function useOrderPages(projectId: string) {
  const [status, setStatusValue] = useState<OrderStatus | undefined>(undefined);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const page = cursors.length;
  const query = api.orders.list.useQuery(
    { projectId, limit: ORDERS_PAGE_SIZE, cursor: cursors.at(-1), status },
    { placeholderData: keepPreviousData },
  );
  return {
    query,
    status,
    page,
    pages: Math.max(1, Math.ceil((query.data?.total ?? 0) / ORDERS_PAGE_SIZE)),
    setStatus(value: OrderStatus | undefined) {
      setStatusValue(value);
      setCursors([undefined]);
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

export type OrderPages = ReturnType<typeof useOrderPages>;
