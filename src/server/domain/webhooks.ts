import { randomBytes } from "node:crypto";
import type { PrismaTransactionLike } from "pg-boss";
import { getEnv } from "@/env";
import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { sendJob } from "@/server/jobs/queue";
import { seal, sealData } from "@/server/sealed";
import { checkedAddressOf } from "@/server/webhooks/address";
import {
  type CreateWebhookInput,
  MAX_WEBHOOKS_PER_STUDIO,
  type UpdateWebhookInput,
  type Webhook,
  type WebhookDelivery,
  type WebhookEventType,
  type WebhookWithSecret,
  WEBHOOK_TEST_EVENT,
} from "./webhooks.schemas";

/**
 * Outbound webhooks per Standard Webhooks: a studio's endpoints, each with the
 * events it subscribed to and a `whsec_` secret (stored sealed, as it is read
 * back to sign). Events are written in the transaction of the change they
 * tell about (`emitWebhookEvent`): a rolled-back change sends nothing. Each
 * attempt to deliver one is a row (the delivery log) and a `webhooks.deliver`
 * job (webhook-delivery.ts).
 */

export const WEBHOOK_SECRET_PREFIX = "whsec_";
/** What an endpoint's sealed secret is sealed for. */
export const WEBHOOK_SECRET_PURPOSE = "webhook.secret";

/**
 * Under DATA_ENCRYPTION_KEY when it is set (it outlives an AUTH_SECRET
 * rotation), otherwise under AUTH_SECRET: unlike payment keys, webhooks work
 * without that key in production. `unsealData` opens either.
 */
export function sealWebhookSecret(secret: string): string {
  return getEnv().DATA_ENCRYPTION_KEY
    ? sealData(WEBHOOK_SECRET_PURPOSE, secret)
    : seal(WEBHOOK_SECRET_PURPOSE, secret);
}

function newSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString("base64");
}

interface EndpointRow {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  description: string | null;
  createdAt: Date;
}

const endpointSelect = {
  id: true,
  url: true,
  events: true,
  enabled: true,
  disabledReason: true,
  description: true,
  createdAt: true,
} as const;

function toWebhook(row: EndpointRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: row.events as WebhookEventType[],
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
  };
}

/** 400 naming `url` when its host is, or resolves to, an address webhooks may not go to. */
async function checkUrl(url: string): Promise<void> {
  try {
    await checkedAddressOf(new URL(url).hostname, getEnv().WEBHOOK_ALLOW_PRIVATE);
  } catch (error) {
    throw AppError.badRequest("url", `is not accepted: ${(error as Error).message}`);
  }
}

export async function createWebhook(
  tenant: Tenant,
  input: CreateWebhookInput,
): Promise<WebhookWithSecret> {
  await checkUrl(input.url);
  const existing = await tenant.db.webhookEndpoint.count();
  if (existing >= MAX_WEBHOOKS_PER_STUDIO) {
    throw new AppError(
      "CONFLICT",
      `A studio has at most ${MAX_WEBHOOKS_PER_STUDIO} webhook endpoints; delete one first`,
    );
  }
  const secret = newSecret();
  const row = await tenant.db.webhookEndpoint.create({
    data: {
      operatorId: tenant.operatorId,
      url: input.url,
      events: input.events,
      description: input.description || null,
      secretSealed: sealWebhookSecret(secret),
    },
    select: endpointSelect,
  });
  return { ...toWebhook(row), secret };
}

export async function listWebhooks(tenant: Tenant): Promise<Webhook[]> {
  const rows = await tenant.db.webhookEndpoint.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: endpointSelect,
  });
  return rows.map(toWebhook);
}

export async function getWebhook(tenant: Tenant, id: string): Promise<Webhook> {
  const row = await tenant.db.webhookEndpoint.findUnique({ where: { id }, select: endpointSelect });
  if (!row) throw AppError.notFound("Webhook");
  return toWebhook(row);
}

export async function updateWebhook(
  tenant: Tenant,
  input: UpdateWebhookInput,
): Promise<Webhook & { secret?: string }> {
  await getWebhook(tenant, input.id);
  if (input.url !== undefined) await checkUrl(input.url);
  const secret = input.rotateSecret ? newSecret() : undefined;
  const row = await tenant.db.webhookEndpoint.update({
    where: { id: input.id },
    data: {
      ...(input.url !== undefined && { url: input.url }),
      ...(input.events !== undefined && { events: input.events }),
      ...(input.description !== undefined && { description: input.description || null }),
      ...(input.enabled === true && { enabled: true, disabledReason: null, failingSince: null }),
      ...(input.enabled === false && { enabled: false, disabledReason: "Disabled by the studio" }),
      ...(secret && { secretSealed: sealWebhookSecret(secret) }),
    },
    select: endpointSelect,
  });
  return { ...toWebhook(row), ...(secret && { secret }) };
}

export async function deleteWebhook(tenant: Tenant, id: string): Promise<void> {
  const deleted = await tenant.db.webhookEndpoint.deleteMany({ where: { id } });
  if (deleted.count === 0) throw AppError.notFound("Webhook");
}

/** The exact body sent for an event. */
export function webhookBody(type: string, data: unknown, now: Date): string {
  return JSON.stringify({ type, timestamp: now.toISOString(), data });
}

