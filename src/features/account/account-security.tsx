"use client";

import type { FormEvent } from "react";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { useEndSession } from "@/features/auth/end-session";
import { useNewPassword } from "@/features/auth/new-password-fields";
import { api, fieldErrorsOf, messageOf } from "@/trpc/react";

/**
 * A studio's or a photographer's own login: change the password (the current
 * one required) or end every session. Both end this session too, so the user
 * signs in again.
 */
export function AccountSecurity() {
  const t = useTranslations("accountSecurity");
  const endSession = useEndSession("/signin");
  const change = api.account.changePassword.useMutation();
  const logout = api.account.logoutEverywhere.useMutation();
  const newPassword = useNewPassword();
  const errors = fieldErrorsOf(change.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = newPassword.read(form);
    if (password === null) return;
    change.mutate(
      { currentPassword: String(form.get("currentPassword")), newPassword: password },
      { onSuccess: () => endSession("changed") },
    );
  }

  return (
    <>
      <section className="card form" aria-labelledby="password-title" style={{ maxWidth: "32rem" }}>
        <h2 id="password-title">{t("passwordTitle")}</h2>
        <p className="muted small" style={{ margin: 0 }}>
          {t("passwordHint")}
        </p>
        <form className="form" onSubmit={handleSubmit} noValidate>
          <FormError error={change.error} />
          <TextField
            label={t("currentPassword")}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            errors={errors.currentPassword}
          />
          {newPassword.fields(errors.newPassword)}
          <div>
            <SubmitButton pending={change.isPending} pendingLabel={t("saving")}>
              {t("changePassword")}
            </SubmitButton>
          </div>
        </form>
      </section>
      <section className="card form" aria-labelledby="sessions-title" style={{ maxWidth: "32rem" }}>
        <h2 id="sessions-title">{t("sessionsTitle")}</h2>
        <p className="muted small" style={{ margin: 0 }}>
          {t("sessionsHint")}
        </p>
        {logout.error && (
          <div className="alert error" role="alert">
            {messageOf(logout.error)}
          </div>
        )}
        <div>
          <button
            type="button"
            className="button secondary"
            disabled={logout.isPending}
            onClick={() => logout.mutate(undefined, { onSuccess: () => endSession("signedout") })}
          >
            {logout.isPending ? t("signingOut") : t("signOutEverywhere")}
          </button>
        </div>
      </section>
    </>
  );
}
