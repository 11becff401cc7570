import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

/**
 * A stand-in for the part of Stripe's API the app calls, since Stripe cannot
 * be reached from here: the key check (GET /v1/balance), Checkout Sessions
 * (POST /v1/checkout/sessions, GET /v1/checkout/sessions/:id, and the list
 * filtered by payment_intent), and refunds (POST /v1/refunds). Like Stripe it
 * takes the secret key as a bearer token (401 with Stripe's error shape for a
 * key it does not know) and form-encoded bodies with bracketed keys, as the
 * SDK sends them; every request is recorded for tests to look at.
 *
 * It also serves a tiny checkout page at each session's url: its "Pay" button
 * marks the session paid, signs `checkout.session.completed` with the
 * account's webhook secret (the SDK's generateTestHeaderString), posts it to
 * the account's webhook URL, and sends the browser to the success URL.
 *
 * What it does not do: payment methods, declines, 3-D Secure, partial refunds,
 * events sent by itself other than from the checkout page, retries of events.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  secretKey: string | null;
  body: Record<string, any>;
}

export interface StandInSession {
  id: string;
  object: "checkout.session";
  mode: string;
  url: string;
  status: "open" | "complete";
  payment_status: "unpaid" | "paid";
  payment_intent: string | null;
  client_reference_id: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  currency: string;
  amount_total: number;
  line_items: any[];
  success_url: string;
  cancel_url: string;
  livemode: false;
  secretKey: string;
}

interface Account {
  webhookSecret?: string;
  webhookUrl?: string;
}

export interface StripeStandIn {
  url: string;
  port: number;
  requests: RecordedRequest[];
  sessions: Map<string, StandInSession>;
  /** A key the stand-in accepts, with where the checkout page posts its events. */
  addAccount(secretKey: string, account?: Account): void;
  /** The next refunds are refused with this message (Stripe's 400), until cleared with null. */
  refuseRefunds(message: string | null): void;
  /** Pays a session as its checkout page would, without posting; the completed event. */
  pay(sessionId: string): Stripe.Event;
  /** A refund made in Stripe's dashboard: the charge.refunded event. */
  refundInDashboard(paymentIntentId: string): Stripe.Event;
  stop(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("hex")}`;

/** `a[b][0][c]=x` form fields into nested objects and arrays. */
export function parseStripeForm(text: string): Record<string, any> {
  const root: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.split(/\[|\]\[|\]/).filter((part) => part !== "");
    let node: any = root;
    path.forEach((part, index) => {
      const last = index === path.length - 1;
      if (last) {
        node[part] = value;
        return;
      }
      node[part] ??= /^\d+$/.test(path[index + 1]!) ? [] : {};
      node = node[part];
    });
  }
  return root;
}

function stripeError(
  res: ServerResponse,
  status: number,
  message: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { "content-type": "application/json", "request-id": id("req") });
  res.end(JSON.stringify({ error: { type: "invalid_request_error", message, ...extra } }));
}

function json(res: ServerResponse, body: unknown) {
  res.writeHead(200, { "content-type": "application/json", "request-id": id("req") });
  res.end(JSON.stringify(body));
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

const masked = (key: string) => `${key.slice(0, 8)}${"*".repeat(12)}${key.slice(-4)}`;

/** The webhook signature header for `payload`, as Stripe would send it. */
export function signStripePayload(payload: string, secret: string): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret });
}

/** Posts a signed event to a webhook URL, as Stripe does. */
export async function deliverStripeEvent(
  url: string,
  event: unknown,
  secret: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const payload = JSON.stringify(event);
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json; charset=utf-8",
      "stripe-signature": signStripePayload(payload, secret),
      ...headers,
    },
    body: payload,
  });
}

function eventOf(type: string, object: unknown): Stripe.Event {
  return {
    id: id("evt"),
    object: "event",
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  } as unknown as Stripe.Event;
}

/** The session as Stripe's API answers it (without the stand-in's own bookkeeping). */
function publicSession({ secretKey: _key, line_items: _items, ...session }: StandInSession) {
  return session;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startStripeStandIn(options: { port?: number } = {}): Promise<StripeStandIn> {
  const accounts = new Map<string, Account>();
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, StandInSession>();
  const refundedIntents = new Set<string>();
  let refusal: string | null = null;
  let baseUrl = "";

  function pay(sessionId: string): Stripe.Event {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    session.status = "complete";
    session.payment_status = "paid";
    session.payment_intent ??= id("pi");
    return eventOf("checkout.session.completed", publicSession(session));
  }

  function refundInDashboard(paymentIntentId: string): Stripe.Event {
    const session = [...sessions.values()].find((s) => s.payment_intent === paymentIntentId);
    refundedIntents.add(paymentIntentId);
    return eventOf("charge.refunded", {
      id: id("ch"),
      object: "charge",
      amount: session?.amount_total ?? 0,
      amount_refunded: session?.amount_total ?? 0,
      currency: session?.currency ?? "usd",
      payment_intent: paymentIntentId,
      refunded: true,
      paid: true,
      status: "succeeded",
      livemode: false,
    });
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL) {
    const auth = req.headers.authorization ?? "";
    const secretKey = auth.startsWith("Bearer ") ? auth.slice(7) : null;
    const text = req.method === "POST" ? await readBody(req) : "";
    const body = parseStripeForm(text);
    requests.push({
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      secretKey,
      body,
    });
    if (!secretKey || !accounts.has(secretKey)) {
      return stripeError(
        res,
        401,
        secretKey
          ? `Invalid API Key provided: ${masked(secretKey)}`
          : "You did not provide an API key.",
      );
    }
    const route = `${req.method} ${url.pathname}`;
    if (route === "GET /v1/balance") {
      return json(res, {
        object: "balance",
        available: [{ amount: 0, currency: "usd", source_types: { card: 0 } }],
        pending: [{ amount: 0, currency: "usd", source_types: { card: 0 } }],
        livemode: false,
      });
    }
    if (route === "POST /v1/checkout/sessions") {
      const item = body.line_items?.[0];
      const price = item?.price_data;
      if (body.mode !== "payment") return stripeError(res, 400, "Missing required param: mode.");
      if (!price?.currency || price.unit_amount === undefined) {
        return stripeError(res, 400, "Missing required param: line_items[0][price_data].");
      }
      if (!body.success_url) return stripeError(res, 400, "Missing required param: success_url.");
      const sessionId = id("cs");
      const session: StandInSession = {
        id: sessionId,
        object: "checkout.session",
        mode: body.mode,
        url: `${baseUrl}/c/pay/${sessionId}`,
        status: "open",
        payment_status: "unpaid",
        payment_intent: null,
        client_reference_id: body.client_reference_id ?? null,
        customer_email: body.customer_email ?? null,
        metadata: body.metadata ?? {},
        currency: price.currency,
        amount_total: Number(price.unit_amount) * Number(item.quantity ?? 1),
        line_items: body.line_items,
        success_url: body.success_url,
        cancel_url: body.cancel_url,
        livemode: false,
        secretKey,
      };
      sessions.set(sessionId, session);
      return json(res, publicSession(session));
    }
    if (route === "GET /v1/checkout/sessions") {
      const data = [...sessions.values()]
        .filter((s) => s.secretKey === secretKey)
        .filter(
          (s) =>
            !url.searchParams.has("payment_intent") ||
            s.payment_intent === url.searchParams.get("payment_intent"),
        )
        .map(publicSession);
      return json(res, { object: "list", data, has_more: false, url: "/v1/checkout/sessions" });
    }
    const retrieve = /^GET \/v1\/checkout\/sessions\/([^/]+)$/.exec(route);
    if (retrieve) {
      const session = sessions.get(decodeURIComponent(retrieve[1]!));
      if (!session || session.secretKey !== secretKey) {
        return stripeError(res, 404, `No such checkout.session: '${retrieve[1]}'`, {
          code: "resource_missing",
        });
      }
      return json(res, publicSession(session));
    }
    if (route === "POST /v1/refunds") {
      const intent = body.payment_intent as string | undefined;
      if (refusal) return stripeError(res, 400, refusal);
      const session = [...sessions.values()].find(
        (s) => s.secretKey === secretKey && intent && s.payment_intent === intent,
      );
      if (!intent || !session) {
        return stripeError(res, 400, `No such payment_intent: '${intent ?? ""}'`, {
          code: "resource_missing",
        });
      }
      if (refundedIntents.has(intent)) {
        return stripeError(res, 400, `Charge for ${intent} has already been refunded.`, {
          code: "charge_already_refunded",
        });
      }
      refundedIntents.add(intent);
      return json(res, {
        id: id("re"),
        object: "refund",
        amount: session.amount_total,
        currency: session.currency,
        payment_intent: intent,
        status: "succeeded",
        metadata: body.metadata ?? {},
      });
    }
    return stripeError(res, 404, `Unrecognized request URL (${req.method}: ${url.pathname}).`);
  }

  async function checkoutPage(req: IncomingMessage, res: ServerResponse, sessionId: string) {
    const session = sessions.get(sessionId);
    if (!session) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("No such checkout session");
    }
    if (req.method === "POST") {
      await readBody(req);
      const event = pay(sessionId);
      const account = accounts.get(session.secretKey)!;
      if (account.webhookUrl && account.webhookSecret) {
        const delivered = await deliverStripeEvent(
          account.webhookUrl,
          event,
          account.webhookSecret,
        );
        await delivered.arrayBuffer();
      }
      res.writeHead(303, {
        location: session.success_url.replace("{CHECKOUT_SESSION_ID}", session.id),
      });
      return res.end();
    }
    const item = session.line_items[0];
    const amount = `${session.amount_total} ${session.currency.toUpperCase()}`;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Checkout (Stripe stand-in)</title></head>
<body style="font-family: sans-serif; max-width: 22rem; margin: 2rem auto; padding: 0 1rem">
<h1>Pay ${escapeHtml(String(item?.price_data?.product_data?.name ?? ""))}</h1>
<p data-testid="amount">${escapeHtml(amount)} (Stripe's units)</p>
<p>${escapeHtml(session.customer_email ?? "")}</p>
<form method="post"><button type="submit">Pay</button></form>
<p><a href="${escapeHtml(session.cancel_url)}">Back</a></p>
</body></html>`);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const page = /^\/c\/pay\/([^/]+)$/.exec(url.pathname);
    (page ? checkoutPage(req, res, page[1]!) : api(req, res, url)).catch((error: unknown) => {
      if (!res.headersSent) stripeError(res, 500, String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    port,
    requests,
    sessions,
    addAccount(secretKey, account = {}) {
      accounts.set(secretKey, account);
    },
    refuseRefunds(message) {
      refusal = message;
    },
    pay,
    refundInDashboard,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
