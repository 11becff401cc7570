"use client";

import type { FormEvent } from "react";
import { useTranslations } from "use-intl";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toast";
import { api, fieldErrorsOf, type RouterOutputs } from "@/trpc/react";

type Instructions = RouterOutputs["payments"]["get"]["instructions"];

/**
 * Settings → Payment instructions: what a member paying by hand is told after
 * ordering and in the confirmation e-mail. With bank details they are told to
 * pay by bank transfer; the order number is the reference unless the studio
 * writes its own around `{number}`.
 */
export function PaymentInstructionsForm({ instructions }: { instructions: Instructions }) {
  const t = useTranslations("settingsPaymentInstructions");
  const toast = useToast();
  const utils = api.useUtils();
  const save = api.payments.setInstructions.useMutation();
  const errors = fieldErrorsOf(save.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "").trim() || null;
    save.mutate(
      {
        bankDetails: value("bankDetails"),
        reference: value("reference"),
        contact: value("contact"),
        deadline: value("deadline"),
      },
      {
        onSuccess(saved) {
          utils.payments.get.setData(undefined, saved);
          toast(t("saved"));
        },
      },
    );
  }

  return (
    <form
      className="form"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="payment-instructions-title"
    >
      <h3 id="payment-instructions-title">{t("title")}</h3>
      <p className="muted">{t("lead")}</p>
      <FormError error={save.error} />
      <TextAreaField
        label={t("bankDetails")}
        name="bankDetails"
        rows={4}
        maxLength={1000}
        defaultValue={instructions.bankDetails ?? ""}
        placeholder={t("bankDetailsPlaceholder")}
        hint={t("bankDetailsHint")}
        errors={errors.bankDetails}
      />
      <div className="form-grid">
        <TextField
          label={t("reference")}
          name="reference"
          maxLength={140}
          defaultValue={instructions.reference ?? ""}
          placeholder="{number}"
          hint={t("referenceHint")}
          errors={errors.reference}
        />
        <TextField
          label={t("deadline")}
          name="deadline"
          maxLength={200}
          defaultValue={instructions.deadline ?? ""}
          placeholder={t("deadlinePlaceholder")}
          errors={errors.deadline}
        />
      </div>
      <TextField
        label={t("contact")}
        name="contact"
        maxLength={200}
        defaultValue={instructions.contact ?? ""}
        placeholder={t("contactPlaceholder")}
        errors={errors.contact}
      />
      <div>
        <SubmitButton pending={save.isPending}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
