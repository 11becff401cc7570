import { TZDate } from "@date-fns/tz";

/**
 * When campaign e-mails may go out and when reminders are due: pure functions
 * of an instant, so the rules are tested with any clock.
 */

/** No campaign e-mail goes out from 21:00 to 08:00 in the project's time zone. */
export const QUIET_HOURS = { from: 21, until: 8 } as const;

/**
 * Null when an e-mail may go out at `now` in `timeZone`; otherwise the next
 * 08:00 there (the same morning before 08:00, the next one from 21:00). A
 * day's 08:00 exists on every DST change, which move clocks at night.
 */
export function quietUntil(now: Date, timeZone: string): Date | null {
  const local = new TZDate(now.getTime(), timeZone);
  const hour = local.getHours();
  if (hour >= QUIET_HOURS.until && hour < QUIET_HOURS.from) return null;
  const day = hour >= QUIET_HOURS.from ? local.getDate() + 1 : local.getDate();
  return new Date(
    new TZDate(
      local.getFullYear(),
      local.getMonth(),
      day,
      QUIET_HOURS.until,
      0,
      timeZone,
    ).getTime(),
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The reminder due at `now`, as its number of days before the close: the
 * smallest of `days` whose moment (close − d days) has come, while ordering is
 * still open. Null when none is due. A deadline set late makes several days
 * due at once: only the nearest goes out, the earlier ones are passed over
 * (members get one reminder, the most urgent, not two at once).
 */
export function reminderDue(now: Date, ordersCloseAt: Date | null, days: number[]): number | null {
  if (!ordersCloseAt || now >= ordersCloseAt) return null;
  const due = days.filter((d) => now.getTime() >= ordersCloseAt.getTime() - d * DAY_MS);
  return due.length === 0 ? null : Math.min(...due);
}

/** An order still pending this long after it was placed gets one reminder. */
export const UNPAID_ORDER_AFTER_MS = DAY_MS;
/** Orders pending longer than this are left alone (a reminder a month late helps nobody). */
export const UNPAID_ORDER_UNTIL_MS = 14 * DAY_MS;

/** Whether an order placed at `orderedAt` and still pending is due its one reminder at `now`. */
export function unpaidOrderDue(now: Date, orderedAt: Date): boolean {
  const age = now.getTime() - orderedAt.getTime();
  return age >= UNPAID_ORDER_AFTER_MS && age < UNPAID_ORDER_UNTIL_MS;
}

/** Campaign e-mails a studio sends per minute at most; the rest wait for the next minute. */
export const CAMPAIGN_MAILS_PER_MINUTE = 60;

/** Visits and paid orders within this long after a campaign e-mail count for it. */
export const ATTRIBUTION_WINDOW_DAYS = 7;
