"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";

export function Skeleton({ height = "1rem", width = "100%" }: { height?: string; width?: string }) {
  return <div className="skeleton" style={{ height, width }} aria-hidden="true" />;
}

/** A placeholder for a list while it loads, announced once. */
export function ListSkeleton({ rows = 4, label }: { rows?: number; label?: string }) {
  const t = useTranslations("ui");
  return (
    <div className="stack" role="status" aria-label={label ?? t("loading")}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height="3.25rem" />
      ))}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <strong>{title}</strong>
      {children}
    </div>
  );
}

export function ErrorAlert({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useTranslations("ui");
  return (
    <div className="alert error" role="alert">
      {message}{" "}
      {onRetry && (
        <button type="button" className="button ghost small" onClick={onRetry}>
          {t("tryAgain")}
        </button>
      )}
    </div>
  );
}
