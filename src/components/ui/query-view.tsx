"use client";

import type { ReactNode } from "react";
import { messageOf } from "@/trpc/react";
import { ErrorAlert, ListSkeleton } from "./feedback";

interface ListQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T[] | undefined;
  refetch: () => unknown;
}

/** A list query's four states: loading, failed (with retry), empty, and the list itself. */
export function QueryView<T>({
  query,
  loadingLabel,
  empty,
  children,
}: {
  query: ListQuery<T>;
  loadingLabel: string;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  if (query.isPending) return <ListSkeleton label={loadingLabel} />;
  if (query.isError || !query.data) {
    return <ErrorAlert message={messageOf(query.error)} onRetry={() => void query.refetch()} />;
  }
  if (query.data.length === 0) return <>{empty}</>;
  return <>{children(query.data)}</>;
}
