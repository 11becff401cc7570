/**
 * The time left until ordering closes, in words: "2 days 5 hours left",
 * "3 hours 20 minutes left", "12 minutes left"; null once it has passed.
 */
export function timeLeft(until: Date, now: Date): string | null {
  const ms = until.getTime() - now.getTime();
  if (ms <= 0) return null;
  const minutes = Math.ceil(ms / 60_000);
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (days > 0) return `${unit(days, "day")}${hours > 0 ? ` ${unit(hours, "hour")}` : ""} left`;
  if (hours > 0) return `${unit(hours, "hour")}${rest > 0 ? ` ${unit(rest, "minute")}` : ""} left`;
  return `${unit(rest, "minute")} left`;
}
