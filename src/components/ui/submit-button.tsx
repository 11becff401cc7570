"use client";

import type { ButtonHTMLAttributes } from "react";
import { useTranslations } from "use-intl";

/** A button that says what is happening while its form is being saved. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  className = "button",
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & { pending: boolean; pendingLabel?: string }) {
  const t = useTranslations("ui");
  return (
    <button
      type="submit"
      className={className}
      disabled={pending || button.disabled}
      aria-busy={pending}
      {...button}
    >
      {pending ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {pendingLabel ?? t("saving")}
        </>
      ) : (
        children
      )}
    </button>
  );
}
