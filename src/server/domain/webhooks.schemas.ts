import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhook-events";
import { httpUrl, longText, uuid } from "@/server/validation";
import { ZImportReport } from "./members.schemas";

export {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_TEST_EVENT,
  type WebhookEventType,
} from "@/lib/webhook-events";

export const MAX_WEBHOOKS_PER_STUDIO = 20;

export const ZWebhook = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  enabled: z.boolean(),
  disabledReason: z
    .string()
    .nullable()
    .describe("Why the endpoint was disabled: a 410 answer, five days of failures, or by hand"),
  description: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Webhook = z.infer<typeof ZWebhook>;

export const ZWebhookWithSecret = ZWebhook.extend({
  secret: z
    .string()
    .describe("`whsec_` + base64 of the signing key; shown only when made or rotated"),
});
export type WebhookWithSecret = z.infer<typeof ZWebhookWithSecret>;

const events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, `must be one of ${WEBHOOK_EVENT_TYPES.join(", ")}`))
  .min(1, "must name at least one event")
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((list) => new Set(list).size === list.length, "must not repeat an event");

export const ZCreateWebhookInput = z
  .object({
    url: httpUrl(),
    events,
    description: longText(500).optional(),
  })
  .strict();
export type CreateWebhookInput = z.infer<typeof ZCreateWebhookInput>;

export const ZUpdateWebhookInput = z
  .object({
    id: uuid(),
    url: httpUrl().optional(),
    events: events.optional(),
    enabled: z.boolean().optional(),
    description: longText(500).nullable().optional(),
    rotateSecret: z.literal(true).optional().describe("true: a new secret, in the answer"),
  })
  .strict();
export type UpdateWebhookInput = z.infer<typeof ZUpdateWebhookInput>;

export const ZUpdatedWebhook = ZWebhook.extend({
  secret: z.string().optional().describe("Only with `rotateSecret: true`"),
});

export const ZWebhookIdInput = z.object({ id: uuid() }).strict();

export const ZWebhookDelivery = z.object({
  id: z.uuid(),
  eventId: z.uuid().describe("The `webhook-id` header of every attempt"),
  type: z.string(),
  attempt: z.number().int(),
  status: z.enum(["pending", "succeeded", "failed"]),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  attemptedAt: z.iso.datetime().nullable(),
  nextRetryAt: z.iso.datetime().nullable().describe("When the next attempt is due; null: none"),
});
export type WebhookDelivery = z.infer<typeof ZWebhookDelivery>;

export const ZQueuedDelivery = z.object({ deliveryId: z.uuid() });

const ZMemberData = z.object({
  member: z.object({
    id: z.uuid(),
    projectId: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    externalId: z.string().nullable(),
    group: z.string().nullable(),
    enrolledAt: z.iso.datetime(),
  }),
});

const ZOrderData = z.object({
  order: z.object({
    id: z.uuid(),
    projectId: z.uuid(),
    memberId: z.uuid(),
    packageId: z.uuid(),
    listPriceInCents: z.number().int(),
    discountInCents: z.number().int(),
    amountInCents: z.number().int(),
    couponCode: z.string().nullable(),
    currency: z.string(),
    status: z.enum(["pending", "paid", "refunded"]),
    externalId: z.string().nullable(),
    orderedAt: z.iso.datetime(),
    paidAt: z.iso.datetime().nullable(),
    refundedAt: z.iso.datetime().nullable(),
  }),
});

const ZPhotoData = z.object({
  photo: z.object({
    id: z.uuid(),
    projectId: z.uuid(),
    photographerId: z.uuid(),
    kind: z.enum(["photo", "card"]),
    cardMemberId: z.uuid().nullable().describe("A card's member"),
    width: z.number().int(),
    height: z.number().int(),
    takenAt: z.iso.datetime().nullable(),
  }),
});

const payload = <Type extends string>(type: Type, data: z.ZodType, summary: string) => ({
  summary,
  schema: z.object({
    type: z.literal(type),
    timestamp: z.iso.datetime().describe("When it happened"),
    data,
  }),
});

/** What each event carries (the OpenAPI document's `webhooks`). */
export const WEBHOOK_PAYLOADS = {
  "member.created": payload(
    "member.created",
    ZMemberData,
    "A member was enrolled, by hand or by a roster import (one event per member it creates)",
  ),
  "order.created": payload("order.created", ZOrderData, "An order was placed or reported"),
  "order.paid": payload(
    "order.paid",
    ZOrderData,
    "An order was paid (reported paid, by hand, by card)",
  ),
  "order.refunded": payload("order.refunded", ZOrderData, "An order was refunded"),
  "photo.processed": payload("photo.processed", ZPhotoData, "An uploaded photo is ready"),
  "photo.uploaded": payload(
    "photo.uploaded",
    z.object({
      photo: z.object({
        id: z.uuid(),
        projectId: z.uuid(),
        photographerId: z.uuid(),
        fileName: z.string(),
        sizeBytes: z.number().int(),
        status: z.literal("processing").describe("`photo.processed` follows when it is ready"),
        uploadedAt: z.iso.datetime(),
      }),
    }),
    "A photo was uploaded and stored; the same bytes sent again send nothing",
  ),
  "photo.tagged": payload(
    "photo.tagged",
    z.object({
      photo: z.object({
        id: z.uuid(),
        projectId: z.uuid(),
        memberIds: z.array(z.uuid()).describe("Every member the photo is tagged with now"),
        source: z
          .enum(["manual", "card"])
          .describe(
            "`manual`: tags set by hand (PUT /v1/photos/:id/tags, or the review grid); `card`: matching by card changed them",
          ),
      }),
    }),
    "A photo's tags were set by hand, or matching by card changed them",
  ),
  "members.imported": payload(
    "members.imported",
    z.object({
      import: ZImportReport.pick({ created: true, updated: true, unchanged: true }).extend({
        projectId: z.uuid(),
        skipped: z
          .number()
          .int()
          .describe("Rows left out for errors (the import's answer names them by line)"),
      }),
    }),
    "A roster import finished (sent once, after its last batch; not for a dry run)",
  ),
  "gallery.first_visit": payload(
    "gallery.first_visit",
    z.object({
      member: z.object({ id: z.uuid(), projectId: z.uuid(), name: z.string() }),
      visitedAt: z.iso.datetime(),
    }),
    "A member opened their gallery for the first time",
  ),
  "webhook.test": payload(
    "webhook.test",
    z.object({ webhookId: z.uuid(), message: z.string() }),
    'Sent by "Send test" to one endpoint',
  ),
};

/**
 * The events whose `data.member` holds a member's name or address. Erasure and
 * anonymisation delete the studio's copies (and their delivery log); what a
 * receiver already got is the receiver's.
 */
export const EVENTS_NAMING_MEMBERS = [
  "member.created",
  "gallery.first_visit",
] as const satisfies readonly (keyof typeof WEBHOOK_PAYLOADS)[];
