/**
 * The Content-Security-Policy of every page: scripts only with this response's
 * nonce (Next.js puts it on its own scripts, and 'strict-dynamic' lets them
 * load the app's chunks), no plugins, no framing, forms and connections to
 * ourselves. Styles may be inline: React and the charts set style attributes.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  const scripts = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"];
  if (options.dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
