"use client";

import type { FormEvent } from "react";
import type { MemberPages } from "./use-member-pages";

/** Search and group filter above a members table. */
export function MemberSearch({
  pages,
  groups,
}: {
  pages: MemberPages;
  groups: { group: string | null; count: number }[];
}) {
  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    pages.setSearch(String(new FormData(event.currentTarget).get("search") ?? "").trim());
  }
  const named = groups.filter((g): g is { group: string; count: number } => g.group !== null);
  return (
    <form className="toolbar" role="search" onSubmit={handleSearch}>
      <input
        className="input"
        type="search"
        name="search"
        placeholder="Name, e-mail, id or code"
        aria-label="Search members"
        defaultValue={pages.search}
      />
      <button type="submit" className="button secondary">
        Search
      </button>
      {named.length > 0 && (
        <select
          className="input"
          aria-label="Group"
          value={pages.group ?? ""}
          onChange={(event) => pages.setGroup(event.target.value || undefined)}
          style={{ width: "auto" }}
        >
          <option value="">All groups</option>
          {named.map(({ group, count }) => (
            <option key={group} value={group}>
              {group} ({count})
            </option>
          ))}
        </select>
      )}
    </form>
  );
}

/** "Page 2 of 7 · 160 members" with Previous and Next. */
export function MemberPager({ pages }: { pages: MemberPages }) {
  const total = pages.query.data?.total ?? 0;
  return (
    <nav className="pagination" aria-label="Member pages">
      <span className="muted small">
        Page {pages.page} of {pages.pages} · {total} member{total === 1 ? "" : "s"}
      </span>
      <div className="button-row">
        <button
          type="button"
          className="button secondary small"
          disabled={!pages.hasPrevious}
          onClick={pages.previous}
        >
          Previous
        </button>
        <button
          type="button"
          className="button secondary small"
          disabled={!pages.hasNext}
          onClick={pages.next}
        >
          Next
        </button>
      </div>
    </nav>
  );
}
