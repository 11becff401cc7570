"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";

/**
 * "New password" and "Repeat the new password", checked against each other in
 * the browser before anything is sent. `read` returns the new password, or
 * null (and shows the mismatch) when the two differ.
 */
export function useNewPassword() {
  const t = useTranslations("publicAuth");
  const [mismatch, setMismatch] = useState(false);
  const read = (form: FormData): string | null => {
    const password = String(form.get("newPassword") ?? "");
    const matches = password === String(form.get("confirmPassword") ?? "");
    setMismatch(!matches);
    return matches ? password : null;
  };
  const fields = (serverErrors?: string[]) => (
    <>
      <TextField
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        errors={serverErrors}
      />
      <TextField
        label={t("repeatPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={mismatch ? [t("mismatch")] : undefined}
      />
    </>
  );
  return { read, fields };
}
