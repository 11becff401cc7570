"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { messageOf, type RouterOutputs } from "@/trpc/react";
import { MemberPager, MemberSearch } from "./member-pager";
import type { useMemberPages } from "./use-member-pages";

type Member = RouterOutputs["members"]["list"]["items"][number];
type Group = RouterOutputs["members"]["groups"][number];

export interface MemberColumn {
  /** The header; hidden from sight (kept for screen readers) when `hiddenHeader`. */
  header: string;
  hiddenHeader?: boolean;
  className?: string;
  cell: (member: Member) => ReactNode;
}

/** The mark of a member without photo consent, beside their name. */
export function DoNotPhotograph({ member }: { member: Pick<Member, "photoConsent"> }) {
  const t = useTranslations("projectsMemberTable");
  if (member.photoConsent) return null;
  return (
    <>
      {" "}
      <span className="badge no-photo">{t("doNotPhotograph")}</span>
    </>
  );
}

/** A project's members with search, group filter and pages, in the columns given. */
export function MemberTable({
  pages,
  groups,
  columns,
}: {
  pages: ReturnType<typeof useMemberPages>;
  groups: Group[];
  columns: MemberColumn[];
}) {
  const t = useTranslations("projectsMemberTable");
  const { query } = pages;
  return (
    <>
      <MemberSearch pages={pages} groups={groups} />
      {query.isPending ? (
        <ListSkeleton label={t("loading")} />
      ) : query.isError ? (
        <ErrorAlert message={messageOf(query.error)} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t("noMatch", { search: pages.search || pages.group || "" })} />
      ) : (
        <div aria-busy={query.isFetching}>
          <div className="table-wrap" role="region" aria-label={t("tableLabel")} tabIndex={0}>
            <table className="stacked-on-phone">
              <caption className="visually-hidden">
                {t("caption", { page: pages.page, pages: pages.pages })}
              </caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column.header} scope="col" className={column.className}>
                      {column.hiddenHeader ? (
                        <span className="visually-hidden">{column.header}</span>
                      ) : (
                        column.header
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((member) => (
                  <tr key={member.id}>
                    {columns.map((column) => (
                      <td
                        key={column.header}
                        className={column.className}
                        data-label={column.hiddenHeader ? undefined : column.header}
                      >
                        {column.cell(member)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <MemberPager pages={pages} />
        </div>
      )}
    </>
  );
}
