"use client";

import { api } from "@/trpc/react";

/** Everything an order's change shows in: the orders and every number (here and on the dashboard). */
export function useSalesInvalidation() {
  const utils = api.useUtils();
  return () =>
    Promise.all([
      utils.orders.invalidate(),
      utils.analytics.invalidate(),
      utils.members.list.invalidate(),
    ]);
}
