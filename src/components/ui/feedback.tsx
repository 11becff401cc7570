import type { ReactNode } from "react";

export function Skeleton({ height = "1rem", width = "100%" }: { height?: string; width?: string }) {
  return <div className="skeleton" style={{ height, width }} aria-hidden="true" />;
}

/** A placeholder for a list while it loads, announced once. */
export function ListSkeleton({ rows = 4, label = "Loading…" }: { rows?: number; label?: string }) {
  return (
    <div className="stack" role="status" aria-label={label}>
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

export function ErrorAlert({
  message,
  onRetry,
  retryLabel = "Try again",
}: {
  message: string;
  onRetry?: () => void;
  /** The retry button's text in the page's language. */
  retryLabel?: string;
}) {
  return (
    <div className="alert error" role="alert">
      {message}{" "}
      {onRetry && (
        <button type="button" className="button ghost small" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}
