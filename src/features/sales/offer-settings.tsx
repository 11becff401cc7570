"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Formatted } from "@/components/ui/formatted";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toast";
import { formatDateTime } from "@/lib/format";
import { isoToWallTime, wallTimeToIso } from "@/lib/time-zones";
import { api, fieldErrorsOf, type RouterOutputs } from "@/trpc/react";

type Project = RouterOutputs["projects"]["get"];

/**
 * The ordering deadline and the early bird of a project, typed as wall-clock
 * times in the project's own time zone.
 */
export function OfferSettings({ project, locale }: { project: Project; locale: string }) {
  const t = useTranslations("settingsSales");
  const toast = useToast();
  const utils = api.useUtils();
  const update = api.projects.update.useMutation();
  const errors = fieldErrorsOf(update.error);
  const zone = project.timezone;
  // Remounts the uncontrolled inputs with the saved values.
  const [version, setVersion] = useState(0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const instant = (name: string) => (text(name) ? wallTimeToIso(text(name), zone) : null);
    const percent = text("earlyBirdPercentOff");
    update.mutate(
      {
        id: project.id,
        ordersCloseAt: instant("ordersCloseAt"),
        earlyBirdPercentOff: percent ? Number(percent) : null,
        earlyBirdUntil: instant("earlyBirdUntil"),
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

  return (
    <div className="sales-block" aria-labelledby="deadline-title" role="group">
      <h3 id="deadline-title">{t("deadlineTitle")}</h3>
      <p className="muted small">{t("deadlineAbout", { zone })}</p>
      <ul className="sales-facts">
        <li>
          {t("ordersClose")}{" "}
          <strong data-testid="orders-close-at">
            {project.ordersCloseAt ? (
              <Formatted>{formatDateTime(project.ordersCloseAt, zone, locale)}</Formatted>
            ) : (
              t("noDeadline")
            )}
          </strong>
        </li>
        <li>
          {t("earlyBird")}{" "}
          <strong>
            {project.earlyBirdPercentOff && project.earlyBirdUntil ? (
              <Formatted>
                {t("earlyBirdOff", {
                  percent: project.earlyBirdPercentOff,
                  until: formatDateTime(project.earlyBirdUntil, zone, locale),
                })}
              </Formatted>
            ) : (
              t("none")
            )}
          </strong>
        </li>
      </ul>
      <form className="form" onSubmit={handleSubmit} noValidate key={version}>
        <FormError error={update.error} />
        <TextField
          label={t("ordersCloseLabel")}
          name="ordersCloseAt"
          type="datetime-local"
          defaultValue={isoToWallTime(project.ordersCloseAt, zone)}
          hint={t("ordersCloseHint")}
          errors={errors.ordersCloseAt}
        />
        <div className="form-grid">
          <TextField
            label={t("earlyBirdPercent")}
            name="earlyBirdPercentOff"
            type="number"
            inputMode="numeric"
            min={1}
            max={90}
            defaultValue={project.earlyBirdPercentOff ?? ""}
            errors={errors.earlyBirdPercentOff}
          />
          <TextField
            label={t("earlyBirdUntil")}
            name="earlyBirdUntil"
            type="datetime-local"
            defaultValue={isoToWallTime(project.earlyBirdUntil, zone)}
            errors={errors.earlyBirdUntil}
          />
        </div>
        <div className="button-row">
          <SubmitButton pending={update.isPending}>{t("save")}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
