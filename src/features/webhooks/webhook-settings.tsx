"use client";

import { type FormEvent, useState } from "react";
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
      <h2 id="webhooks-title">Webhooks</h2>
      <p className="muted">
        Addresses your systems listen on: each is sent the events it chose, signed with its own
        secret, and retried for a day when it does not answer.
      </p>

      {secret && (
        <ShownOnceSecret
          title={<>Copy the signing secret for {secret.url} now:</>}
          value={secret.secret}
          noun="secret"
          testId="new-webhook-secret"
          onDone={() => setSecret(null)}
        />
      )}

      {endpoints.isPending ? (
        <p className="muted">Loading…</p>
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
          No webhooks yet.
        </p>
      )}

      <form className="form" onSubmit={handleCreate} noValidate>
        <h3>New endpoint</h3>
        <FormError error={create.error} />
        <TextField
          label="URL"
          name="url"
          type="url"
          required
          placeholder="https://example.com/webhooks/photos"
          errors={errors.url}
        />
        <CheckboxChoices
          legend="Events"
          name="events"
          choices={WEBHOOK_EVENT_TYPES}
          errors={errors.events}
        />
        <div>
          <SubmitButton pending={create.isPending} pendingLabel="Adding…">
            Add endpoint
          </SubmitButton>
        </div>
      </form>

      <ConfirmDialog
        open={removing !== null}
        title={`Delete the webhook to ${removing?.url ?? ""}?`}
        message={<p>It is sent nothing more, and its delivery log goes with it.</p>}
        confirmLabel="Delete"
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
                toast("Webhook deleted");
              },
            },
          )
        }
      />
    </section>
  );
}

function WebhookRow({ endpoint, onRemove }: { endpoint: Webhook; onRemove: () => void }) {
  const toast = useToast();
  const utils = api.useUtils();
  const [open, setOpen] = useState(false);
  const test = api.webhooks.test.useMutation();
  const update = api.webhooks.update.useMutation();

  return (
    <li className="webhook-row" aria-label={`Webhook ${endpoint.url}`}>
      <div className="api-key-row">
        <div>
          <strong className="webhook-url">{endpoint.url}</strong>
          <br />
          <span className="small muted">{endpoint.events.join(", ")}</span>
          <br />
          {endpoint.enabled ? (
            <span className="small">Enabled</span>
          ) : (
            <span className="small field-error" data-testid="webhook-disabled">
              Disabled: {endpoint.disabledReason ?? "by the studio"}
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
                    toast("Test event queued");
                    setOpen(true);
                    await utils.webhooks.deliveries.invalidate({ id: endpoint.id });
                  },
                  onError: (error) => toast(messageOf(error)),
                },
              )
            }
          >
            Send test
          </button>
          <button
            type="button"
            className="button ghost small"
            onClick={() => setOpen(!open)}
            aria-expanded={open}
          >
            Deliveries
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
            {endpoint.enabled ? "Disable" : "Enable"}
          </button>
          <button type="button" className="button danger small" onClick={onRemove}>
            Delete
          </button>
        </div>
      </div>
      {open && <Deliveries endpointId={endpoint.id} />}
    </li>
  );
}

function Deliveries({ endpointId }: { endpointId: string }) {
  const toast = useToast();
  const utils = api.useUtils();
  const { profile, locale } = useStudio();
  const deliveries = api.webhooks.deliveries.useQuery(
    { id: endpointId },
    { refetchInterval: 5_000 },
  );
  const redeliver = api.webhooks.redeliver.useMutation();
  const when = (iso: string) => formatDateTime(iso, profile.timezone, locale);

  if (deliveries.isPending) return <p className="muted small">Loading…</p>;
  if (!deliveries.data || deliveries.data.length === 0) {
    return <p className="muted small">Nothing sent yet.</p>;
  }
  return (
    <ul className="webhook-deliveries" aria-label="Deliveries">
      {deliveries.data.map((delivery) => (
        <li key={delivery.id} className="webhook-delivery">
          <div>
            <code>{delivery.type}</code> · attempt {delivery.attempt} ·{" "}
            <span className={delivery.status === "failed" ? "field-error" : undefined}>
              {delivery.status}
              {delivery.statusCode !== null && ` (${delivery.statusCode})`}
            </span>
            <br />
            <span className="small muted">
              {delivery.attemptedAt ? (
                <Formatted>{when(delivery.attemptedAt)}</Formatted>
              ) : (
                "Queued"
              )}
              {delivery.nextRetryAt && (
                <>
                  {" "}
                  · next try <Formatted>{when(delivery.nextRetryAt)}</Formatted>
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
                    toast("Queued again");
                    await utils.webhooks.deliveries.invalidate({ id: endpointId });
                  },
                  onError: (error) => toast(messageOf(error)),
                },
              )
            }
          >
            Redeliver
          </button>
        </li>
      ))}
    </ul>
  );
}
