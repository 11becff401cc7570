"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { api, fieldErrorsOf } from "@/trpc/react";
import { useNewPassword } from "./new-password-fields";

type Step =
  | { name: "email" }
  | { name: "code"; email: string }
  | { name: "password"; email: string; otp: string };

/** Whose password: an admin's (`/api/admins` codes) or a studio or photographer login's. */
export type ResetAudience = "admin" | "account";

const PATHS = {
  admin: { signIn: "/admin/signin", start: "/admin/forgot-password" },
  account: { signIn: "/signin", start: "/forgot-password" },
} as const;

/**
 * Forgotten password: an e-mailed 6-digit code, then a new password. Admins
 * check the code first (`validate-otp`); accounts send it with the new password.
 */
export function ForgotPasswordFlow({ audience }: { audience: ResetAudience }) {
  const router = useRouter();
  const t = useTranslations("publicAuth");
  const admin = audience === "admin";
  const paths = PATHS[audience];
  const [step, setStep] = useState<Step>({ name: "email" });
  const newPassword = useNewPassword();
  const adminRequest = api.admins.requestPasswordReset.useMutation();
  const accountRequest = api.account.requestPasswordReset.useMutation();
  const validate = api.admins.validateResetCode.useMutation();
  const adminReset = api.admins.resetPassword.useMutation();
  const accountReset = api.account.resetPassword.useMutation();
  const request = audience === "admin" ? adminRequest : accountRequest;
  const reset = audience === "admin" ? adminReset : accountReset;
  const done = () => router.replace(`${paths.signIn}?reset=1`);

  function sendCode(email: string, onSuccess?: () => void) {
    if (audience === "admin") adminRequest.mutate({ email }, { onSuccess });
    else accountRequest.mutate({ email }, { onSuccess });
  }

  function requestCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email"));
    sendCode(email, () => setStep({ name: "code", email: email.trim().toLowerCase() }));
  }

  function checkCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step.name !== "code") return;
    const form = new FormData(event.currentTarget);
    const otp = String(form.get("otp")).trim();
    if (audience === "admin") {
      validate.mutate(
        { email: step.email, otp },
        { onSuccess: () => setStep({ name: "password", email: step.email, otp }) },
      );
      return;
    }
    const password = newPassword.read(form);
    if (password === null) return;
    accountReset.mutate(
      { email: step.email, code: otp, newPassword: password },
      { onSuccess: done },
    );
  }

  function setPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step.name !== "password") return;
    const password = newPassword.read(new FormData(event.currentTarget));
    if (password === null) return;
    adminReset.mutate(
      { email: step.email, otp: step.otp, newPassword: password },
      { onSuccess: done },
    );
  }

  if (step.name === "email") {
    return (
      <form className="form" onSubmit={requestCode} noValidate>
        <p className="muted" style={{ margin: 0 }}>
          {admin ? t("enterAdminEmail") : t("enterEmail")}
        </p>
        <FormError error={request.error} />
        <TextField
          label={t("email")}
          name="email"
          type="email"
          autoComplete="email"
          required
          errors={fieldErrorsOf(request.error).email}
        />
        <SubmitButton pending={request.isPending} pendingLabel={t("sending")}>
          {t("sendCode")}
        </SubmitButton>
      </form>
    );
  }

  if (step.name === "code") {
    const checking = audience === "admin" ? validate : accountReset;
    const errors = fieldErrorsOf(checking.error);
    return (
      <form className="form" onSubmit={checkCode} noValidate>
        <div className="alert info" role="status">
          {t(admin ? "adminCodeSent" : "codeSent", { email: step.email })}
        </div>
        <FormError error={checking.error} />
        <TextField
          label={t("code")}
          name="otp"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          errors={errors.otp ?? errors.code}
        />
        {audience === "account" && newPassword.fields(errors.newPassword)}
        <div className="button-row">
          <SubmitButton
            pending={checking.isPending}
            pendingLabel={admin ? t("checking") : t("saving")}
          >
            {admin ? t("continue") : t("setPassword")}
          </SubmitButton>
          <button
            type="button"
            className="button ghost"
            disabled={request.isPending}
            onClick={() => sendCode(step.email)}
          >
            {request.isPending ? t("sending") : t("newCode")}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form className="form" onSubmit={setPassword} noValidate>
      <FormError error={reset.error} />
      {newPassword.fields(fieldErrorsOf(reset.error).newPassword)}
      <SubmitButton pending={reset.isPending}>{t("setPassword")}</SubmitButton>
      {reset.error && (
        <p className="small">
          <Link href={paths.start} onClick={() => setStep({ name: "email" })}>
            {t("startAgain")}
          </Link>
        </p>
      )}
    </form>
  );
}
