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
import { API_KEY_SCOPES } from "@/lib/api-key-scopes";
import type { ApiKey, CreatedApiKey } from "@/server/domain/api-keys.schemas";
import { api, fieldErrorsOf, messageOf } from "@/trpc/react";

/**
 * Settings → API keys: keys for outside systems, each limited to its scopes.
 * A new key is shown once, to copy; the list shows when each was last used,
 * and revoking one stops it at once.
 */
export function ApiKeySettings() {
  const t = useTranslations("settingsApiKeys");
  const toast = useToast();
  const utils = api.useUtils();
  const { profile, locale } = useStudio();
  const keys = api.apiKeys.list.useQuery();
  const create = api.apiKeys.create.useMutation();
  const revoke = api.apiKeys.delete.useMutation();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const errors = fieldErrorsOf(create.error);

  function handleCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    create.mutate(
      {
        name: String(data.get("name") ?? ""),
        scopes: data.getAll("scopes").map(String) as CreatedApiKey["scopes"],
      },
      {
        async onSuccess(key) {
          setCreated(key);
          form.reset();
          await utils.apiKeys.list.invalidate();
        },
      },
    );
  }

  return (
    <section className="card form" aria-labelledby="api-keys-title" id="api-keys">
      <h2 id="api-keys-title">{t("title")}</h2>
      <p className="muted">{t.rich("about", { code: (chunks) => <code>{chunks}</code> })}</p>

      {created && (
        <ShownOnceSecret
          title={t("copyNow", { name: created.name })}
          value={created.key}
          noun="key"
          testId="new-api-key"
          onDone={() => setCreated(null)}
        />
      )}

      {keys.isPending ? (
        <p className="muted">{t("loading")}</p>
      ) : keys.data && keys.data.length > 0 ? (
        <ul className="api-key-list">
          {keys.data.map((key) => (
            <li key={key.id} className="api-key-row" aria-label={t("rowLabel", { name: key.name })}>
              <div>
                <strong>{key.name}</strong> <code>{key.prefix}…</code>
                <br />
                <span className="small muted">{key.scopes.join(", ")}</span>
                <br />
                <span className="small muted">
                  {key.lastUsedAt ? (
                    <Formatted>
                      {t("lastUsed", {
                        when: formatDateTime(key.lastUsedAt, profile.timezone, locale),
                      })}
                    </Formatted>
                  ) : (
                    t("neverUsed")
                  )}
                </span>
              </div>
              <button
                type="button"
                className="button danger small"
                onClick={() => setRevoking(key)}
              >
                {t("revoke")}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="no-api-keys">
          {t("empty")}
        </p>
      )}

      <form className="form" onSubmit={handleCreate} noValidate>
        <h3>{t("newKey")}</h3>
        <FormError error={create.error} />
        <TextField
          label={t("name")}
          name="name"
          required
          placeholder={t("namePlaceholder")}
          errors={errors.name}
        />
        <CheckboxChoices
          legend={t("scopes")}
          name="scopes"
          choices={API_KEY_SCOPES}
          errors={errors.scopes}
        />
        <div>
          <SubmitButton pending={create.isPending} pendingLabel={t("creating")}>
            {t("create")}
          </SubmitButton>
        </div>
      </form>

      <ConfirmDialog
        open={revoking !== null}
        title={t("revokeTitle", { name: revoking?.name ?? "" })}
        message={<p>{t("revokeMessage")}</p>}
        confirmLabel={t("revoke")}
        pending={revoke.isPending}
        error={revoke.error ? messageOf(revoke.error) : null}
        onCancel={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(
            { id: revoking.id },
            {
              async onSuccess() {
                setRevoking(null);
                await utils.apiKeys.list.invalidate();
                toast(t("revoked"));
              },
            },
          )
        }
      />
    </section>
  );
}
