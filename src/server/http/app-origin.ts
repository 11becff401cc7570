import { getEnv } from "@/env";

/**
 * The address members and providers reach the app at, for links that leave it
 * (a checkout page's way back to the gallery): NEXTAUTH_URL when set; else the
 * host the request came to (it only shapes the answer to that same client);
 * else this server's own port on localhost.
 */
export function appOrigin(headers?: Headers): string {
  const env = getEnv();
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  const host = headers?.get("host");
  if (host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) {
    return `http://${host}`;
  }
  return `http://localhost:${env.PORT}`;
}

/**
 * The members' gallery entry page on appOrigin, where a card's QR code and
 * its printed address lead, and what a project without a link of its own shows.
 */
export function galleryUrl(headers?: Headers): string {
  return new URL("/gallery", appOrigin(headers)).href;
}
