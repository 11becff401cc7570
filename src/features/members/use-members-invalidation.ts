"use client";

import { api } from "@/trpc/react";

/** Everything a change to members shows in: the lists, the groups and the numbers. */
export function useMembersInvalidation() {
  const utils = api.useUtils();
  return () =>
    Promise.all([
      utils.members.list.invalidate(),
      utils.members.groups.invalidate(),
      utils.analytics.get.invalidate(),
    ]);
}
