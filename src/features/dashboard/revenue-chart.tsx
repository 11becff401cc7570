"use client";

import type { ReactNode } from "react";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useTranslations } from "use-intl";
import { EmptyState, Skeleton } from "@/components/ui/feedback";
import { formatDate, formatNumber } from "@/lib/format";
import type { RouterOutputs } from "@/trpc/react";
import { ChartCard, DataTable, PRIMARY, revenueOrCount, SECONDARY } from "./charts";
import type { Interval } from "./date-range";

type Timeseries = RouterOutputs["analytics"]["timeseries"];

const at = (day: string) => new Date(`${day}T00:00:00Z`);

/** An interval's first day as an axis label: "3 Dec" for days and weeks, "Dec 2026" for months. */
export function periodTick(start: string, interval: Interval, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    interval === "month"
      ? { month: "short", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "short", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(at(start));
}

/**
 * An interval in words: "3 Dec 2026", "Week of 30 Nov 2026", "December 2026";
 * `weekOf` words a week by its first day in the page's language.
 */
export function periodLabel(
  start: string,
  interval: Interval,
  locale: string,
  weekOf: (day: string) => string,
): string {
  if (interval === "month") {
    return new Intl.DateTimeFormat(locale, {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(at(start));
  }
  // The page's one date style ("3 Dec 2026", "3. Dez. 2026").
  const day = formatDate(at(start).toISOString(), "UTC", locale);
  return interval === "week" ? weekOf(day) : day;
}

/** Paid orders and revenue per day, week or month of the period, with a table view. */
export function RevenueChart({
  series,
  interval,
  locale,
  formatPrice,
  formatPriceCompact,
  actions,
}: {
  /** Undefined while it loads. */
  series: Timeseries | undefined;
  interval: Interval;
  locale: string;
  formatPrice: (minorUnits: number) => string;
  formatPriceCompact: (minorUnits: number) => string;
  actions: ReactNode;
}) {
  const t = useTranslations("dashboardRevenue");
  const label = (start: string, of: Interval) =>
    periodLabel(start, of, locale, (day) => t("weekOf", { day }));
  const points = series?.points ?? [];
  const orders = points.reduce((sum, p) => sum + p.orders, 0);
  const revenue = points.reduce((sum, p) => sum + p.revenueInCents, 0);
  const best = points.reduce<(typeof points)[number] | null>(
    (top, p) => (p.revenueInCents > (top?.revenueInCents ?? 0) ? p : top),
    null,
  );
  const span = !series
    ? ""
    : series.from === series.to
      ? t("onDay", { day: label(series.from, "day") })
      : t("fromTo", { from: label(series.from, "day"), to: label(series.to, "day") });
  const summary =
    t("summary", { per: t(`perShort.${interval}`), revenue: formatPrice(revenue), orders }) +
    (best
      ? t("summaryBest", {
          period: label(best.start, interval),
          amount: formatPrice(best.revenueInCents),
        })
      : "");
  const data = points.map((p) => ({ ...p, label: periodTick(p.start, interval, locale) }));

  return (
    <ChartCard
      title={t("title")}
      description={
        series ? t("description", { per: t(`per.${interval}`), span }) : t("descriptionLoading")
      }
      summary={summary}
      actions={actions}
      empty={
        !series ? (
          <div role="status" aria-label={t("loading")}>
            <Skeleton height="16rem" />
          </div>
        ) : orders === 0 ? (
          <EmptyState title={t("noSales")}>{t("noSalesHint")}</EmptyState>
        ) : undefined
      }
      table={
        <DataTable
          caption={t("title")}
          columns={[
            { label: t(interval) },
            { label: t("orders"), numeric: true },
            { label: t("revenue"), numeric: true },
          ]}
          rows={points.map((p) => ({
            key: p.start,
            cells: [
              label(p.start, interval),
              formatNumber(p.orders, locale),
              formatPrice(p.revenueInCents),
            ],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ left: 8, right: 8 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={12} />
          <YAxis
            yAxisId="revenue"
            // As wide as its longest amount ("120.000 €"), not cut at a fixed width.
            width="auto"
            tickFormatter={(value: number) => formatPriceCompact(value)}
          />
          <YAxis
            yAxisId="orders"
            orientation="right"
            allowDecimals={false}
            tickFormatter={(value: number) => formatNumber(value, locale)}
          />
          <Tooltip formatter={revenueOrCount(formatPrice, locale)} />
          <Legend />
          <Bar
            yAxisId="revenue"
            dataKey="revenueInCents"
            name={t("revenue")}
            fill={SECONDARY}
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
          <Line
            yAxisId="orders"
            dataKey="orders"
            name={t("orders")}
            type="monotone"
            stroke={PRIMARY}
            strokeWidth={2}
            dot={points.length <= 62}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
