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

/** Forgotten password: an e-mailed 6-digit code, then a new password. */
export function ForgotPasswordFlow() {
  const router = useRouter();
  const [step, setStep] = useState<Step>({ name: "email" });
  const newPassword = useNewPassword();
  const request = api.admins.requestPasswordReset.useMutation();
  const validate = api.admins.validateResetCode.useMutation();
  const reset = api.admins.resetPassword.useMutation();

  function requestCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email"));
    request.mutate(
      { email },
      { onSuccess: () => setStep({ name: "code", email: email.trim().toLowerCase() }) },
    );
  }

  function checkCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step.name !== "code") return;
    const otp = String(new FormData(event.currentTarget).get("otp")).trim();
    validate.mutate(
      { email: step.email, otp },
      { onSuccess: () => setStep({ name: "password", email: step.email, otp }) },
    );
  }

  function setPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step.name !== "password") return;
    const form = new FormData(event.currentTarget);
    const password = newPassword.read(form);
    if (password === null) return;
    reset.mutate(
      { email: step.email, otp: step.otp, newPassword: password },
      { onSuccess: () => router.replace("/admin/signin?reset=1") },
    );
  }

  if (step.name === "email") {
    return (
      <form className="form" onSubmit={requestCode} noValidate>
        <p className="muted" style={{ margin: 0 }}>
          Enter your admin e-mail address and we will send you a 6-digit code.
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
    return (
      <form className="form" onSubmit={checkCode} noValidate>
        <div className="alert info" role="status">
          If an admin account uses {step.email}, a code is on its way. It works for 10 minutes.
        </div>
        <FormError error={validate.error} />
        <TextField
          label="Code from the e-mail"
          name="otp"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          errors={fieldErrorsOf(validate.error).otp}
        />
        <div className="button-row">
          <SubmitButton pending={validate.isPending} pendingLabel="Checking…">
            Continue
          </SubmitButton>
          <button
            type="button"
            className="button ghost"
            disabled={request.isPending}
            onClick={() => request.mutate({ email: step.email })}
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
          <Link href="/admin/forgot-password" onClick={() => setStep({ name: "email" })}>
            Start again
          </Link>
        </p>
      )}
    </form>
  );
}
