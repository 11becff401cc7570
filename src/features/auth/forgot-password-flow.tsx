"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
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
  admin: { signIn: "/admin/signin", start: "/admin/forgot-password", who: "an admin account" },
  account: { signIn: "/signin", start: "/forgot-password", who: "an account" },
} as const;

/**
 * Forgotten password: an e-mailed 6-digit code, then a new password. Admins
 * check the code first (`validate-otp`); accounts send it with the new password.
 */
export function ForgotPasswordFlow({ audience }: { audience: ResetAudience }) {
  const router = useRouter();
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
          Enter your {audience === "admin" ? "admin " : ""}e-mail address and we will send you a
          6-digit code.
        </p>
        <FormError error={request.error} />
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="email"
          required
          errors={fieldErrorsOf(request.error).email}
        />
        <SubmitButton pending={request.isPending} pendingLabel="Sending…">
          Send code
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
          If {paths.who} uses {step.email}, a code is on its way. It works for 10 minutes.
        </div>
        <FormError error={checking.error} />
        <TextField
          label="Code from the e-mail"
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
            pendingLabel={audience === "admin" ? "Checking…" : "Saving…"}
          >
            {audience === "admin" ? "Continue" : "Set new password"}
          </SubmitButton>
          <button
            type="button"
            className="button ghost"
            disabled={request.isPending}
            onClick={() => sendCode(step.email)}
          >
            {request.isPending ? "Sending…" : "Send a new code"}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form className="form" onSubmit={setPassword} noValidate>
      <FormError error={reset.error} />
      {newPassword.fields(fieldErrorsOf(reset.error).newPassword)}
      <SubmitButton pending={reset.isPending}>Set new password</SubmitButton>
      {reset.error && (
        <p className="small">
          <Link href={paths.start} onClick={() => setStep({ name: "email" })}>
            Start again
          </Link>
        </p>
      )}
    </form>
  );
}
