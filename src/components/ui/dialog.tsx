"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslations } from "use-intl";
import { SubmitButton } from "./submit-button";

/** A modal built on <dialog>: focus is trapped and Escape closes it, natively. */
export function Dialog({
  open,
  title,
  onClose,
  className,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  /** Added to `dialog`, e.g. for a wider one. */
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : "dialog"}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}

/** "Are you sure?" before anything destructive. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("ui");
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      <div className="stack">
        <div>{message}</div>
        {error && (
          <div className="alert error" role="alert">
            {error}
          </div>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onCancel} disabled={pending}>
          {t("cancel")}
        </button>
        <button
          type="button"
          className="button danger"
          onClick={onConfirm}
          disabled={pending}
          aria-busy={pending}
        >
          {pending ? t("working") : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

/** The footer of a form in a dialog: Cancel, and the submit button, both held while saving. */
export function FormDialogActions({
  pending,
  submitLabel,
  onCancel,
}: {
  pending: boolean;
  submitLabel: ReactNode;
  onCancel: () => void;
}) {
  const t = useTranslations("ui");
  return (
    <div className="dialog-actions">
      <button type="button" className="button secondary" onClick={onCancel} disabled={pending}>
        {t("cancel")}
      </button>
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </div>
  );
}
