/**
 * Whether a request target's path decodes as UTF-8. Next.js answers a plain-text
 * 500 for a path such as `/v1/photographers/%ED%A0%80` (a lone surrogate) while
 * decoding route parameters, so the server refuses such paths first.
 */
export function hasDecodablePath(target: string): boolean {
  const path = target.split(/[?#]/, 1)[0]!;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const MALFORMED_PATH = "The request path is not valid percent-encoded UTF-8";

/** The 400 for a path that does not decode, in the error shape of the API it is under. */
export function malformedPathBody(target: string): string {
  return JSON.stringify(
    /^\/api\/admins(?:[/?#]|$)/.test(target)
      ? { status: 400, message: MALFORMED_PATH }
      : { message: MALFORMED_PATH, code: "BAD_REQUEST" },
  );
}

/** A path for the request log: a segment that holds an e-mail address is replaced by `[email]`. */
export function loggablePath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (/@|%40/i.test(segment) ? "[email]" : segment))
    .join("/");
}

/**
 * Query parameters whose values never reach the request log: a search term can
 * be a member's access code, e-mail or name, and tRPC's `input` carries a
 * whole procedure input (see docs/api.md, "Access codes").
 */
const REDACTED_QUERY_PARAMETERS = new Set(["search", "input", "code", "token", "email"]);
const MAX_LOGGED_QUERY = 1000;

/**
 * A query string for the request log, or undefined without one: every
 * parameter is kept but the values of `search`, `input` and the like, and any
 * value holding an e-mail address, are replaced by `[redacted]`.
 */
export function loggableQuery(parameters: URLSearchParams): string | undefined {
  const parts: string[] = [];
  for (const [name, value] of parameters) {
    const hidden = REDACTED_QUERY_PARAMETERS.has(name) || value.includes("@");
    parts.push(`${encodeURIComponent(name)}=${hidden ? "[redacted]" : encodeURIComponent(value)}`);
  }
  if (parts.length === 0) return undefined;
  const query = parts.join("&");
  return query.length > MAX_LOGGED_QUERY ? `${query.slice(0, MAX_LOGGED_QUERY)}…` : query;
}
