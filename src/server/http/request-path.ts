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

export const MALFORMED_PATH_BODY = JSON.stringify({
  message: "The request path is not valid percent-encoded UTF-8",
  code: "BAD_REQUEST",
});

/** A path for the request log: a segment that holds an e-mail address is replaced by `[email]`. */
export function loggablePath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (/@|%40/i.test(segment) ? "[email]" : segment))
    .join("/");
}
