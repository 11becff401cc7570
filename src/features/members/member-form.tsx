"use client";

import type { FormEvent } from "react";
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
      toast(member ? "Member saved" : "Member added");
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
        label="Name"
        name="name"
        defaultValue={member?.name}
        required
        errors={errors.name}
      />
      <TextField
        label="Group (class, team)"
        name="group"
        defaultValue={member?.group ?? ""}
        errors={errors.group}
      />
      <TextField
        label="E-mail (optional)"
        name="email"
        type="email"
        defaultValue={member?.email ?? ""}
        errors={errors.email}
      />
      <TextField
        label="Second e-mail (optional)"
        name="email2"
        type="email"
        defaultValue={member?.email2 ?? ""}
        hint="A parent's or guardian's address: invitations and reminders go to both."
        errors={errors.email2}
      />
      <TextField
        label="External id (optional)"
        name="externalId"
        defaultValue={member?.externalId ?? ""}
        hint="The school's or club's own id; it lets a later import update this member."
        errors={errors.externalId}
      />
      <CheckboxField
        key={String(consentDefault)}
        label="May be photographed"
        name="photoConsent"
        defaultChecked={member ? member.photoConsent : consentDefault}
        hint="Unticked: “Do not photograph” in the photographers’ list, and every photo this person is tagged in stays out of all galleries."
        errors={errors.photoConsent}
      />
      <CheckboxField
        label="No marketing e-mails"
        name="emailOptOut"
        defaultChecked={member?.emailOptOut ?? false}
        hint="No invitations or reminders to this person’s addresses; order confirmations still go out. Unticking it also lifts an unsubscribe of these addresses."
        errors={errors.emailOptOut}
      />
      <FormDialogActions
        pending={mutation.isPending}
        submitLabel={member ? "Save" : "Add member"}
        onCancel={onDone}
      />
    </form>
  );
}
