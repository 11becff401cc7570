import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { Webhook } from "standardwebhooks";
import { type CheckedAddress, checkedAddressOf } from "./address";

/** How long one attempt may take, connecting and answering together. */
export const DELIVERY_TIMEOUT_MS = 15_000;
/** Of the receiver's answer, only this much is read (and kept, as the error). */
const ANSWER_BYTES_KEPT = 500;

export interface SignedMessage {
  /** The `webhook-id`: the event's, the same on every attempt. */
  id: string;
  body: string;
  /** `whsec_` + base64 of the key. */
  secret: string;
  timestamp: Date;
}

/** The three Standard Webhooks headers for `message`, signed with the `standardwebhooks` package. */
export function signatureHeaders(message: SignedMessage): Record<string, string> {
  const signature = new Webhook(message.secret).sign(message.id, message.timestamp, message.body);
  return {
    "webhook-id": message.id,
    "webhook-timestamp": String(Math.floor(message.timestamp.getTime() / 1000)),
    "webhook-signature": signature,
  };
}

export type SendOutcome =
  | { kind: "answered"; statusCode: number; answer: string }
  | { kind: "refused"; error: string }
  | { kind: "failed"; error: string };

/** A lookup that only ever answers the address already checked. */
function pinnedLookup(checked: CheckedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) {
      (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address: checked.address, family: checked.family },
      ]);
    } else {
      callback(null, checked.address, checked.family);
    }
  };
}

/**
 * POSTs `message` to `url`, signed, connecting only to the address that was
 * checked (address.ts). Redirects are not followed. Never throws.
 */
export async function sendWebhook(
  url: string,
  message: SignedMessage,
  options: { allowPrivate: boolean; timeoutMs?: number },
): Promise<SendOutcome> {
  const target = new URL(url);
  let checked: CheckedAddress;
  try {
    checked = await checkedAddressOf(target.hostname, options.allowPrivate);
  } catch (error) {
    return { kind: "refused", error: (error as Error).message };
  }
  const transport = target.protocol === "https:" ? https : http;
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  return new Promise<SendOutcome>((resolve) => {
    const request = transport.request(
      target,
      {
        method: "POST",
        lookup: pinnedLookup(checked),
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          "content-type": "application/json",
          "user-agent": "photo-backoffice-webhooks/1",
          ...signatureHeaders(message),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on("data", (chunk: Buffer) => {
          if (kept < ANSWER_BYTES_KEPT) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        });
        response.on("end", () =>
          resolve({
            kind: "answered",
            statusCode: response.statusCode ?? 0,
            answer: Buffer.concat(chunks).toString("utf8").slice(0, ANSWER_BYTES_KEPT),
          }),
        );
        response.on("error", (error) => resolve({ kind: "failed", error: error.message }));
      },
    );
    request.on("error", (error) =>
      resolve({
        kind: "failed",
        error:
          error.name === "TimeoutError" || error.name === "AbortError"
            ? `no answer within ${timeoutMs / 1000} s`
            : error.message,
      }),
    );
    request.end(message.body);
  });
}
