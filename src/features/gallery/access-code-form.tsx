"use client";

import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { api, fieldErrorsOf, messageOf } from "@/trpc/react";

function waitText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "about a minute" : `${minutes} minutes`;
}

/** A refused attempt's message, with the wait when there is one. */
function problemOf(error: unknown): string | null {
  if (!error || fieldErrorsOf(error).code) return null;
  const data =
    error instanceof TRPCClientError
      ? (error.data as { retryAfterSeconds?: number | null } | undefined)
      : undefined;
  const wait = data?.retryAfterSeconds;
  return wait ? `${messageOf(error)} You can try again in ${waitText(wait)}.` : messageOf(error);
}

/**
 * The access code from the member's card; any case, with or without the dash.
 * `initialCode` fills it in from the link in an invitation e-mail.
 */
export function AccessCodeForm({ initialCode = "" }: { initialCode?: string }) {
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const open = api.gallery.open.useMutation({
    onSuccess() {
      router.replace("/gallery/photos");
      router.refresh();
    },
  });
  const problem = problemOf(open.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    open.mutate({ code });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {problem && (
        <div className="alert error" role="alert">
          {problem}
        </div>
      )}
      <TextField
        label="Access code"
        name="code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        placeholder="ABCDE-FGHJK"
        hint="10 letters and digits, printed on your card."
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        className="access-code-input"
        required
        errors={fieldErrorsOf(open.error).code}
      />
      <SubmitButton pending={open.isPending || open.isSuccess} pendingLabel="Opening…">
        Open my gallery
      </SubmitButton>
    </form>
  );
}
