/**
 * The `Prefer` request header (RFC 7240): `Prefer: respond-async, wait=10`.
 * Several headers, or several preferences in one, are one list; names are
 * case-insensitive, values may be quoted, parameters after `;` are ignored,
 * and the first of a repeated preference counts. Anything malformed is
 * ignored, as the RFC asks.
 */
export function parsePrefer(header: string | null): Map<string, string> {
  const preferences = new Map<string, string>();
  if (!header) return preferences;
  for (const item of header.split(",")) {
    const [preference] = item.split(";");
    const found = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?:=\s*(?:"([^"]*)"|([^\s"]*)))?\s*$/.exec(
      preference ?? "",
    );
    if (!found) continue;
    const name = found[1]!.toLowerCase();
    if (!preferences.has(name)) preferences.set(name, found[2] ?? found[3] ?? "");
  }
  return preferences;
}

export interface AsyncPreference {
  /** The client asked for `respond-async`. */
  respondAsync: boolean;
  /** How long the client would wait for the result, from `wait` (or 0 for respond-async alone). */
  waitSeconds?: number;
}

/** What a client asked for about waiting: `respond-async`, `wait=<seconds>`, or both. */
export function asyncPreference(header: string | null): AsyncPreference {
  const preferences = parsePrefer(header);
  const respondAsync = preferences.has("respond-async");
  const wait = preferences.get("wait");
  const waitSeconds = wait !== undefined && /^\d{1,9}$/.test(wait) ? Number(wait) : undefined;
  return { respondAsync, waitSeconds: waitSeconds ?? (respondAsync ? 0 : undefined) };
}
