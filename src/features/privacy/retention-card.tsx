"use client";

import { type FormEvent, useState } from "react";
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
          toast("Retention dates saved");
        },
      },
    );
  }

  const day = (iso: string) => <Formatted>{formatDate(iso, zone, locale)}</Formatted>;
  return (
    <section className="card" aria-labelledby="retention-title" style={{ marginTop: "1.25rem" }}>
      <h2 id="retention-title">Privacy and retention</h2>
      <p className="muted small">
        Photos are deleted with their gallery images and tags on the first date; orders stay, with
        their amounts. Members&rsquo; names, e-mail addresses and codes are anonymised on the
        second. You get an e-mail 14 days before the photos go.
      </p>
      <ul className="sales-facts" style={{ marginBottom: "0.75rem" }}>
        <li>
          Photos:{" "}
          <strong data-testid="photos-retention">
            {project.photosDeletedAt ? (
              <>deleted on {day(project.photosDeletedAt)}</>
            ) : (
              <>kept until {day(project.deletePhotosAfter)}</>
            )}
          </strong>
        </li>
        <li>
          Members&rsquo; personal data:{" "}
          <strong>
            {project.membersAnonymisedAt ? (
              <>anonymised on {day(project.membersAnonymisedAt)}</>
            ) : (
              <>kept until {day(project.anonymiseMembersAfter)}</>
            )}
          </strong>
        </li>
      </ul>
      <form className="form" onSubmit={handleSubmit} noValidate key={version}>
        <FormError error={update.error} />
        <div className="form-grid">
          <TextField
            label="Delete photos after"
            name="deletePhotosAfter"
            type="date"
            defaultValue={dayOf(project.deletePhotosAfter, zone)}
            hint="Empty: 90 days after ordering closes (or after the shoot)."
            errors={errors.deletePhotosAfter}
          />
          <TextField
            label="Anonymise members after"
            name="anonymiseMembersAfter"
            type="date"
            defaultValue={dayOf(project.anonymiseMembersAfter, zone)}
            hint="Empty: a year after the shoot."
            errors={errors.anonymiseMembersAfter}
          />
        </div>
        <div className="button-row">
          <SubmitButton pending={update.isPending}>Save retention dates</SubmitButton>
        </div>
      </form>
    </section>
  );
}
