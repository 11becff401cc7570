/** What a webhook endpoint may subscribe to: each event is sent only to endpoints that chose it. */
export const WEBHOOK_EVENT_TYPES = [
  "member.created",
  "members.imported",
  "photo.uploaded",
  "photo.processed",
  "photo.tagged",
  "order.created",
  "order.paid",
  "order.refunded",
  "gallery.first_visit",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by "Send test", to the one endpoint it was asked for. */
export const WEBHOOK_TEST_EVENT = "webhook.test";
