"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** Auth.js's code and the server's sentence (src/server/auth/sign-in.ts) for a wrong e-mail or password. */
const WRONG_CREDENTIALS = new Set(["CredentialsSignin", "Invalid e-mail or password"]);

/** E-mail and password for the `backoffice` or `admin` sign-in. */
export function SignInForm({
  provider,
  returnTo,
}: {
  provider: "backoffice" | "admin";
  returnTo: string;
}) {
  const router = useRouter();
  const t = useTranslations("publicAuth");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn(provider, {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    });
    if (!result || result.error) {
      setPending(false);
      // A wrong e-mail or password is the form's own sentence (in the page's language); any
      // other refusal (too many attempts, say) is the server's message as it is.
      setError(result?.error && !WRONG_CREDENTIALS.has(result.error) ? result.error : t("invalid"));
      return;
    }
    router.replace(returnTo);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <TextField label={t("email")} name="email" type="email" autoComplete="email" required />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <SubmitButton pending={pending} pendingLabel={t("signingIn")}>
        {t("signIn")}
      </SubmitButton>
    </form>
  );
}
