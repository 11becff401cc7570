"use client";

import { keepPreviousData } from "@tanstack/react-query";
import Link from "next/link";
import { type ReactNode, useState } from "react";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { useStudio } from "@/features/studio/use-studio";
import { formatDate, formatMoney, formatNumber, formatPercent } from "@/lib/format";
import { api, messageOf, type RouterInputs, type RouterOutputs } from "@/trpc/react";
import { CsvButton } from "./csv-button";
import { csvFileName, type DayRange } from "./date-range";

type Column = NonNullable<RouterInputs["analytics"]["projects"]["sort"]>;
type Order = "asc" | "desc";
type Row = RouterOutputs["analytics"]["projects"]["items"][number];

interface ColumnSpec {
  key: Column;
  label: string;
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

/** What a missing value (dividing by zero: no members, no orders) reads as. */
function None() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">none</span>
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
      label: "Project",
      cell: (row) => <Link href={`/projects/${row.projectId}`}>{row.name}</Link>,
    },
    {
      key: "startAt",
      label: "Shoot",
      cell: (row) =>
        row.startAt ? <Formatted>{formatDate(row.startAt, timeZone, locale)}</Formatted> : <None />,
    },
    { key: "enrolled", label: "Enrolled", numeric: true, cell: (row) => count(row.enrolled) },
    { key: "viewed", label: "Viewed", numeric: true, cell: (row) => count(row.viewed) },
    { key: "tagged", label: "Tagged", numeric: true, cell: (row) => count(row.tagged) },
    { key: "purchased", label: "Purchased", numeric: true, cell: (row) => count(row.purchased) },
    { key: "orders", label: "Orders", numeric: true, cell: (row) => count(row.orders) },
    {
      key: "revenueInCents",
      label: "Revenue",
      numeric: true,
      cell: (row) => money(row.revenueInCents),
    },
    {
      key: "averageOrderValueInCents",
      label: "Avg. order",
      numeric: true,
      cell: (row) => money(row.averageOrderValueInCents),
    },
    {
      key: "revenuePerEnrolledInCents",
      label: "Per member",
      numeric: true,
      cell: (row) => money(row.revenuePerEnrolledInCents),
    },
    { key: "loginRate", label: "Login rate", numeric: true, cell: (row) => rate(row.loginRate) },
    { key: "orderRate", label: "Order rate", numeric: true, cell: (row) => rate(row.orderRate) },
  ];

  const rows = (report.data?.items ?? []).filter(
    (row) => !projectId || row.projectId === projectId,
  );
  const showAll = (
    <button type="button" className="button secondary small" onClick={onShowAll}>
      Show all projects
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
          <h2 id="projects-report-title">Projects</h2>
          <p>
            Each project&rsquo;s numbers in the period; click a column to sort. Orders and revenue
            count paid orders placed in the period.
          </p>
        </div>
        <CsvButton
          fileName={csvFileName("projects", range)}
          load={() => utils.analytics.projectsCsv.fetch(input, { staleTime: 0 })}
        >
          Download CSV<span className="visually-hidden"> of the projects table</span>
        </CsvButton>
      </div>
      {report.isPending ? (
        <ListSkeleton label="Loading the projects table" />
      ) : report.isError ? (
        <ErrorAlert message={messageOf(report.error)} onRetry={() => void report.refetch()} />
      ) : report.data.items.length === 0 ? (
        <EmptyState title="No projects yet">
          <span>
            Each project&rsquo;s sales show here. <Link href="/projects/new">Create a project</Link>{" "}
            to start.
          </span>
        </EmptyState>
      ) : projectId && rows.length === 0 ? (
        <EmptyState title="This project is not in the table">{showAll}</EmptyState>
      ) : (
        <div aria-busy={report.isFetching}>
          {projectId && (
            <div className="report-filter" role="status">
              <span>
                Showing <strong>{rows[0]?.name}</strong> only, the project picked above.
              </span>
              {showAll}
            </div>
          )}
          <div className="table-wrap" role="region" aria-label="Job statistics" tabIndex={0}>
            <table className="report-table">
              <caption className="visually-hidden">
                Job statistics per project, sorted by{" "}
                {columns.find((c) => c.key === sort.column)?.label}{" "}
                {sort.order === "asc" ? "ascending" : "descending"}
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
                          {column.label}
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
            Viewed: members who first opened their gallery in the period. Purchased: members with a
            paid order in it. Enrolled and tagged count the whole roster. Login rate is viewed,
            order rate purchased, per enrolled member.
          </p>
        </div>
      )}
    </section>
  );
}
