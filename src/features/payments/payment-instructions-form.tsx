"use client";

import type { FormEvent } from "react";
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
          toast("Payment instructions saved");
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
      <h3 id="payment-instructions-title">Payment instructions</h3>
      <p className="muted">
        Shown to members right after they order, on each unpaid order in their gallery, and in the
        order confirmation e-mail.
      </p>
      <FormError error={save.error} />
      <TextAreaField
        label="Bank details"
        name="bankDetails"
        rows={4}
        maxLength={1000}
        defaultValue={instructions.bankDetails ?? ""}
        placeholder={"Account holder\nIBAN\nBIC, bank"}
        hint="With bank details, members are asked to pay by bank transfer; without, at the studio or by invoice."
        errors={errors.bankDetails}
      />
      <div className="form-grid">
        <TextField
          label="Reference"
          name="reference"
          maxLength={140}
          defaultValue={instructions.reference ?? ""}
          placeholder="{number}"
          hint="{number} is the order number. Empty: the order number alone."
          errors={errors.reference}
        />
        <TextField
          label="Payment deadline"
          name="deadline"
          maxLength={200}
          defaultValue={instructions.deadline ?? ""}
          placeholder="within 14 days of ordering"
          errors={errors.deadline}
        />
      </div>
      <TextField
        label="Contact for payment questions"
        name="contact"
        maxLength={200}
        defaultValue={instructions.contact ?? ""}
        placeholder="billing@your-studio.example or a phone number"
        errors={errors.contact}
      />
      <div>
        <SubmitButton pending={save.isPending}>Save payment instructions</SubmitButton>
      </div>
    </form>
  );
}
