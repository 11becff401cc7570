/** What is left until a moment, in whole days, hours and minutes (minutes rounded up). */
export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
}

/**
 * The time left until ordering closes: days and hours, hours and minutes, or
 * minutes, as the page says it ("2 days 5 hours left"); null once it has passed.
 */
export function timeLeft(until: Date, now: Date): TimeLeft | null {
  const ms = until.getTime() - now.getTime();
  if (ms <= 0) return null;
  const total = Math.ceil(ms / 60_000);
  return {
    days: Math.floor(total / (24 * 60)),
    hours: Math.floor((total % (24 * 60)) / 60),
    minutes: total % 60,
  };
}

/** Which message says `left`: the two largest units, the second left out when zero. */
export function timeLeftKey(
  left: TimeLeft,
): "daysHours" | "days" | "hoursMinutes" | "hours" | "minutes" {
  if (left.days > 0) return left.hours > 0 ? "daysHours" : "days";
  if (left.hours > 0) return left.minutes > 0 ? "hoursMinutes" : "hours";
  return "minutes";
}
