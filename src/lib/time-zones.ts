import { TZDate } from "@date-fns/tz";

/**
 * Conversions between an instant (ISO string) and the wall-clock time a person
 * types into <input type="datetime-local"> for a shoot in a given time zone.
 */

/** "2026-05-04T08:00" in `timeZone` to an ISO instant, or null if incomplete. */
export function wallTimeToIso(wallTime: string, timeZone: string): string | null {
  const match = wallTime.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  return new Date(
    new TZDate(year!, month! - 1, day!, hour!, minute!, timeZone).getTime(),
  ).toISOString();
}

/** An ISO instant as "2026-05-04T08:00" in `timeZone`. */
export function isoToWallTime(iso: string | null, timeZone: string): string {
  if (!iso) return "";
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
