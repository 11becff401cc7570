import type { NextRequest } from "next/server";
import { createCaller } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { toAppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/**
 * The unsubscribe link of every campaign e-mail (domain/campaigns.ts).
 *
 * - `POST /api/unsubscribe?token=…` opts the address out: the one-click
 *   request of RFC 8058 (mail clients send `List-Unsubscribe=One-Click`), and
 *   the confirmation page's button. 200 with a short page.
 * - `GET` only shows that page with its button: mail scanners follow links,
 *   and a link they open must not unsubscribe anyone.
 *
 * A token that does not open (forged, cut short) is a 400.
 */

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(status: number, title: string, body: string): Response {
  return new Response(
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}button{font:inherit;padding:.6rem 1.2rem;border-radius:.4rem;border:1px solid #444;background:#222;color:#fff;cursor:pointer}</style>
</head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`,
    {
      status,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "referrer-policy": "no-referrer",
        "content-security-policy":
          "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      },
    },
  );
}

function failure(error: unknown): Response {
  const appError = toAppError(error);
  return page(
    appError.httpStatus,
    appError.httpStatus === 400 ? "This link does not work" : "Please try again",
    `<p>${escape(appError.message)}</p>`,
  );
}

const callerFor = (request: NextRequest) =>
  createCaller(createRequestContext({ headers: request.headers, audiences: [] }));

export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  try {
    const target = await callerFor(request).campaigns.unsubscribeTarget({ token });
    const action = `/api/unsubscribe?token=${encodeURIComponent(token)}`;
    return page(
      200,
      "Unsubscribe",
      `<p>Stop e-mails from <strong>${escape(target.studioName)}</strong> about photos and orders to <strong>${escape(target.address)}</strong>?</p>
<p>Confirmations of orders you place still reach you.</p>
<form method="post" action="${escape(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
    );
  } catch (error) {
    return failure(error);
  }
}

export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  try {
    const done = await callerFor(request).campaigns.unsubscribe({ token });
    return page(
      200,
      "You are unsubscribed",
      `<p><strong>${escape(done.address)}</strong> gets no more such e-mails from <strong>${escape(done.studioName)}</strong>. Confirmations of orders you place still reach you.</p>`,
    );
  } catch (error) {
    return failure(error);
  }
}
