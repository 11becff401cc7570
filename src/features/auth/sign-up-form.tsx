"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState, useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Choice } from "@/lib/choices";
import { api, fieldErrorsOf } from "@/trpc/react";

/** A new studio: the same procedure as POST /v1/auth/register, then a browser session. */
export function SignUpForm({ zones }: { zones: Choice[] }) {
  const router = useRouter();
  const t = useTranslations("publicAuth");
  // The browser's zone is unknown while rendering on the server: UTC there, the real one after hydration.
  const browserZone = useSyncExternalStore(
    () => () => {},
    () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    () => "UTC",
  );
  const [chosenZone, setChosenZone] = useState<string | null>(null);
  const timeZone = chosenZone ?? browserZone;
  const [signingIn, setSigningIn] = useState(false);
  const register = api.auth.register.useMutation();
  const errors = fieldErrorsOf(register.error);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name")),
      email: String(form.get("email")),
      password: String(form.get("password")),
      timezone: String(form.get("timezone")),
    };
    register.mutate(input, {
      async onSuccess() {
        setSigningIn(true);
        await signIn("backoffice", {
          email: input.email,
          password: input.password,
          redirect: false,
        });
        router.replace("/dashboard");
        router.refresh();
      },
    });
  }

  const pending = register.isPending || signingIn;
  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormError error={register.error} />
      <TextField
        label={t("studioName")}
        name="name"
        autoComplete="organization"
        required
        errors={errors.name}
      />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={errors.email}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        errors={errors.password}
      />
      <SelectField
        label={t("timeZone")}
        name="timezone"
        value={timeZone}
        onChange={(event) => setChosenZone(event.target.value)}
        errors={errors.timezone}
      >
        {zones.map((zone) => (
          <option key={zone.value} value={zone.value}>
            {zone.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={pending} pendingLabel={t("creating")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}
