/**
 * The dashboard's period: whole days (YYYY-MM-DD) in the studio's time zone,
 * both included, as the analytics procedures take them. Pure functions, used
 * by the page (to prefetch what the browser will ask for) and in the browser.
 */

export interface DayRange {
  from?: string;
  to?: string;
}

export type Interval = "day" | "week" | "month";
export const INTERVALS: readonly Interval[] = ["day", "week", "month"];

/** The analytics timeseries refuses more intervals than this. */
export const MAX_POINTS = 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A real calendar day written YYYY-MM-DD (so 2026-02-30 is not one). */
export function isDay(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The range in an address: days that are not days are dropped, a reversed range is turned round. */
export function parseRange(query: { from?: unknown; to?: unknown }): DayRange {
  const from = isDay(query.from) ? query.from : undefined;
  const to = isDay(query.to) ? query.to : undefined;
  if (from && to && from > to) return { from: to, to: from };
  return { ...(from && { from }), ...(to && { to }) };
}

export function parseInterval(value: unknown): Interval | undefined {
  return INTERVALS.find((interval) => interval === value);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day of `instant` in `timeZone`, YYYY-MM-DD. */
export function dayIn(timeZone: string, instant: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
}

/** The period's presets; their names are the messages `dashboardRange.presets.<id>`. */
export const PRESETS = [
  { id: "last-7-days" },
  { id: "last-30-days" },
  { id: "this-month" },
  { id: "last-month" },
  { id: "this-year" },
  { id: "all-time" },
] as const;
export type PresetId = (typeof PRESETS)[number]["id"];

/** A preset's days, counted back from `today` (the studio's today). All time is no range. */
export function presetRange(preset: PresetId, today: string): DayRange {
  const month = today.slice(0, 7);
  switch (preset) {
    case "last-7-days":
      return { from: addDays(today, -6), to: today };
    case "last-30-days":
      return { from: addDays(today, -29), to: today };
    case "this-month":
      return { from: `${month}-01`, to: today };
    case "last-month": {
      const lastDay = addDays(`${month}-01`, -1);
      return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
    }
    case "this-year":
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case "all-time":
      return {};
  }
}

/** Which preset the range is today, or "custom". */
export function presetOf(range: DayRange, today: string): PresetId | "custom" {
  const match = PRESETS.find(({ id }) => {
    const preset = presetRange(id, today);
    return preset.from === range.from && preset.to === range.to;
  });
  return match?.id ?? "custom";
}

/** About how many points a timeseries of the range has (the server's own estimate). */
export function pointsIn(from: string, to: string, interval: Interval): number {
  return Math.ceil(daysBetween(from, to) / { day: 1, week: 7, month: 28 }[interval]);
}

/** Days up to two months, weeks up to a year, months beyond. */
export function intervalFor(from: string, to: string): Interval {
  const days = daysBetween(from, to);
  if (days <= 62) return "day";
  if (days <= 366) return "week";
  return "month";
}

/**
 * The days a chart of the range covers. An open start begins with the first
 * project in scope (its creation or its shoot, whichever is earlier: no order
 * can be older), an open end is today; null without any project.
 */
export function chartRange(
  range: DayRange,
  projects: { createdAt: string; startAt: string | null }[],
  timeZone: string,
  today: string,
): { from: string; to: string } | null {
  let from = range.from;
  const derived = !from;
  if (!from) {
    const instants = projects.flatMap((p) =>
      p.startAt ? [p.createdAt, p.startAt] : [p.createdAt],
    );
    if (instants.length === 0) return null;
    const first = instants.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
    from = dayIn(timeZone, new Date(first));
  }
  let to = range.to ?? today;
  if (to < from) {
    if (derived) from = to;
    else to = from;
  }
  return { from, to };
}

/** "2026-11-01-to-2026-11-30", "from-2026-11-01", "until-2026-11-30" or "all-time". */
export function rangeSlug({ from, to }: DayRange): string {
  if (from && to) return from === to ? from : `${from}-to-${to}`;
  if (from) return `from-${from}`;
  if (to) return `until-${to}`;
  return "all-time";
}

/** A name as a file name's part: "Spring School 2026" -> "spring-school-2026". */
export function slug(name: string): string {
  const text = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return text || "project";
}

/** A CSV download's name: what, for which project, over which days. */
export function csvFileName(report: string, range: DayRange, projectName?: string): string {
  return [report, projectName ? slug(projectName) : null, rangeSlug(range)]
    .filter(Boolean)
    .join("-")
    .concat(".csv");
}