async function insertEvent(
  tx: PrismaTransactionLike,
  operatorId: string,
  type: string,
  data: unknown,
  now: Date,
): Promise<string> {
  const [event] = await tx.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO webhook_events (operator_id, type, body, created_at)
     VALUES ($1::uuid, $2, $3, $4::timestamptz) RETURNING id::text`,
    operatorId,
    type,
    webhookBody(type, data, now),
    now.toISOString(),
  );
  return event!.id;
}

/** A pending attempt of `eventId` to `endpointId`, and the job that makes it (after `startAfter`). */
export async function queueDelivery(
  tx: PrismaTransactionLike,
  delivery: {
    operatorId: string;
    endpointId: string;
    eventId: string;
    attempt: number;
    manual?: boolean;
    startAfter?: Date;
  },
): Promise<string> {
  const [row] = await tx.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO webhook_deliveries (operator_id, endpoint_id, event_id, attempt, manual)
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5) RETURNING id::text`,
    delivery.operatorId,
    delivery.endpointId,
    delivery.eventId,
    delivery.attempt,
    delivery.manual ?? false,
  );
  const deliveryId = row!.id;
  await sendJob(
    "webhooks.deliver",
    { deliveryId },
    { tx, ...(delivery.startAfter && { startAfter: delivery.startAfter }) },
  );
  return deliveryId;
}

/**
 * Records event `type` of the studio and queues it to each of its enabled
 * endpoints subscribed to it, inside `tx`: the transaction of the change the
 * event tells about, so a rollback sends nothing. Without such endpoints it
 * writes nothing.
 */
export async function emitWebhookEvent(
  tx: PrismaTransactionLike,
  operatorId: string,
  type: WebhookEventType,
  data: unknown,
  now = new Date(),
): Promise<void> {
  await emitWebhookEvents(tx, operatorId, type, [data], now);
}

/** One event of `type` per item of `dataList`, as `emitWebhookEvent`, looking up the endpoints once. */
export async function emitWebhookEvents(
  tx: PrismaTransactionLike,
  operatorId: string,
  type: WebhookEventType,
  dataList: readonly unknown[],
  now = new Date(),
): Promise<void> {
  if (dataList.length === 0) return;
  const endpoints = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text FROM webhook_endpoints
     WHERE operator_id = $1::uuid AND enabled AND $2 = ANY(events)`,
    operatorId,
    type,
  );
  if (endpoints.length === 0) return;
  for (const data of dataList) {
    const eventId = await insertEvent(tx, operatorId, type, data, now);
    for (const endpoint of endpoints) {
      await queueDelivery(tx, { operatorId, endpointId: endpoint.id, eventId, attempt: 1 });
    }
  }
}

/** Whether any enabled endpoint of the studio takes one of `types` (to skip a transaction when none does). */
export async function hasWebhookSubscribers(
  db: PrismaTransactionLike,
  operatorId: string,
  types: WebhookEventType[],
): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<unknown[]>(
    `SELECT 1 FROM webhook_endpoints
     WHERE operator_id = $1::uuid AND enabled AND events && $2::text[] LIMIT 1`,
    operatorId,
    types,
  );
  return rows.length > 0;
}

/** A `webhook.test` event to this endpoint only (enabled or not). */
export async function sendTestWebhook(
  tenant: Tenant,
  id: string,
  now = new Date(),
): Promise<{ deliveryId: string }> {
  const endpoint = await getWebhook(tenant, id);
  return tenant.db.$transaction(async (tx) => {
    const eventId = await insertEvent(
      tx,
      tenant.operatorId,
      WEBHOOK_TEST_EVENT,
      { webhookId: endpoint.id, message: "A test event, sent from the studio's settings" },
      now,
    );
    const deliveryId = await queueDelivery(tx, {
      operatorId: tenant.operatorId,
      endpointId: endpoint.id,
      eventId,
      attempt: 1,
      manual: true,
    });
    return { deliveryId };
  });
}

/** One more attempt of a delivery's event to its endpoint, with the same `webhook-id`. */
export async function redeliverWebhook(
  tenant: Tenant,
  deliveryId: string,
): Promise<{ deliveryId: string }> {
  const delivery = await tenant.db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { endpointId: true, eventId: true },
  });
  if (!delivery) throw AppError.notFound("Webhook delivery");
  return tenant.db.$transaction(async (tx) => {
    const last = await tx.webhookDelivery.aggregate({
      where: {
        operatorId: tenant.operatorId,
        endpointId: delivery.endpointId,
        eventId: delivery.eventId,
      },
      _max: { attempt: true },
    });
    const id = await queueDelivery(tx, {
      operatorId: tenant.operatorId,
      endpointId: delivery.endpointId,
      eventId: delivery.eventId,
      attempt: (last._max.attempt ?? 0) + 1,
      manual: true,
    });
    return { deliveryId: id };
  });
}

export const DELIVERIES_LISTED = 100;

/** The endpoint's latest attempts, newest first. */
export async function listWebhookDeliveries(
  tenant: Tenant,
  id: string,
): Promise<WebhookDelivery[]> {
  await getWebhook(tenant, id);
  const rows = await tenant.db.webhookDelivery.findMany({
    where: { endpointId: id },
    orderBy: [{ createdAt: "desc" }, { attempt: "desc" }, { id: "asc" }],
    take: DELIVERIES_LISTED,
    select: {
      id: true,
      eventId: true,
      attempt: true,
      status: true,
      statusCode: true,
      error: true,
      attemptedAt: true,
      nextRetryAt: true,
      event: { select: { type: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    eventId: row.eventId,
    type: row.event.type,
    attempt: row.attempt,
    status: row.status as WebhookDelivery["status"],
    statusCode: row.statusCode,
    error: row.error,
    attemptedAt: row.attemptedAt?.toISOString() ?? null,
    nextRetryAt: row.nextRetryAt?.toISOString() ?? null,
  }));
}
