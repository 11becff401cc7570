"use client";

import { type FormEvent, useId, useState } from "react";
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

const photoCountText = (count: number) => (count === 1 ? "1 photo" : `${count} photos`);

/**
 * What a package holds for this member: "10 photos", or "all 3 of your
 * photos" when they have fewer photos than it holds.
 */
export function packageHoldsText(photoCount: number, yourPhotos: number): string {
  if (yourPhotos > 0 && yourPhotos < photoCount) {
    return yourPhotos === 1 ? "your 1 photo" : `all ${yourPhotos} of your photos`;
  }
  return photoCountText(photoCount);
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
  const money = { currency: gallery.studio.currency, locale: gallery.studio.locale };
  return (
    <section aria-labelledby="order-heading" className="gallery-section">
      <div className="section-heading">
        <h2 id="order-heading">Order your photos</h2>
        {gallery.packages.length > 0 && (
          <p className="muted small">
            Pick a package, then choose its photos below, or after ordering.
          </p>
        )}
      </div>
      {gallery.packages.length === 0 ? (
        <EmptyState title="Nothing to order yet">
          <p>
            The studio has not offered any packages for these photos yet. Please check back later.
          </p>
        </EmptyState>
      ) : (
        <fieldset className="package-choices">
          <legend className="visually-hidden">Package</legend>
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
                {packageHoldsText(pkg.photoCount, gallery.photos.length)}
                {pkg.requiresShipping && " · posted to you"}
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
  const id = useId();
  const [code, setCode] = useState(applied ?? "");
  return (
    <div className="field coupon-field">
      <label htmlFor={id}>Coupon code</label>
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
          Apply
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
            Remove
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
  const money = { currency: gallery.studio.currency, locale: gallery.studio.locale };
  const terms = gallery.project.terms;
  const byCard = gallery.payment.byCard;
  const needsEmail = !gallery.member.hasEmail;
  const holds = packageHoldsText(pkg.photoCount, gallery.photos.length);
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
      <h2 id="summary-heading">Your order</h2>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <dl className="details">
          <dt>Package</dt>
          <dd>{pkg.name}</dd>
          <dt>Photos</dt>
          <dd>
            {chosen.length === 0
              ? `${holds[0]!.toUpperCase()}${holds.slice(1)}, to choose after ordering`
              : `${chosen.length} of ${choosable} chosen`}
          </dd>
          <dt>Price</dt>
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
                      Early bird −
                      <Formatted>{formatMoney(price.earlyBirdInCents, money)}</Formatted>
                    </>
                  )}
                  {price.earlyBirdInCents > 0 && price.couponInCents > 0 && " · "}
                  {price.couponInCents > 0 && (
                    <>
                      Coupon {price.couponCode} −
                      <Formatted>{formatMoney(price.couponInCents, money)}</Formatted>
                    </>
                  )}
                </span>
              </>
            ) : (
              <Formatted>{formatMoney(pkg.priceInCents, money)}</Formatted>
            )}
          </dd>
          <dt>Payment</dt>
          <dd>
            {byCard
              ? "By card, on a secure checkout page"
              : gallery.payment.instructions.bankDetails
                ? "By bank transfer: the details follow once you have ordered"
                : "At the studio or by invoice"}
          </dd>
        </dl>
        {needsEmail && (
          <TextField
            label="Your e-mail address"
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            maxLength={254}
            hint="Your confirmation, and the news when your photos are ready, are sent here."
            errors={errors.email}
          />
        )}
        {pkg.requiresShipping && (
          <fieldset className="shipping-fields form">
            <legend>
              <h3>Postal address</h3>
            </legend>
            <p className="muted small">{pkg.name} is printed and posted to this address.</p>
            <TextField
              label="Name"
              name="shipName"
              autoComplete="name"
              required
              maxLength={200}
              defaultValue={gallery.member.name}
              errors={errors["shippingAddress.name"] ?? errors.shippingAddress}
            />
            <TextField
              label="Street and number"
              name="shipStreet"
              autoComplete="street-address"
              required
              maxLength={200}
              errors={errors["shippingAddress.street"]}
            />
            <div className="form-grid">
              <TextField
                label="Postcode"
                name="shipPostcode"
                autoComplete="postal-code"
                required
                maxLength={20}
                errors={errors["shippingAddress.postcode"]}
              />
              <TextField
                label="City"
                name="shipCity"
                autoComplete="address-level2"
                required
                maxLength={100}
                errors={errors["shippingAddress.city"]}
              />
            </div>
            <TextField
              label="Country"
              name="shipCountry"
              autoComplete="country-name"
              required
              maxLength={100}
              defaultValue={countryOf(gallery.studio.locale)}
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
        {chosen.length === 0 && (
          <p className="hint">
            Choose photos above with the box under each one, or order now and choose them later.
          </p>
        )}
        {photoError && (
          <p className="field-error" role="alert">
            {photoError.join(" ")}
          </p>
        )}
        {terms && (
          <div className="field">
            <h3 id={termsId}>Terms and conditions</h3>
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
              I accept the terms and conditions
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
            pendingLabel={byCard ? "Opening the checkout…" : "Placing your order…"}
            disabled={Boolean(terms) && !accepted}
          >
            {byCard ? "Pay by card" : "Place order"}
          </SubmitButton>
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

/** The studio's country in English, from its locale (de-DE: Germany), to start the address with. */
function countryOf(locale: string): string {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region ? (new Intl.DisplayNames(["en"], { type: "region" }).of(region) ?? "") : "";
  } catch {
    return "";
  }
}
