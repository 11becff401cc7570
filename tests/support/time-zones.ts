/**
 * A fixed-offset zone where the real clock reads about 13:00 now: e-mails that
 * jobs send on the real clock are outside the campaign quiet hours whenever a
 * test runs.
 */
export function afternoonZone(now = new Date()): string {
  const offset = 13 - now.getUTCHours();
  return offset === 0 ? "Etc/GMT" : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}
