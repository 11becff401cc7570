"use client";

import type { FormEvent } from "react";
import { useTranslations } from "use-intl";
import { FormDialogActions } from "@/components/ui/dialog";
import { CheckboxField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { api, fieldErrorsOf, type RouterOutputs } from "@/trpc/react";
import { useMembersInvalidation } from "./use-members-invalidation";

type Member = RouterOutputs["members"]["get"];

export function MemberForm({
  projectId,
  member,
  onDone,
}: {
  projectId: string;
  member?: Member;
  onDone: () => void;
}) {
  const t = useTranslations("projectsMemberForm");
  const toast = useToast();
  const invalidate = useMembersInvalidation();
  const create = api.members.create.useMutation();
  const update = api.members.update.useMutation();
  const mutation = member ? update : create;
  const errors = fieldErrorsOf(mutation.error);
  // A new member starts with the project's consent default.
  const project = api.projects.get.useQuery({ id: projectId }, { enabled: !member });
  const consentDefault = project.data?.photoConsentDefault ?? true;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || null;
    const fields = {
      name: String(form.get("name") ?? ""),
      email: text("email"),
      email2: text("email2"),
      externalId: text("externalId"),
      group: text("group"),
      emailOptOut: form.get("emailOptOut") === "on",
    };
    const photoConsent = form.get("photoConsent") === "on";
    const onSuccess = async () => {
      await invalidate();
      toast(member ? t("saved") : t("added"));
      onDone();
    };
    if (member) update.mutate({ id: member.id, ...fields, photoConsent }, { onSuccess });
    else {
      // Left at the project's default, the server applies it (also when it is not loaded yet).
      const consent = photoConsent === consentDefault ? {} : { photoConsent };
      create.mutate({ projectId, ...fields, ...consent }, { onSuccess });
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormError error={mutation.error} />
      <TextField
        label={t("name")}
        name="name"
        defaultValue={member?.name}
        required
        errors={errors.name}
      />
      <TextField
        label={t("group")}
        name="group"
        defaultValue={member?.group ?? ""}
        errors={errors.group}
      />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        defaultValue={member?.email ?? ""}
        errors={errors.email}
      />
      <TextField
        label={t("email2")}
        name="email2"
        type="email"
        defaultValue={member?.email2 ?? ""}
        hint={t("email2Hint")}
        errors={errors.email2}
      />
      <TextField
        label={t("externalId")}
        name="externalId"
        defaultValue={member?.externalId ?? ""}
        hint={t("externalIdHint")}
        errors={errors.externalId}
      />
      <CheckboxField
        key={String(consentDefault)}
        label={t("consent")}
        name="photoConsent"
        defaultChecked={member ? member.photoConsent : consentDefault}
        hint={t("consentHint")}
        errors={errors.photoConsent}
      />
      <CheckboxField
        label={t("optOut")}
        name="emailOptOut"
        defaultChecked={member?.emailOptOut ?? false}
        hint={t("optOutHint")}
        errors={errors.emailOptOut}
      />
      <FormDialogActions
        pending={mutation.isPending}
        submitLabel={member ? t("save") : t("add")}
        onCancel={onDone}
      />
    </form>
  );
}
