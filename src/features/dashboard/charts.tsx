"use client";

import { type ReactNode, useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useTranslations } from "use-intl";
import { EmptyState } from "@/components/ui/feedback";
import { formatNumber, formatPercent } from "@/lib/format";
import type { RouterOutputs } from "@/trpc/react";

type Analytics = RouterOutputs["analytics"]["get"];

export const PRIMARY = "#3442c7";
export const SECONDARY = "#0e7c70";

/** A tooltip's value: the revenue series (`revenueInCents`) as money, any other as a count. */
export function revenueOrCount(formatPrice: (minorUnits: number) => string, locale: string) {
  return (value: unknown, name: unknown, item: { dataKey?: unknown }): [string, string] => [
    item.dataKey === "revenueInCents"
      ? formatPrice(Number(value))
      : formatNumber(Number(value), locale),
    String(name),
  ];
}

/** A chart with a title, a summary for screen readers, and a table view a click away. */
export function ChartCard({
  title,
  description,
  summary,
  table,
  empty,
  actions,
  children,
}: {
  title: string;
  description: ReactNode;
  summary: string;
  table: ReactNode;
  empty?: ReactNode;
  /** Controls beside "Show table" (an interval switch, a download). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations("dashboardCharts");
  const [showTable, setShowTable] = useState(false);
  return (
    <section className="card" aria-label={title}>
      <div className="card-header">
        <div>
          <h2>{title}</h2>
          <p>{description}</p>
        </div>
        {(actions || !empty) && (
          <div className="button-row">
            {actions}
            {!empty && (
              <button
                type="button"
                className="button secondary small"
                aria-pressed={showTable}
                onClick={() => setShowTable((shown) => !shown)}
              >
                {showTable ? t("showChart") : t("showTable")}
              </button>
            )}
          </div>
        )}
      </div>
      {empty ??
        (showTable ? (
          <div className="table-wrap">{table}</div>
        ) : (
          <figure className="chart" role="img" aria-label={summary} style={{ margin: 0 }}>
            {children}
          </figure>
        ))}
    </section>
  );
}

/** The chart's numbers as a table, for the "Show table" view. */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={column.numeric ? "number" : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={columns[i]!.label} className={columns[i]!.numeric ? "number" : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PhotosByPhotographerChart({
  data,
  locale,
}: {
  data: Analytics["photosByPhotographer"];
  locale: string;
}) {
  const t = useTranslations("dashboardCharts");
  const total = data.reduce((sum, row) => sum + row.photoCount, 0);
  const summary = t("photosSummary", {
    list: data.map((row) => `${row.name} ${formatNumber(row.photoCount, locale)}`).join(", "),
  });
  return (
    <ChartCard
      title={t("photosTitle")}
      description={t("photosDescription")}
      summary={summary}
      empty={
        data.length === 0 ? (
          <EmptyState title={t("noPhotographers")}>{t("noPhotographersHint")}</EmptyState>
        ) : total === 0 ? (
          <EmptyState title={t("noPhotos")}>{t("noPhotosHint")}</EmptyState>
        ) : undefined
      }
      table={
        <DataTable
          caption={t("photosTitle")}
          columns={[{ label: t("photographer") }, { label: t("photos"), numeric: true }]}
          rows={data.map((row) => ({
            key: row.id,
            cells: [row.name, formatNumber(row.photoCount, locale)],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={(value: number) => formatNumber(value, locale)}
          />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 13 }} />
          <Tooltip formatter={(value) => [formatNumber(Number(value), locale), t("photos")]} />
          <Bar
            dataKey="photoCount"
            name={t("photos")}
            fill={PRIMARY}
            radius={[0, 4, 4, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function PackageSalesChart({
  data,
  locale,
  formatPrice,
  formatPriceCompact,
}: {
  data: Analytics["packageSales"];
  locale: string;
  formatPrice: (minorUnits: number) => string;
  formatPriceCompact: (minorUnits: number) => string;
}) {
  const t = useTranslations("dashboardCharts");
  const summary = t("salesSummary", {
    list: data
      .map((row) =>
        t("salesSummaryItem", {
          name: row.name,
          count: formatNumber(row.count, locale),
          amount: formatPrice(row.revenueInCents),
        }),
      )
      .join(", "),
  });
  return (
    <ChartCard
      title={t("salesTitle")}
      description={t("salesDescription")}
      summary={summary}
      empty={
        data.length === 0 ? (
          <EmptyState title={t("noPackages")}>{t("noPackagesHint")}</EmptyState>
        ) : data.every((row) => row.count === 0) ? (
          <EmptyState title={t("noSales")}>{t("noSalesHint")}</EmptyState>
        ) : undefined
      }
      table={
        <DataTable
          caption={t("salesTitle")}
          columns={[
            { label: t("package") },
            { label: t("sold"), numeric: true },
            { label: t("revenue"), numeric: true },
          ]}
          rows={data.map((row) => ({
            key: row.id,
            cells: [row.name, formatNumber(row.count, locale), formatPrice(row.revenueInCents)],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ left: 8, right: 8 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis
            dataKey="name"
            tick={{ fontSize: 12 }}
            interval={0}
            angle={-25}
            textAnchor="end"
            height={64}
          />
          <YAxis
            yAxisId="count"
            allowDecimals={false}
            tickFormatter={(value: number) => formatNumber(value, locale)}
          />
          <YAxis
            yAxisId="revenue"
            orientation="right"
            // As wide as its longest amount ("120.000 €"), not cut at a fixed width.
            width="auto"
            tickFormatter={(value: number) => formatPriceCompact(value)}
          />
          <Tooltip formatter={revenueOrCount(formatPrice, locale)} />
          <Legend />
          <Bar
            yAxisId="count"
            dataKey="count"
            name={t("sold")}
            fill={PRIMARY}
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
          <Bar
            yAxisId="revenue"
            dataKey="revenueInCents"
            name={t("revenue")}
            fill={SECONDARY}
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function ConversionFunnelChart({
  funnel,
  locale,
}: {
  funnel: Analytics["conversionFunnel"];
  locale: string;
}) {
  const t = useTranslations("dashboardCharts");
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const steps = [
    { step: t("enrolled"), members: funnel.enrolled, share: 1, note: t("ofEnrolled") },
    {
      step: t("tagged"),
      members: funnel.tagged,
      share: ratio(funnel.tagged, funnel.enrolled),
      note: t("ofEnrolled"),
    },
    {
      step: t("purchased"),
      members: funnel.purchased,
      share: ratio(funnel.purchased, funnel.tagged),
      note: t("ofTagged"),
    },
  ];
  const data = steps.map((s) => ({
    ...s,
    label: `${formatNumber(s.members, locale)} (${formatPercent(s.share, locale)})`,
  }));
  const summary = t("funnelSummary", {
    list: data.map((s) => `${s.step} ${s.label}`).join(", "),
  });
  return (
    <ChartCard
      title={t("funnelTitle")}
      description={t("funnelDescription")}
      summary={summary}
      empty={
        funnel.enrolled === 0 ? (
          <EmptyState title={t("noMembers")}>{t("noMembersHint")}</EmptyState>
        ) : undefined
      }
      table={
        <DataTable
          caption={t("funnelTitle")}
          columns={[
            { label: t("step") },
            { label: t("members"), numeric: true },
            { label: t("stepConversion"), numeric: true },
          ]}
          rows={steps.map((step) => ({
            key: step.step,
            cells: [
              step.step,
              formatNumber(step.members, locale),
              <>
                {formatPercent(step.share, locale)} <span className="muted small">{step.note}</span>
              </>,
            ],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 120 }}>
          <XAxis type="number" hide allowDecimals={false} />
          <YAxis type="category" dataKey="step" width={90} tick={{ fontSize: 13 }} />
          <Tooltip formatter={(value) => [formatNumber(Number(value), locale), t("members")]} />
          <Bar
            dataKey="members"
            name={t("members")}
            fill={PRIMARY}
            radius={[0, 4, 4, 0]}
            isAnimationActive={false}
          >
            <LabelList dataKey="label" position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
