import { stringify } from "csv-stringify/sync";
import type { Analytics, ProjectReport, Timeseries } from "./analytics.schemas";

/**
 * The analytics reports as CSV files: the same numbers as the JSON, money in
 * units of the studio's currency (named in the header), rates as fractions.
 */

function money(cents: number | null, currency: string): string {
  if (cents === null) return "";
  const digits =
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return (cents / 100).toFixed(digits);
}

/** A name that a spreadsheet would run as a formula is kept as text. */
const text = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const rate = (value: number | null) => (value === null ? "" : value.toFixed(4));

/** With a byte-order mark, so that Excel reads the UTF-8 (names such as "Müller") as UTF-8. */
function csv(rows: (string | number)[][]): string {
  return stringify(rows, { record_delimiter: "\r\n", bom: true });
}

export function analyticsCsv(analytics: Analytics, currency: string): string {
  const { kpis, conversionFunnel: funnel } = analytics;
  return csv([
    ["section", "name", "count", `revenue (${currency})`],
    ["kpis", "membersEnrolled", kpis.membersEnrolled, ""],
    ["kpis", "photosUploaded", kpis.photosUploaded, ""],
    ["kpis", "usersTagged", kpis.usersTagged, ""],
    ["kpis", "packagesSold", kpis.packagesSold, money(kpis.revenueInCents, currency)],
    ...analytics.photosByPhotographer.map((p) => [
      "photosByPhotographer",
      text(p.name),
      p.photoCount,
      "",
    ]),
    ...analytics.packageSales.map((p) => [
      "packageSales",
      text(p.name),
      p.count,
      money(p.revenueInCents, currency),
    ]),
    ["conversionFunnel", "enrolled", funnel.enrolled, ""],
    ["conversionFunnel", "tagged", funnel.tagged, ""],
    ["conversionFunnel", "purchased", funnel.purchased, ""],
  ]);
}

export function projectReportCsv({ currency, items }: ProjectReport): string {
  return csv([
    [
      "project",
      "start",
      "enrolled",
      "viewed",
      "tagged",
      "purchased",
      "orders",
      `revenue (${currency})`,
      `average order value (${currency})`,
      `revenue per enrolled member (${currency})`,
      "login rate",
      "order rate",
    ],
    ...items.map((row) => [
      text(row.name),
      row.startAt ?? "",
      row.enrolled,
      row.viewed,
      row.tagged,
      row.purchased,
      row.orders,
      money(row.revenueInCents, currency),
      money(row.averageOrderValueInCents, currency),
      money(row.revenuePerEnrolledInCents, currency),
      rate(row.loginRate),
      rate(row.orderRate),
    ]),
  ]);
}

export function timeseriesCsv(series: Timeseries): string {
  return csv([
    [`${series.interval} starting`, "orders", `revenue (${series.currency})`],
    ...series.points.map((point) => [
      point.start,
      point.orders,
      money(point.revenueInCents, series.currency),
    ]),
  ]);
}
