"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Choice } from "@/lib/choices";
import { isoToWallTime, wallTimeToIso } from "@/lib/time-zones";
import { api, fieldErrorsOf, type RouterOutputs } from "@/trpc/react";

type Project = RouterOutputs["projects"]["get"];

/**
 * Creates a project, or edits one. Start and end are typed as wall-clock times
 * of the shoot's own time zone and sent as instants.
 */
export function ProjectForm({
  project,
  defaultTimeZone,
  zones,
  onSaved,
  onCancel,
}: {
  project?: Project;
  defaultTimeZone: string;
  zones: Choice[];
  onSaved: (project: Project) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("projectsForm");
  const [timeZone, setTimeZone] = useState(project?.timezone ?? defaultTimeZone);
  const utils = api.useUtils();
  const create = api.projects.create.useMutation();
  const update = api.projects.update.useMutation();
  const mutation = project ? update : create;
  const errors = fieldErrorsOf(mutation.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const optional = (name: string) => text(name) || (project ? null : undefined);
    const instant = (name: string) =>
      text(name) ? wallTimeToIso(text(name), timeZone) : project ? null : undefined;
    const fields = {
      name: text("name"),
      locationName: optional("locationName"),
      startAt: instant("startAt"),
      endAt: instant("endAt"),
      projectLink: optional("projectLink"),
      termsAndConditions: optional("termsAndConditions"),
      timezone: timeZone,
      photoConsentDefault: form.get("photoConsentDefault") === "on",
    };
    const onSuccess = async (saved: Project) => {
      utils.projects.get.setData({ id: saved.id }, saved);
      await utils.projects.list.invalidate();
      onSaved(saved);
    };
    if (project) update.mutate({ id: project.id, ...fields }, { onSuccess });
    else create.mutate(fields, { onSuccess });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormError error={mutation.error} />
      <div className="form-grid">
        <TextField
          label={t("name")}
          name="name"
          defaultValue={project?.name}
          required
          maxLength={200}
          errors={errors.name}
        />
        <TextField
          label={t("location")}
          name="locationName"
          defaultValue={project?.locationName ?? ""}
          errors={errors.locationName}
        />
      </div>
      <div className="form-grid">
        <SelectField
          label={t("timeZone")}
          name="timezone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          hint={t("timeZoneHint")}
          errors={errors.timezone}
        >
          {zones.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("starts")}
          name="startAt"
          type="datetime-local"
          defaultValue={isoToWallTime(
            project?.startAt ?? null,
            project?.timezone ?? defaultTimeZone,
          )}
          errors={errors.startAt}
        />
        <TextField
          label={t("ends")}
          name="endAt"
          type="datetime-local"
          defaultValue={isoToWallTime(project?.endAt ?? null, project?.timezone ?? defaultTimeZone)}
          errors={errors.endAt}
        />
      </div>
      <TextField
        label={t("projectLink")}
        name="projectLink"
        type="url"
        placeholder="https://"
        defaultValue={project?.projectLink ?? ""}
        hint={t("projectLinkHint")}
        errors={errors.projectLink}
      />
      <TextAreaField
        label={t("terms")}
        name="termsAndConditions"
        defaultValue={project?.termsAndConditions ?? ""}
        errors={errors.termsAndConditions}
      />
      <CheckboxField
        label={t("consent")}
        name="photoConsentDefault"
        defaultChecked={project?.photoConsentDefault ?? true}
        hint={t("consentHint")}
        errors={errors.photoConsentDefault}
      />
      <div className="button-row">
        <SubmitButton pending={mutation.isPending}>
          {project ? t("save") : t("create")}
        </SubmitButton>
        {onCancel && (
          <button
            type="button"
            className="button secondary"
            onClick={onCancel}
            disabled={mutation.isPending}
          >
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
