"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { useCursorTrail } from "@/components/ui/pager";
import { api, type RouterOutputs } from "@/trpc/react";

export const AUDIT_LOG_PAGE_SIZE = 25;

export type AuditEntry = RouterOutputs["auditLog"]["list"]["items"][number];
export type AuditAction = AuditEntry["action"];

/** The studio's audit log a page at a time, newest first, optionally of one action. */
export function useAuditLogPages() {
  const [action, setActionValue] = useState<AuditAction | undefined>(undefined);
  const trail = useCursorTrail();
  const query = api.auditLog.list.useQuery(
    { limit: AUDIT_LOG_PAGE_SIZE, cursor: trail.cursor, action },
    { placeholderData: keepPreviousData },
  );
  return {
    query,
    action,
    page: trail.page,
    pages: Math.max(1, Math.ceil((query.data?.total ?? 0) / AUDIT_LOG_PAGE_SIZE)),
    setAction(value: AuditAction | undefined) {
      setActionValue(value);
      trail.reset();
    },
    next: () => trail.next(query.data?.nextCursor),
    previous: trail.previous,
    hasNext: Boolean(query.data?.nextCursor),
    hasPrevious: trail.hasPrevious,
  };
}
