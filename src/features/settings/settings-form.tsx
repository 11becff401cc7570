"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
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
  const toast = useToast();
  const router = useRouter();
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
          toast("Settings saved");
          // The studio's locale is the pages' language and formats, worked out on the server.
          if (saved.locale !== profile.locale) router.refresh();
        },
      },
    );
  }

  return (
    <>
      <PageHeader
        title="Settings"
        description="Your studio's profile, and how money, dates and times are shown."
      />
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <FormError error={update.error} />
        <section className="card form" aria-labelledby="profile-title">
          <h2 id="profile-title">Profile</h2>
          <TextField
            label="Studio name"
            name="name"
            defaultValue={profile.name}
            required
            errors={errors.name}
          />
          <TextField
            label="E-mail"
            name="email"
            value={profile.email}
            readOnly
            hint="Your sign-in; it cannot be changed here."
          />
          <div className="form-grid">
            <TextAreaField
              label="Address"
              name="address"
              defaultValue={profile.address ?? ""}
              errors={errors.address}
            />
            <TextAreaField
              label="Billing address"
              name="billingAddress"
              defaultValue={profile.billingAddress ?? ""}
              errors={errors.billingAddress}
            />
          </div>
          <div style={{ display: "flex", gap: "1rem", alignItems: "flex-end", flexWrap: "wrap" }}>
            <div style={{ flex: "1 1 18rem" }}>
              <TextField
                label="Profile picture URL"
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
                alt="Profile picture preview"
                onError={() => setBrokenPicture(true)}
              />
            ) : (
              <div
                className="avatar-preview"
                role="img"
                aria-label={
                  brokenPicture ? "The picture could not be loaded" : "No profile picture"
                }
              />
            )}
          </div>
        </section>
        <section className="card form" aria-labelledby="privacy-title">
          <h2 id="privacy-title">Privacy</h2>
          <p className="muted">
            Shown to parents and members on the gallery&rsquo;s privacy page, with what the studio
            stores and for how long.
          </p>
          <TextField
            label="Privacy contact"
            name="privacyContact"
            defaultValue={profile.privacyContact ?? ""}
            maxLength={500}
            hint="Where to ask for a copy of their data or its erasure: an e-mail address, or a name and address."
            errors={errors.privacyContact}
          />
          <TextAreaField
            label="Privacy notice"
            name="privacyText"
            defaultValue={profile.privacyText ?? ""}
            hint="Your own privacy notice, in your words (optional)."
            errors={errors.privacyText}
          />
        </section>
        <section className="card form" aria-labelledby="regional-title">
          <h2 id="regional-title">Money, dates and times</h2>
          <div className="form-grid">
            <SelectField
              label="Currency"
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
              label="Locale"
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
              label="Time zone"
              name="timezone"
              defaultValue={profile.timezone}
              errors={errors.timezone}
              hint="New projects start in this time zone."
            >
              {zones.map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
                </option>
              ))}
            </SelectField>
          </div>
          <p className="muted" aria-live="polite">
            Prices will look like{" "}
            <strong>
              <Formatted>{formatMoney(123456, { currency, locale })}</Formatted>
            </strong>
            .
          </p>
        </section>
        <div>
          <SubmitButton pending={update.isPending}>Save settings</SubmitButton>
        </div>
      </form>
    </>
  );
}
