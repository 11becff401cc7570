import type { ButtonHTMLAttributes } from "react";

/** A button that says what is happening while its form is being saved. */
export function SubmitButton({
  pending,
  pendingLabel = "Saving…",
  children,
  className = "button",
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & { pending: boolean; pendingLabel?: string }) {
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
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
