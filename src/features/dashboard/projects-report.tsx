"use client";

import { keepPreviousData } from "@tanstack/react-query";
import Link from "next/link";
import { type ReactNode, useState } from "react";
import { useTranslations } from "use-intl";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { useStudio } from "@/features/studio/use-studio";
import { formatDate, formatMoney, formatNumber, formatPercent } from "@/lib/format";
import { api, messageOf, type RouterInputs, type RouterOutputs } from "@/trpc/react";
import { CsvButton, visuallyHidden } from "./csv-button";
import { csvFileName, type DayRange } from "./date-range";

type Column = NonNullable<RouterInputs["analytics"]["projects"]["sort"]>;
type Order = "asc" | "desc";
type Row = RouterOutputs["analytics"]["projects"]["items"][number];

interface ColumnSpec {
  key: Column;
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

/** What a missing value (dividing by zero: no members, no orders) reads as. */
function None() {
  const t = useTranslations("dashboardProjects");
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t("none")}</span>
    </>
  );
}

/**
 * The job statistics of every project in the period, sorted by the server on
 * any column. With a project picked on the dashboard, only its row shows (the
 * report is one small page of every project, so it is filtered here and the
 * answer stays shared), with a way back to all of them.
 */
export function ProjectsReport({
  range,
  projectId,
  onShowAll,
}: {
  range: DayRange;
  /** The dashboard's project: only its row shows. */
  projectId?: string;
  /** Clears the dashboard's project. */
  onShowAll: () => void;
}) {
  const t = useTranslations("dashboardProjects");
  const utils = api.useUtils();
  const { profile, locale } = useStudio();
  const timeZone = profile.timezone;
  const [sort, setSort] = useState<{ column: Column; order: Order }>({
    column: "revenueInCents",
    order: "desc",
  });
  const input = { ...range, sort: sort.column, order: sort.order };
  const report = api.analytics.projects.useQuery(input, { placeholderData: keepPreviousData });
  const currency = report.data?.currency ?? profile.currency;
  const money = (cents: number | null) =>
    cents === null ? <None /> : <Formatted>{formatMoney(cents, { currency, locale })}</Formatted>;
  const count = (value: number) => <Formatted>{formatNumber(value, locale)}</Formatted>;
  const rate = (value: number | null) =>
    value === null ? <None /> : <Formatted>{formatPercent(value, locale)}</Formatted>;

  const columns: ColumnSpec[] = [
    {
      key: "name",
      cell: (row) => <Link href={`/projects/${row.projectId}`}>{row.name}</Link>,
    },
    {
      key: "startAt",
      cell: (row) =>
        row.startAt ? <Formatted>{formatDate(row.startAt, timeZone, locale)}</Formatted> : <None />,
    },
    { key: "enrolled", numeric: true, cell: (row) => count(row.enrolled) },
    { key: "viewed", numeric: true, cell: (row) => count(row.viewed) },
    { key: "tagged", numeric: true, cell: (row) => count(row.tagged) },
    { key: "purchased", numeric: true, cell: (row) => count(row.purchased) },
    { key: "orders", numeric: true, cell: (row) => count(row.orders) },
    {
      key: "revenueInCents",
      numeric: true,
      cell: (row) => money(row.revenueInCents),
    },
    {
      key: "averageOrderValueInCents",
      numeric: true,
      cell: (row) => money(row.averageOrderValueInCents),
    },
    {
      key: "revenuePerEnrolledInCents",
      numeric: true,
      cell: (row) => money(row.revenuePerEnrolledInCents),
    },
    { key: "loginRate", numeric: true, cell: (row) => rate(row.loginRate) },
    { key: "orderRate", numeric: true, cell: (row) => rate(row.orderRate) },
  ];

  const rows = (report.data?.items ?? []).filter(
    (row) => !projectId || row.projectId === projectId,
  );
  const showAll = (
    <button type="button" className="button secondary small" onClick={onShowAll}>
      {t("showAll")}
    </button>
  );

  function sortBy(column: ColumnSpec) {
    setSort((current) =>
      current.column === column.key
        ? { column: column.key, order: current.order === "asc" ? "desc" : "asc" }
        : { column: column.key, order: column.numeric ? "desc" : "asc" },
    );
  }

  return (
    <section className="card" aria-labelledby="projects-report-title">
      <div className="card-header">
        <div>
          <h2 id="projects-report-title">{t("title")}</h2>
          <p>{t("description")}</p>
        </div>
        <CsvButton
          fileName={csvFileName("projects", range)}
          load={() => utils.analytics.projectsCsv.fetch(input, { staleTime: 0 })}
        >
          {t.rich("downloadCsv", { hidden: visuallyHidden })}
        </CsvButton>
      </div>
      {report.isPending ? (
        <ListSkeleton label={t("loading")} />
      ) : report.isError ? (
        <ErrorAlert message={messageOf(report.error)} onRetry={() => void report.refetch()} />
      ) : report.data.items.length === 0 ? (
        <EmptyState title={t("noProjects")}>
          <span>
            {t.rich("noProjectsHint", {
              link: (chunks) => <Link href="/projects/new">{chunks}</Link>,
            })}
          </span>
        </EmptyState>
      ) : projectId && rows.length === 0 ? (
        <EmptyState title={t("notInTable")}>{showAll}</EmptyState>
      ) : (
        <div aria-busy={report.isFetching}>
          {projectId && (
            <div className="report-filter" role="status">
              <span>
                {t.rich("showingOnly", {
                  name: rows[0]?.name ?? "",
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </span>
              {showAll}
            </div>
          )}
          <div className="table-wrap" role="region" aria-label={t("region")} tabIndex={0}>
            <table className="report-table">
              <caption className="visually-hidden">
                {t("caption", {
                  column: t(`columns.${sort.column}`),
                  order: sort.order === "asc" ? t("ascending") : t("descending"),
                })}
              </caption>
              <thead>
                <tr>
                  {columns.map((column) => {
                    const active = sort.column === column.key;
                    return (
                      <th
                        key={column.key}
                        scope="col"
                        className={column.numeric ? "number" : undefined}
                        aria-sort={
                          active ? (sort.order === "asc" ? "ascending" : "descending") : undefined
                        }
                      >
                        <button
                          type="button"
                          className="sort-button"
                          onClick={() => sortBy(column)}
                        >
                          {t(`columns.${column.key}`)}
                          <span className="sort-mark" aria-hidden="true">
                            {active ? (sort.order === "asc" ? "▲" : "▼") : ""}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.projectId}>
                    {columns.map((column) => (
                      <td key={column.key} className={column.numeric ? "number" : undefined}>
                        {column.cell(row)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small" style={{ marginBottom: 0 }}>
            {t("note")}
          </p>
        </div>
      )}
    </section>
  );
}
