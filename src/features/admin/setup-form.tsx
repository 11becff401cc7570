"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { api, fieldErrorsOf } from "@/trpc/react";

/** The first admin: name, e-mail, password and, when the server sets one, ADMIN_SETUP_TOKEN. */
export function SetupForm({ needsSetupToken }: { needsSetupToken: boolean }) {
  const router = useRouter();
  const [signingIn, setSigningIn] = useState(false);
  const setup = api.admins.setup.useMutation();
  const errors = fieldErrorsOf(setup.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      fullName: String(form.get("fullName")),
      email: String(form.get("email")),
      password: String(form.get("password")),
      ...(needsSetupToken && { setupToken: String(form.get("setupToken")) }),
    };
    setup.mutate(input, {
      async onSuccess() {
        setSigningIn(true);
        await signIn("admin", { email: input.email, password: input.password, redirect: false });
        router.replace("/admin/studios");
        router.refresh();
      },
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormError error={setup.error} />
      {needsSetupToken && (
        <TextField
          label="Setup token"
          name="setupToken"
          type="password"
          autoComplete="off"
          required
          hint="The server's ADMIN_SETUP_TOKEN, from its configuration."
          errors={errors.setupToken}
        />
      )}
      <TextField
        label="Full name"
        name="fullName"
        autoComplete="name"
        required
        errors={errors.fullName}
      />
      <TextField
        label="E-mail"
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={errors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        errors={errors.password}
      />
      <SubmitButton pending={setup.isPending || signingIn} pendingLabel="Creating…">
        Create admin
      </SubmitButton>
    </form>
  );
}
