"use client";

import type { FormEvent } from "react";
import { Pager } from "@/components/ui/pager";
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

export function MemberPager({ pages }: { pages: MemberPages }) {
  return (
    <Pager label="Member pages" noun="member" total={pages.query.data?.total ?? 0} pages={pages} />
  );
}
