"use client";

import { useTranslations } from "use-intl";

/** How to pay one order by hand: the studio's instructions with the order's reference. */
export interface TransferDetails {
  bankDetails: string | null;
  reference: string;
  contact: string | null;
  deadline: string | null;
}

/**
 * What the studio tells a member paying by hand (Settings → Payments): by
 * bank transfer to its account with the order's reference, else at the
 * studio or by invoice quoting it; the deadline and whom to ask, when set.
 */
export function PaymentInstructions({ transfer }: { transfer: TransferDetails }) {
  const t = useTranslations("galleryPayment");
  return (
    <div className="payment-instructions" data-testid="payment-instructions">
      <p>{transfer.bankDetails ? t("byTransfer") : t("atStudio")}</p>
      {transfer.bankDetails && <p className="bank-details">{transfer.bankDetails}</p>}
      <dl className="details">
        <dt>{t("reference")}</dt>
        <dd>
          <strong className="order-number">{transfer.reference}</strong>
        </dd>
        {transfer.deadline && (
          <>
            <dt>{t("pay")}</dt>
            <dd>{transfer.deadline}</dd>
          </>
        )}
        {transfer.contact && (
          <>
            <dt>{t("questions")}</dt>
            <dd>{transfer.contact}</dd>
          </>
        )}
      </dl>
      <p className="muted small">{t("afterPayment")}</p>
    </div>
  );
}
