"use client";

import { type FormEvent, useState, useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";
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
  const t = useTranslations("settingsPayments");
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
          toast(t("connected"));
        },
      },
    );
  }

  return (
    <section className="card form" aria-labelledby="payments-title" id="payments">
      <h2 id="payments-title">{t("title")}</h2>
      {settings.isPending ? (
        <p className="muted">{t("loading")}</p>
      ) : current?.connected ? (
        <div className="stack">
          <p>
            <span className="badge live">{t("cardOn")}</span>{" "}
            {t.rich("connectedAbout", {
              last4: () => <code data-testid="key-last4">{current.keyLast4}</code>,
            })}
          </p>
          <WebhookUrl url={webhookUrl} />
          {test.isSuccess && !test.isPending && (
            <div className="alert info" role="status">
              {t("keyAccepted")}
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
              {test.isPending ? t("testing") : t("test")}
            </button>
            <button type="button" className="button danger" onClick={() => setConfirming(true)}>
              {t("disconnect")}
            </button>
          </div>
        </div>
      ) : (
        <div className="stack">
          <p>
            <span className="badge">{t("manual")}</span> {t("manualAbout")}
          </p>
          <form className="form" onSubmit={handleConnect} noValidate>
            <FormError error={connect.error} />
            <TextField
              label={t("secretKey")}
              name="secretKey"
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder="sk_live_…"
              required
              errors={errors.secretKey}
              hint={t("secretKeyHint")}
            />
            <TextField
              label={t("webhookSecret")}
              name="webhookSecret"
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder="whsec_…"
              required
              errors={errors.webhookSecret}
              hint={t("webhookSecretHint")}
            />
            <WebhookUrl url={webhookUrl} />
            <div>
              <SubmitButton pending={connect.isPending} pendingLabel={t("checkingKey")}>
                {t("connect")}
              </SubmitButton>
            </div>
          </form>
        </div>
      )}
      {current && <PaymentInstructionsForm instructions={current.instructions} />}
      <ConfirmDialog
        open={confirming}
        title={t("disconnectTitle")}
        message={<p>{t("disconnectMessage")}</p>}
        confirmLabel={t("disconnect")}
        pending={disconnect.isPending}
        error={disconnect.error ? messageOf(disconnect.error) : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          disconnect.mutate(undefined, {
            onSuccess(saved) {
              utils.payments.get.setData(undefined, saved);
              test.reset();
              setConfirming(false);
              toast(t("disconnected"));
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
  const t = useTranslations("settingsPayments");
  return (
    <div className="field">
      <span className="small" style={{ overflowWrap: "anywhere" }}>
        {t.rich("webhookUrl", {
          events: () => (
            <>
              <code>checkout.session.completed</code>,{" "}
              <code>checkout.session.async_payment_succeeded</code>, <code>charge.refunded</code>
            </>
          ),
        })}
      </span>
      <code data-testid="webhook-url" style={{ display: "block", overflowWrap: "anywhere" }}>
        {url}
      </code>
    </div>
  );
}
