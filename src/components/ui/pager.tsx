"use client";

import { type ReactNode, useState } from "react";
import { useTranslations } from "use-intl";

/**
 * Keyset pages: each page's answer hands out the cursor of the next, so the
 * cursors of the pages seen so far make "Previous" work.
 */
export function useCursorTrail() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors.at(-1),
    page: cursors.length,
    hasPrevious: cursors.length > 1,
    reset: () => setCursors([undefined]),
    next(nextCursor: string | null | undefined) {
      if (nextCursor) setCursors((seen) => [...seen, nextCursor]);
    },
    previous() {
      setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen));
    },
  };
}

export interface PageState {
  page: number;
  pages: number;
  hasPrevious: boolean;
  hasNext: boolean;
  previous(): void;
  next(): void;
}

/** "Page 2 of 7 · 160 members" with Previous and Next. */
export function Pager({
  label,
  noun,
  total,
  pages,
  summary,
}: {
  /** The navigation's accessible name, such as "Member pages". */
  label: string;
  /** What is counted, singular: "member". */
  noun: string;
  total: number;
  pages: PageState;
  /** The whole line in the page's language ("Seite 2 von 7 · 160 Mitglieder"), instead of English with `noun`. */
  summary?: ReactNode;
}) {
  const t = useTranslations("ui");
  return (
    <nav className="pagination" aria-label={label}>
      <span className="muted small">
        {summary ?? (
          <>
            {t("page", { page: pages.page, pages: pages.pages })} · {total} {noun}
            {total === 1 ? "" : "s"}
          </>
        )}
      </span>
      <div className="button-row">
        <button
          type="button"
          className="button secondary small"
          disabled={!pages.hasPrevious}
          onClick={pages.previous}
        >
          {t("previous")}
        </button>
        <button
          type="button"
          className="button secondary small"
          disabled={!pages.hasNext}
          onClick={pages.next}
        >
          {t("next")}
        </button>
      </div>
    </nav>
  );
}
