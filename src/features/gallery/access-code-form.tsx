"use client";

import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { api, fieldErrorsOf, messageOf } from "@/trpc/react";

/** A refused attempt's message (the server's), with the wait when there is one. */
function problemOf(error: unknown, tryAgainIn: (minutes: number) => string): string | null {
  if (!error || fieldErrorsOf(error).code) return null;
  const data =
    error instanceof TRPCClientError
      ? (error.data as { retryAfterSeconds?: number | null } | undefined)
      : undefined;
  const wait = data?.retryAfterSeconds;
  if (!wait) return messageOf(error);
  const minutes = Math.max(1, Math.ceil(wait / 60));
  return `${messageOf(error)} ${tryAgainIn(minutes)}`;
}

/**
 * The access code from the member's card; any case, with or without the dash.
 * `initialCode` fills it in from the link in an invitation e-mail.
 */
export function AccessCodeForm({ initialCode = "" }: { initialCode?: string }) {
  const t = useTranslations("galleryAccess");
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const open = api.gallery.open.useMutation({
    onSuccess() {
      router.replace("/gallery/photos");
      router.refresh();
    },
  });
  const problem = problemOf(open.error, (minutes) =>
    t("tryAgainIn", {
      wait: minutes === 1 ? t("waitMinute") : t("waitMinutes", { minutes }),
    }),
  );

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
        label={t("label")}
        name="code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        placeholder="ABCDE-FGHJK"
        hint={t("hint")}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        className="access-code-input"
        required
        errors={fieldErrorsOf(open.error).code}
      />
      <SubmitButton pending={open.isPending || open.isSuccess} pendingLabel={t("opening")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
