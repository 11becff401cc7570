"use client";

import { useState } from "react";
import { TextField } from "@/components/ui/field";

/**
 * "New password" and "Repeat the new password", checked against each other in
 * the browser before anything is sent. `read` returns the new password, or
 * null (and shows the mismatch) when the two differ.
 */
export function useNewPassword() {
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
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        errors={serverErrors}
      />
      <TextField
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={mismatch ? ["does not match the new password"] : undefined}
      />
    </>
  );
  return { read, fields };
}
