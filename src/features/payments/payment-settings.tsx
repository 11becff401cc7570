"use client";

import { type FormEvent, useState, useSyncExternalStore } from "react";
import { ConfirmDialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toast";
import { useStudio } from "@/features/studio/use-studio";
import { api, fieldErrorsOf, messageOf } from "@/trpc/react";
import { PaymentInstructionsForm } from "./payment-instructions-form";

/**
 * Settings → Payments: paid by hand (the default), or by card through the
 * studio's own Stripe account. Connecting shows the webhook URL to paste into
 * Stripe; the keys are never shown again, only the secret key's last four
 * characters. "Test" asks Stripe whether the stored key still works.
 */
export function PaymentSettings() {
  const toast = useToast();
  const utils = api.useUtils();
  const { profile } = useStudio();
  const settings = api.payments.get.useQuery();
  const connect = api.payments.connect.useMutation();
  const test = api.payments.test.useMutation();
  const disconnect = api.payments.disconnect.useMutation();
  const [confirming, setConfirming] = useState(false);
  const origin = useSyncExternalStore(
    neverChanges,
    () => window.location.origin,
    () => "",
  );
  const webhookUrl = `${origin}/api/payments/stripe/${profile.id}`;
  const errors = fieldErrorsOf(connect.error);
  const current = settings.data;

  function handleConnect(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    connect.mutate(
      {
        provider: "stripe",
        secretKey: String(data.get("secretKey") ?? ""),
        webhookSecret: String(data.get("webhookSecret") ?? ""),
      },
      {
        onSuccess(saved) {
          utils.payments.get.setData(undefined, saved);
          form.reset();
          toast("Stripe connected: members can pay by card");
        },
      },
    );
  }

  return (
    <section className="card form" aria-labelledby="payments-title" id="payments">
      <h2 id="payments-title">Payments</h2>
      {settings.isPending ? (
        <p className="muted">Loading…</p>
      ) : current?.connected ? (
        <div className="stack">
          <p>
            <span className="badge live">Card payments on</span> Members pay by card through your
            Stripe account (secret key ending in{" "}
            <code data-testid="key-last4">{current.keyLast4}</code>).
          </p>
          <WebhookUrl url={webhookUrl} />
          {test.isSuccess && !test.isPending && (
            <div className="alert info" role="status">
              Stripe accepted the key.
            </div>
          )}
          {test.error && (
            <div className="alert error" role="alert">
              {messageOf(test.error)}
            </div>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button secondary"
              onClick={() => test.mutate()}
              disabled={test.isPending}
              aria-busy={test.isPending}
            >
              {test.isPending ? "Testing…" : "Test"}
            </button>
            <button type="button" className="button danger" onClick={() => setConfirming(true)}>
              Disconnect
            </button>
          </div>
        </div>
      ) : (
        <div className="stack">
          <p>
            <span className="badge">Manual</span> Members pay at the studio or by invoice, and you
            mark their orders paid. Connect your Stripe account to let them pay by card.
          </p>
          <form className="form" onSubmit={handleConnect} noValidate>
            <FormError error={connect.error} />
            <TextField
              label="Secret key"
              name="secretKey"
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder="sk_live_…"
              required
              errors={errors.secretKey}
              hint="From Stripe's dashboard, Developers → API keys. Stored encrypted, never shown again."
            />
            <TextField
              label="Webhook signing secret"
              name="webhookSecret"
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder="whsec_…"
              required
              errors={errors.webhookSecret}
              hint="Add a webhook endpoint in Stripe with the URL below, then copy its signing secret."
            />
            <WebhookUrl url={webhookUrl} />
            <div>
              <SubmitButton pending={connect.isPending} pendingLabel="Checking the key…">
                Connect Stripe
              </SubmitButton>
            </div>
          </form>
        </div>
      )}
      {current && <PaymentInstructionsForm instructions={current.instructions} />}
      <ConfirmDialog
        open={confirming}
        title="Disconnect Stripe?"
        message={
          <p>
            Members will pay at the studio or by invoice again, and the stored keys are deleted.
            Orders already paid by card stay paid; refund them in Stripe&apos;s dashboard.
          </p>
        }
        confirmLabel="Disconnect"
        pending={disconnect.isPending}
        error={disconnect.error ? messageOf(disconnect.error) : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          disconnect.mutate(undefined, {
            onSuccess(saved) {
              utils.payments.get.setData(undefined, saved);
              test.reset();
              setConfirming(false);
              toast("Stripe disconnected");
            },
          })
        }
      />
    </section>
  );
}

/** The page's origin does not change while it is open. */
const neverChanges = () => () => {};

function WebhookUrl({ url }: { url: string }) {
  return (
    <div className="field">
      <span className="small">
        Webhook URL (events: <code>checkout.session.completed</code>,{" "}
        <code>checkout.session.async_payment_succeeded</code>, <code>charge.refunded</code>)
      </span>
      <code data-testid="webhook-url" style={{ display: "block", overflowWrap: "anywhere" }}>
        {url}
      </code>
    </div>
  );
}
