"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Formatted } from "@/components/ui/formatted";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toast";
import { formatDate } from "@/lib/format";
import { isoToWallTime, wallTimeToIso } from "@/lib/time-zones";
import { api, fieldErrorsOf, type RouterOutputs } from "@/trpc/react";

type Project = RouterOutputs["projects"]["get"];

const dayOf = (iso: string, zone: string) => isoToWallTime(iso, zone).slice(0, 10);

/**
 * How long the project keeps personal data: when its photos are deleted and
 * when its members are anonymised (days in the project's time zone). A date
 * left as shown stays as it is; an emptied one goes back to the default.
 */
export function RetentionCard({ project, locale }: { project: Project; locale: string }) {
  const t = useTranslations("settingsRetention");
  const toast = useToast();
  const utils = api.useUtils();
  const update = api.projects.update.useMutation();
  const errors = fieldErrorsOf(update.error);
  const zone = project.timezone;
  const [version, setVersion] = useState(0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const dateOf = (name: "deletePhotosAfter" | "anonymiseMembersAfter") => {
      const day = String(form.get(name) ?? "").trim();
      if (!day) return null;
      if (day === dayOf(project[name], zone)) return undefined;
      return wallTimeToIso(`${day}T00:00`, zone);
    };
    update.mutate(
      {
        id: project.id,
        deletePhotosAfter: dateOf("deletePhotosAfter"),
        anonymiseMembersAfter: dateOf("anonymiseMembersAfter"),
      },
      {
        onSuccess(saved) {
          utils.projects.get.setData({ id: saved.id }, saved);
          setVersion((v) => v + 1);
          toast(t("saved"));
        },
      },
    );
  }

  const day = (iso: string) => formatDate(iso, zone, locale);
  return (
    <section className="card" aria-labelledby="retention-title" style={{ marginTop: "1.25rem" }}>
      <h2 id="retention-title">{t("title")}</h2>
      <p className="muted small">{t("about")}</p>
      <ul className="sales-facts" style={{ marginBottom: "0.75rem" }}>
        <li>
          {t("photos")}{" "}
          <strong data-testid="photos-retention">
            {project.photosDeletedAt ? (
              <Formatted>{t("deletedOn", { day: day(project.photosDeletedAt) })}</Formatted>
            ) : (
              <Formatted>{t("keptUntil", { day: day(project.deletePhotosAfter) })}</Formatted>
            )}
          </strong>
        </li>
        <li>
          {t("members")}{" "}
          <strong>
            {project.membersAnonymisedAt ? (
              <Formatted>{t("anonymisedOn", { day: day(project.membersAnonymisedAt) })}</Formatted>
            ) : (
              <Formatted>{t("keptUntil", { day: day(project.anonymiseMembersAfter) })}</Formatted>
            )}
          </strong>
        </li>
      </ul>
      <form className="form" onSubmit={handleSubmit} noValidate key={version}>
        <FormError error={update.error} />
        <div className="form-grid">
          <TextField
            label={t("deleteAfter")}
            name="deletePhotosAfter"
            type="date"
            defaultValue={dayOf(project.deletePhotosAfter, zone)}
            hint={t("deleteAfterHint")}
            errors={errors.deletePhotosAfter}
          />
          <TextField
            label={t("anonymiseAfter")}
            name="anonymiseMembersAfter"
            type="date"
            defaultValue={dayOf(project.anonymiseMembersAfter, zone)}
            hint={t("anonymiseAfterHint")}
            errors={errors.anonymiseMembersAfter}
          />
        </div>
        <div className="button-row">
          <SubmitButton pending={update.isPending}>{t("save")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
