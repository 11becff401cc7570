"use client";

import type { FormEvent } from "react";
import { useTranslations } from "use-intl";
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
  const t = useTranslations("projectsMemberTable");
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
        placeholder={t("searchPlaceholder")}
        aria-label={t("searchLabel")}
        defaultValue={pages.search}
      />
      <button type="submit" className="button secondary">
        {t("search")}
      </button>
      {named.length > 0 && (
        <select
          className="input"
          aria-label={t("groupLabel")}
          value={pages.group ?? ""}
          onChange={(event) => pages.setGroup(event.target.value || undefined)}
          style={{ width: "auto" }}
        >
          <option value="">{t("allGroups")}</option>
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
  const t = useTranslations("projectsMemberTable");
  const total = pages.query.data?.total ?? 0;
  return (
    <Pager
      label={t("pagerLabel")}
      noun="member"
      total={total}
      pages={pages}
      summary={t("pager", { page: pages.page, pages: pages.pages, total })}
    />
  );
}
