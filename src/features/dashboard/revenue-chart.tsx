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
import { EmptyState, Skeleton } from "@/components/ui/feedback";
import { formatNumber } from "@/lib/format";
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

/** An interval in words: "3 Dec 2026", "Week of 30 Nov 2026", "December 2026". */
export function periodLabel(start: string, interval: Interval, locale: string): string {
  if (interval === "month") {
    return new Intl.DateTimeFormat(locale, {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(at(start));
  }
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    at(start),
  );
  return interval === "week" ? `Week of ${day}` : day;
}

const PER: Record<Interval, string> = { day: "day", week: "week (from Monday)", month: "month" };

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
      ? `on ${periodLabel(series.from, "day", locale)}`
      : `from ${periodLabel(series.from, "day", locale)} to ${periodLabel(series.to, "day", locale)}`;
  const summary =
    `Revenue over time, per ${interval}: ${formatPrice(revenue)} from ${formatNumber(orders, locale)} paid orders` +
    (best
      ? `; most in ${periodLabel(best.start, interval, locale)}, ${formatPrice(best.revenueInCents)}`
      : "");
  const data = points.map((p) => ({ ...p, label: periodTick(p.start, interval, locale) }));

  return (
    <ChartCard
      title="Revenue over time"
      description={
        series ? (
          <>
            Paid orders and their revenue per {PER[interval]}, {span}.
          </>
        ) : (
          "Paid orders and their revenue."
        )
      }
      summary={summary}
      actions={actions}
      empty={
        !series ? (
          <div role="status" aria-label="Loading revenue over time">
            <Skeleton height="16rem" />
          </div>
        ) : orders === 0 ? (
          <EmptyState title="No sales in this range">
            Paid orders show here by the day they were placed. Choose a longer period, or All time.
          </EmptyState>
        ) : undefined
      }
      table={
        <DataTable
          caption="Revenue over time"
          columns={[
            { label: interval === "day" ? "Day" : interval === "week" ? "Week" : "Month" },
            { label: "Orders", numeric: true },
            { label: "Revenue", numeric: true },
          ]}
          rows={points.map((p) => ({
            key: p.start,
            cells: [
              periodLabel(p.start, interval, locale),
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
            name="Revenue"
            fill={SECONDARY}
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
          <Line
            yAxisId="orders"
            dataKey="orders"
            name="Orders"
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
