"use client";

import { type FormEvent, useId, useState } from "react";
import { EmptyState } from "@/components/ui/feedback";
import { FormError } from "@/components/ui/form-error";
import { Formatted } from "@/components/ui/formatted";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatMoney } from "@/lib/format";
import { api, fieldErrorsOf, type RouterOutputs } from "@/trpc/react";
import type { Gallery } from "./gallery-view";

export type PlacedOrder = RouterOutputs["gallery"]["placeOrder"];
type GalleryPackage = Gallery["packages"][number];

const photoCountText = (count: number) => (count === 1 ? "1 photo" : `${count} photos`);

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
          <p className="muted small">Pick a package, then choose its photos below.</p>
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
                {photoCountText(pkg.photoCount)}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}

/** Step 2: what is being ordered, the terms, and the order button. */
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
  });
  const errors = fieldErrorsOf(place.error);
  const photoError = Object.entries(errors).find(([field]) => field.startsWith("photoIds"))?.[1];
  const money = { currency: gallery.studio.currency, locale: gallery.studio.locale };
  const terms = gallery.project.terms;
  const byCard = gallery.payment.byCard;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    place.mutate({ packageId: pkg.id, photoIds: chosen, acceptTerms: accepted });
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
            {chosen.length} of {pkg.photoCount} chosen
          </dd>
          <dt>Price</dt>
          <dd>
            <Formatted>{formatMoney(pkg.priceInCents, money)}</Formatted>
          </dd>
          <dt>Payment</dt>
          <dd>{byCard ? "By card, on a secure checkout page" : "At the studio or by invoice"}</dd>
        </dl>
        {chosen.length === 0 && (
          <p className="hint">Choose at least one photo above, with the box under each photo.</p>
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
            disabled={chosen.length === 0 || (Boolean(terms) && !accepted)}
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
