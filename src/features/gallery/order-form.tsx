"use client";

import { type FormEvent, useId, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { EmptyState } from "@/components/ui/feedback";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Formatted } from "@/components/ui/formatted";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatMoney } from "@/lib/format";
import { api, fieldErrorsOf, type RouterOutputs } from "@/trpc/react";
import type { Gallery } from "./gallery-view";

export type PlacedOrder = RouterOutputs["gallery"]["placeOrder"];
type GalleryPackage = Gallery["packages"][number];

/**
 * What a package holds for this member: "10 photos", or "all 3 of your
 * photos" when they have fewer photos than it holds.
 */
function usePackageHolds(): (photoCount: number, yourPhotos: number) => string {
  const t = useTranslations("galleryOrder");
  return (photoCount, yourPhotos) =>
    yourPhotos > 0 && yourPhotos < photoCount
      ? yourPhotos === 1
        ? t("holdsOne")
        : t("holdsAll", { count: yourPhotos })
      : t("photoCount", { count: photoCount });
}

/** Step 1: the packages of the project, with prices in the studio's currency. */
export function PackagePicker({
  gallery,
  packageId,
  onChoose,
}: {
  gallery: Gallery;
  packageId: string | null;
  onChoose: (id: string) => void;
}) {
  const t = useTranslations("galleryOrder");
  const packageHolds = usePackageHolds();
  const money = { currency: gallery.studio.currency, locale: useLocale() };
  return (
    <section aria-labelledby="order-heading" className="gallery-section">
      <div className="section-heading">
        <h2 id="order-heading">{t("heading")}</h2>
        {gallery.packages.length > 0 && <p className="muted small">{t("pickHint")}</p>}
      </div>
      {gallery.packages.length === 0 ? (
        <EmptyState title={t("nothingTitle")}>
          <p>{t("nothingText")}</p>
        </EmptyState>
      ) : (
        <fieldset className="package-choices">
          <legend className="visually-hidden">{t("package")}</legend>
          {gallery.packages.map((pkg) => (
            <label
              key={pkg.id}
              className={`package-choice${pkg.id === packageId ? " selected" : ""}`}
            >
              <input
                type="radio"
                name="package"
                value={pkg.id}
                checked={pkg.id === packageId}
                onChange={() => onChoose(pkg.id)}
              />
              <span className="package-name">{pkg.name}</span>
              <span className="package-meta">
                <Formatted>{formatMoney(pkg.priceInCents, money)}</Formatted>
                {" · "}
                {packageHolds(pkg.photoCount, gallery.photos.length)}
                {pkg.requiresShipping && ` · ${t("postedToYou")}`}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}

/**
 * A coupon code: applied, it asks the server for the price (early bird and
 * coupon), and a code that does not work is said under the field.
 */
function CouponField({
  applied,
  error,
  checking,
  onApply,
}: {
  applied: string | null;
  error: string[] | undefined;
  checking: boolean;
  onApply: (code: string | null) => void;
}) {
  const t = useTranslations("galleryOrder");
  const id = useId();
  const [code, setCode] = useState(applied ?? "");
  return (
    <div className="field coupon-field">
      <label htmlFor={id}>{t("coupon")}</label>
      <div className="coupon-row">
        <input
          id={id}
          name="couponCode"
          value={code}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          onChange={(event) => setCode(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              onApply(code.trim() || null);
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button
          type="button"
          className="button secondary"
          onClick={() => onApply(code.trim() || null)}
          disabled={checking}
        >
          {t("apply")}
        </button>
        {applied && (
          <button
            type="button"
            className="button ghost"
            onClick={() => {
              setCode("");
              onApply(null);
            }}
          >
            {t("remove")}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert" id={`${id}-error`}>
          {error.join(" ")}
        </p>
      )}
    </div>
  );
}

/** Step 2: what is being ordered, the price with offers, the terms, and the order button. */
export function OrderSummary({
  gallery,
  pkg,
  chosen,
  onCancel,
  onPlaced,
}: {
  gallery: Gallery;
  pkg: GalleryPackage;
  chosen: string[];
  onCancel: () => void;
  onPlaced: (result: PlacedOrder) => void;
}) {
  const t = useTranslations("galleryOrder");
  const locale = useLocale();
  const packageHolds = usePackageHolds();
  const utils = api.useUtils();
  const termsId = useId();
  const [accepted, setAccepted] = useState(false);
  const [couponCode, setCouponCode] = useState<string | null>(null);
  const quote = api.gallery.quote.useQuery(
    { packageId: pkg.id, couponCode },
    { retry: false, refetchOnWindowFocus: false },
  );
  const place = api.gallery.placeOrder.useMutation({
    async onSuccess(result) {
      if (result.payment.kind === "redirect") {
        // On to the card checkout; the order turns paid once the provider confirms it.
        window.location.assign(result.payment.url);
        return;
      }
      setAccepted(false);
      await utils.gallery.get.invalidate();
      onPlaced(result);
    },
    async onError() {
      await utils.gallery.quote.invalidate();
    },
  });
  const errors = fieldErrorsOf(place.error);
  const couponError = fieldErrorsOf(quote.error).couponCode ?? errors.couponCode;
  const price = quote.data;
  const photoError = Object.entries(errors).find(([field]) => field.startsWith("photoIds"))?.[1];
  const money = { currency: gallery.studio.currency, locale };
  const terms = gallery.project.terms;
  const byCard = gallery.payment.byCard;
  const needsEmail = !gallery.member.hasEmail;
  const holds = packageHolds(pkg.photoCount, gallery.photos.length);
  const choosable = Math.min(pkg.photoCount, gallery.photos.length || pkg.photoCount);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    place.mutate({
      packageId: pkg.id,
      photoIds: chosen,
      acceptTerms: accepted,
      couponCode: couponError ? null : couponCode,
      ...(needsEmail && { email: text("email") }),
      ...(pkg.requiresShipping && {
        shippingAddress: {
          name: text("shipName"),
          street: text("shipStreet"),
          postcode: text("shipPostcode"),
          city: text("shipCity"),
          country: text("shipCountry"),
        },
      }),
    });
  }

  return (
    <section aria-labelledby="summary-heading" className="gallery-section card order-summary">
      <h2 id="summary-heading">{t("summaryHeading")}</h2>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <dl className="details">
          <dt>{t("package")}</dt>
          <dd>{pkg.name}</dd>
          <dt>{t("photos")}</dt>
          <dd>
            {chosen.length === 0
              ? capitalised(t("toChooseLater", { holds }), locale)
              : t("chosen", { chosen: chosen.length, count: choosable })}
          </dd>
          <dt>{t("price")}</dt>
          <dd data-testid="order-price">
            {price && price.discountInCents > 0 ? (
              <>
                <s className="muted">
                  <Formatted>{formatMoney(price.listPriceInCents, money)}</Formatted>
                </s>{" "}
                <strong>
                  <Formatted>{formatMoney(price.amountInCents, money)}</Formatted>
                </strong>
                <br />
                <span className="muted small">
                  {price.earlyBirdInCents > 0 && (
                    <>
                      {t("earlyBird")}
                      <Formatted>{formatMoney(price.earlyBirdInCents, money)}</Formatted>
                    </>
                  )}
                  {price.earlyBirdInCents > 0 && price.couponInCents > 0 && " · "}
                  {price.couponInCents > 0 && (
                    <>
                      {t("couponDiscount", { code: price.couponCode ?? "" })}
                      <Formatted>{formatMoney(price.couponInCents, money)}</Formatted>
                    </>
                  )}
                </span>
              </>
            ) : (
              <Formatted>{formatMoney(pkg.priceInCents, money)}</Formatted>
            )}
          </dd>
          <dt>{t("payment")}</dt>
          <dd>
            {byCard
              ? t("byCard")
              : gallery.payment.instructions.bankDetails
                ? t("byTransfer")
                : t("atStudio")}
          </dd>
        </dl>
        {needsEmail && (
          <TextField
            label={t("email")}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            maxLength={254}
            hint={t("emailHint")}
            errors={errors.email}
          />
        )}
        {pkg.requiresShipping && (
          <fieldset className="shipping-fields form">
            <legend>
              <h3>{t("postalAddress")}</h3>
            </legend>
            <p className="muted small">{t("postedHint", { package: pkg.name })}</p>
            <TextField
              label={t("name")}
              name="shipName"
              autoComplete="name"
              required
              maxLength={200}
              defaultValue={gallery.member.name}
              errors={errors["shippingAddress.name"] ?? errors.shippingAddress}
            />
            <TextField
              label={t("street")}
              name="shipStreet"
              autoComplete="street-address"
              required
              maxLength={200}
              errors={errors["shippingAddress.street"]}
            />
            <div className="form-grid">
              <TextField
                label={t("postcode")}
                name="shipPostcode"
                autoComplete="postal-code"
                required
                maxLength={20}
                errors={errors["shippingAddress.postcode"]}
              />
              <TextField
                label={t("city")}
                name="shipCity"
                autoComplete="address-level2"
                required
                maxLength={100}
                errors={errors["shippingAddress.city"]}
              />
            </div>
            <TextField
              label={t("country")}
              name="shipCountry"
              autoComplete="country-name"
              required
              maxLength={100}
              defaultValue={countryOf(gallery.studio.locale, locale)}
              errors={errors["shippingAddress.country"]}
            />
          </fieldset>
        )}
        <CouponField
          applied={couponCode}
          error={couponError}
          checking={quote.isFetching}
          onApply={setCouponCode}
        />
        {chosen.length === 0 && <p className="hint">{t("chooseHint")}</p>}
        {photoError && (
          <p className="field-error" role="alert">
            {photoError.join(" ")}
          </p>
        )}
        {terms && (
          <div className="field">
            <h3 id={termsId}>{t("terms")}</h3>
            <div className="terms-text" tabIndex={0} role="region" aria-labelledby={termsId}>
              {terms}
            </div>
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={accepted}
                onChange={(event) => setAccepted(event.target.checked)}
                aria-invalid={errors.acceptTerms ? true : undefined}
              />
              {t("acceptTerms")}
            </label>
            {errors.acceptTerms && (
              <p className="field-error" role="alert">
                {errors.acceptTerms.join(" ")}
              </p>
            )}
          </div>
        )}
        <FormError error={place.error} />
        <div className="button-row">
          <SubmitButton
            pending={place.isPending || place.data?.payment.kind === "redirect"}
            pendingLabel={byCard ? t("openingCheckout") : t("placing")}
            disabled={Boolean(terms) && !accepted}
          >
            {byCard ? t("payByCard") : t("place")}
          </SubmitButton>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A text with its first letter in upper case ("all 3 of your photos, …" → "All 3 …"). */
function capitalised(text: string, locale: string): string {
  return `${text.charAt(0).toLocaleUpperCase(locale)}${text.slice(1)}`;
}

/**
 * The studio's country in the page's language, from the studio's locale
 * (de-DE: "Germany", or "Deutschland" on a German page), to start the address with.
 */
function countryOf(studioLocale: string, pageLocale: string): string {
  try {
    const region = new Intl.Locale(studioLocale).maximize().region;
    return region ? (new Intl.DisplayNames([pageLocale], { type: "region" }).of(region) ?? "") : "";
  } catch {
    return "";
  }
}
