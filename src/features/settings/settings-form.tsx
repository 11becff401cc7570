"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Formatted } from "@/components/ui/formatted";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toast";
import { useStudio } from "@/features/studio/use-studio";
import type { Choice } from "@/lib/choices";
import { formatMoney } from "@/lib/format";
import { api, fieldErrorsOf } from "@/trpc/react";

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export function SettingsForm({
  currencies,
  locales,
  zones,
}: {
  currencies: Choice[];
  locales: Choice[];
  zones: Choice[];
}) {
  const t = useTranslations("settings");
  const router = useRouter();
  const toast = useToast();
  const utils = api.useUtils();
  const { profile } = useStudio();
  const update = api.operators.updateMe.useMutation();
  const errors = fieldErrorsOf(update.error);
  const [currency, setCurrency] = useState(profile.currency);
  const [locale, setLocale] = useState(profile.locale);
  const [pictureUrl, setPictureUrl] = useState(profile.profilePictureUrl ?? "");
  const [brokenPicture, setBrokenPicture] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const optional = (name: string) => String(form.get(name) ?? "").trim() || null;
    update.mutate(
      {
        name: String(form.get("name")),
        address: optional("address"),
        billingAddress: optional("billingAddress"),
        currency,
        locale,
        timezone: String(form.get("timezone")),
        profilePictureUrl: optional("profilePictureUrl"),
        privacyContact: optional("privacyContact"),
        privacyText: optional("privacyText"),
      },
      {
        async onSuccess(saved) {
          utils.operators.me.setData(undefined, saved);
          toast(t("saved"));
          // The studio's locale can change the language and formats of the pages: render them again.
          if (saved.locale !== profile.locale || saved.timezone !== profile.timezone) {
            router.refresh();
          }
        },
      },
    );
  }

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <FormError error={update.error} />
        <section className="card form" aria-labelledby="profile-title">
          <h2 id="profile-title">{t("profile")}</h2>
          <TextField
            label={t("studioName")}
            name="name"
            defaultValue={profile.name}
            required
            errors={errors.name}
          />
          <TextField
            label={t("email")}
            name="email"
            value={profile.email}
            readOnly
            hint={t("emailHint")}
          />
          <div className="form-grid">
            <TextAreaField
              label={t("address")}
              name="address"
              defaultValue={profile.address ?? ""}
              errors={errors.address}
            />
            <TextAreaField
              label={t("billingAddress")}
              name="billingAddress"
              defaultValue={profile.billingAddress ?? ""}
              errors={errors.billingAddress}
            />
          </div>
          <div style={{ display: "flex", gap: "1rem", alignItems: "flex-end", flexWrap: "wrap" }}>
            <div style={{ flex: "1 1 18rem" }}>
              <TextField
                label={t("pictureUrl")}
                name="profilePictureUrl"
                type="url"
                placeholder="https://"
                value={pictureUrl}
                onChange={(event) => {
                  setPictureUrl(event.target.value);
                  setBrokenPicture(false);
                }}
                errors={errors.profilePictureUrl}
              />
            </div>
            {isHttpUrl(pictureUrl) && !brokenPicture ? (
              // eslint-disable-next-line @next/next/no-img-element -- any external URL, not an optimisable asset
              <img
                className="avatar-preview"
                src={pictureUrl}
                alt={t("picturePreview")}
                onError={() => setBrokenPicture(true)}
              />
            ) : (
              <div
                className="avatar-preview"
                role="img"
                aria-label={brokenPicture ? t("pictureBroken") : t("noPicture")}
              />
            )}
          </div>
        </section>
        <section className="card form" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{t("privacy")}</h2>
          <p className="muted">{t("privacyAbout")}</p>
          <TextField
            label={t("privacyContact")}
            name="privacyContact"
            defaultValue={profile.privacyContact ?? ""}
            maxLength={500}
            hint={t("privacyContactHint")}
            errors={errors.privacyContact}
          />
          <TextAreaField
            label={t("privacyNotice")}
            name="privacyText"
            defaultValue={profile.privacyText ?? ""}
            hint={t("privacyNoticeHint")}
            errors={errors.privacyText}
          />
        </section>
        <section className="card form" aria-labelledby="regional-title">
          <h2 id="regional-title">{t("regional")}</h2>
          <div className="form-grid">
            <SelectField
              label={t("currency")}
              name="currency"
              value={currency}
              onChange={(e) => setCurrency(e.target.value)}
              errors={errors.currency}
            >
              {currencies.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("locale")}
              name="locale"
              value={locale}
              onChange={(e) => setLocale(e.target.value)}
              errors={errors.locale}
            >
              {locales.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("timeZone")}
              name="timezone"
              defaultValue={profile.timezone}
              errors={errors.timezone}
              hint={t("timeZoneHint")}
            >
              {zones.map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
                </option>
              ))}
            </SelectField>
          </div>
          <p className="muted" aria-live="polite">
            {t.rich("pricesLookLike", {
              price: formatMoney(123456, { currency, locale }),
              strong: (chunks) => (
                <strong>
                  <Formatted>{chunks}</Formatted>
                </strong>
              ),
            })}
          </p>
        </section>
        <div>
          <SubmitButton pending={update.isPending}>{t("save")}</SubmitButton>
        </div>
      </form>
    </>
  );
}
