import type { NextRequest } from "next/server";
import { requestIdFrom } from "@/server/api/trpc";
import { getDb } from "@/server/db";
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "@/server/db/unavailable";
import { retryAfterHeader, toAppError } from "@/server/errors";
import { requestLogger } from "@/server/logger";
import { handleStripeWebhook } from "@/server/payments/stripe-webhooks";

export const dynamic = "force-dynamic";

/** Stripe's events are a few kilobytes; anything far larger is not one. */
const MAX_EVENT_BYTES = 512 * 1024;

/**
 * Stripe's webhook for one studio. The body is read raw (the signature covers
 * its exact bytes) and handed over unparsed. Any answer but 2xx makes Stripe
 * send the event again later, which is what a database outage should do.
 */
export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ operatorId: string }> },
) {
  const { operatorId } = await params;
  const log = requestLogger(requestIdFrom(request.headers));
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_EVENT_BYTES) {
    return json(413, { message: "An event is at most 512 KB" });
  }
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.byteLength > MAX_EVENT_BYTES)
    return json(413, { message: "An event is at most 512 KB" });
  try {
    const answer = await handleStripeWebhook(
      getDb(),
      operatorId,
      body,
      request.headers.get("stripe-signature"),
      log,
      new Date(),
    );
    return json(answer.status, answer.body);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") {
      log.error({ err: error, operatorId }, "a Stripe webhook failed");
    } else if (isDatabaseUnavailable(appError.cause)) {
      reportDatabaseUnavailable(log, error);
    }
    return json(appError.httpStatus, { message: appError.message }, retryAfterHeader(appError));
  }
}
