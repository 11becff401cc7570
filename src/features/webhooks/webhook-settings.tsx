"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { ConfirmDialog } from "@/components/ui/dialog";
import { CheckboxChoices, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { ShownOnceSecret } from "@/components/ui/shown-once-secret";
import { Formatted } from "@/components/ui/formatted";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toast";
import { useStudio } from "@/features/studio/use-studio";
import { formatDateTime } from "@/lib/format";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhook-events";
import type { Webhook } from "@/server/domain/webhooks.schemas";
import { api, fieldErrorsOf, messageOf } from "@/trpc/react";

/**
 * Settings → Webhooks: endpoints that are told when something happens in the
 * studio (signed per Standard Webhooks). A new endpoint's secret is shown
 * once, to copy; each endpoint can be sent a test event and shows its latest
 * deliveries, each of which can be redelivered.
 */
export function WebhookSettings() {
  const t = useTranslations("settingsWebhooks");
  const toast = useToast();
  const utils = api.useUtils();
  const endpoints = api.webhooks.list.useQuery();
  const create = api.webhooks.create.useMutation();
  const remove = api.webhooks.delete.useMutation();
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [removing, setRemoving] = useState<Webhook | null>(null);
  const errors = fieldErrorsOf(create.error);

  function handleCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    create.mutate(
      {
        url: String(data.get("url") ?? ""),
        events: data.getAll("events").map(String) as WebhookEventType[],
      },
      {
        async onSuccess(endpoint) {
          setSecret({ url: endpoint.url, secret: endpoint.secret });
          form.reset();
          await utils.webhooks.list.invalidate();
        },
      },
    );
  }

  return (
    <section className="card form" aria-labelledby="webhooks-title" id="webhooks">
      <h2 id="webhooks-title">{t("title")}</h2>
      <p className="muted">{t("about")}</p>

      {secret && (
        <ShownOnceSecret
          title={t("copyNow", { url: secret.url })}
          value={secret.secret}
          noun="secret"
          testId="new-webhook-secret"
          onDone={() => setSecret(null)}
        />
      )}

      {endpoints.isPending ? (
        <p className="muted">{t("loading")}</p>
      ) : endpoints.data && endpoints.data.length > 0 ? (
        <ul className="api-key-list">
          {endpoints.data.map((endpoint) => (
            <WebhookRow
              key={endpoint.id}
              endpoint={endpoint}
              onRemove={() => setRemoving(endpoint)}
            />
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="no-webhooks">
          {t("empty")}
        </p>
      )}

      <form className="form" onSubmit={handleCreate} noValidate>
        <h3>{t("newEndpoint")}</h3>
        <FormError error={create.error} />
        <TextField
          label={t("url")}
          name="url"
          type="url"
          required
          placeholder="https://example.com/webhooks/photos"
          errors={errors.url}
        />
        <CheckboxChoices
          legend={t("events")}
          name="events"
          choices={WEBHOOK_EVENT_TYPES}
          errors={errors.events}
        />
        <div>
          <SubmitButton pending={create.isPending} pendingLabel={t("adding")}>
            {t("add")}
          </SubmitButton>
        </div>
      </form>

      <ConfirmDialog
        open={removing !== null}
        title={t("deleteTitle", { url: removing?.url ?? "" })}
        message={<p>{t("deleteMessage")}</p>}
        confirmLabel={t("delete")}
        pending={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(
            { id: removing.id },
            {
              async onSuccess() {
                setRemoving(null);
                await utils.webhooks.list.invalidate();
                toast(t("deleted"));
              },
            },
          )
        }
      />
    </section>
  );
}

function WebhookRow({ endpoint, onRemove }: { endpoint: Webhook; onRemove: () => void }) {
  const t = useTranslations("settingsWebhooks");
  const toast = useToast();
  const utils = api.useUtils();
  const [open, setOpen] = useState(false);
  const test = api.webhooks.test.useMutation();
  const update = api.webhooks.update.useMutation();

  return (
    <li className="webhook-row" aria-label={t("rowLabel", { url: endpoint.url })}>
      <div className="api-key-row">
        <div>
          <strong className="webhook-url">{endpoint.url}</strong>
          <br />
          <span className="small muted">{endpoint.events.join(", ")}</span>
          <br />
          {endpoint.enabled ? (
            <span className="small">{t("enabled")}</span>
          ) : (
            <span className="small field-error" data-testid="webhook-disabled">
              {t("disabled", { reason: endpoint.disabledReason ?? t("byStudio") })}
            </span>
          )}
        </div>
        <div className="button-row webhook-actions">
          <button
            type="button"
            className="button secondary small"
            disabled={test.isPending}
            onClick={() =>
              test.mutate(
                { id: endpoint.id },
                {
                  async onSuccess() {
                    toast(t("testQueued"));
                    setOpen(true);
                    await utils.webhooks.deliveries.invalidate({ id: endpoint.id });
                  },
                  onError: (error) => toast(messageOf(error)),
                },
              )
            }
          >
            {t("sendTest")}
          </button>
          <button
            type="button"
            className="button ghost small"
            onClick={() => setOpen(!open)}
            aria-expanded={open}
          >
            {t("deliveries")}
          </button>
          <button
            type="button"
            className="button ghost small"
            disabled={update.isPending}
            onClick={() =>
              update.mutate(
                { id: endpoint.id, enabled: !endpoint.enabled },
                {
                  onSuccess: () => utils.webhooks.list.invalidate(),
                  onError: (error) => toast(messageOf(error)),
                },
              )
            }
          >
            {endpoint.enabled ? t("disable") : t("enable")}
          </button>
          <button type="button" className="button danger small" onClick={onRemove}>
            {t("delete")}
          </button>
        </div>
      </div>
      {open && <Deliveries endpointId={endpoint.id} />}
    </li>
  );
}

function Deliveries({ endpointId }: { endpointId: string }) {
  const t = useTranslations("settingsWebhooks");
  const toast = useToast();
  const utils = api.useUtils();
  const { profile, locale } = useStudio();
  const deliveries = api.webhooks.deliveries.useQuery(
    { id: endpointId },
    { refetchInterval: 5_000 },
  );
  const redeliver = api.webhooks.redeliver.useMutation();
  const when = (iso: string) => formatDateTime(iso, profile.timezone, locale);

  if (deliveries.isPending) return <p className="muted small">{t("loading")}</p>;
  if (!deliveries.data || deliveries.data.length === 0) {
    return <p className="muted small">{t("nothingSent")}</p>;
  }
  return (
    <ul className="webhook-deliveries" aria-label={t("deliveries")}>
      {deliveries.data.map((delivery) => (
        <li key={delivery.id} className="webhook-delivery">
          <div>
            <code>{delivery.type}</code> · {t("attempt", { attempt: delivery.attempt })} ·{" "}
            <span className={delivery.status === "failed" ? "field-error" : undefined}>
              {t(`status_${delivery.status}`)}
              {delivery.statusCode !== null && ` (${delivery.statusCode})`}
            </span>
            <br />
            <span className="small muted">
              {delivery.attemptedAt ? (
                <Formatted>{when(delivery.attemptedAt)}</Formatted>
              ) : (
                t("queued")
              )}
              {delivery.nextRetryAt && (
                <>
                  {" "}
                  · <Formatted>{t("nextTry", { when: when(delivery.nextRetryAt) })}</Formatted>
                </>
              )}
            </span>
            {delivery.error && <span className="small muted webhook-error">{delivery.error}</span>}
          </div>
          <button
            type="button"
            className="button ghost small"
            disabled={redeliver.isPending}
            onClick={() =>
              redeliver.mutate(
                { id: delivery.id },
                {
                  async onSuccess() {
                    toast(t("queuedAgain"));
                    await utils.webhooks.deliveries.invalidate({ id: endpointId });
                  },
                  onError: (error) => toast(messageOf(error)),
                },
              )
            }
          >
            {t("redeliver")}
          </button>
        </li>
      ))}
    </ul>
  );
}
