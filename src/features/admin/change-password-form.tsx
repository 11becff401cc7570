"use client";

import type { FormEvent } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { api, fieldErrorsOf } from "@/trpc/react";
import { useEndSession } from "@/features/auth/end-session";
import { useNewPassword } from "@/features/auth/new-password-fields";

/** An admin changes their own password; every session of theirs ends, this one included. */
export function ChangePasswordForm({ email }: { email: string }) {
  const endSession = useEndSession("/admin/signin");
  const change = api.admins.changePassword.useMutation();
  const newPassword = useNewPassword();
  const errors = fieldErrorsOf(change.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = newPassword.read(form);
    if (password === null) return;
    change.mutate(
      { email, oldPassword: String(form.get("oldPassword")), newPassword: password },
      { onSuccess: () => endSession("changed") },
    );
  }

  return (
    <>
      <PageHeader
        title="My password"
        description="Changing your password signs you out everywhere."
      />
      <form className="card form" style={{ maxWidth: "32rem" }} onSubmit={handleSubmit} noValidate>
        <FormError error={change.error} />
        <TextField
          label="Current password"
          name="oldPassword"
          type="password"
          autoComplete="current-password"
          required
          errors={errors.oldPassword}
        />
        {newPassword.fields(errors.newPassword)}
        <div>
          <SubmitButton pending={change.isPending}>Change password</SubmitButton>
        </div>
      </form>
    </>
  );
}
