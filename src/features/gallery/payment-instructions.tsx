"use client";

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
  return (
    <div className="payment-instructions" data-testid="payment-instructions">
      <p>
        {transfer.bankDetails
          ? "Pay by bank transfer to:"
          : "Pay at the studio or by invoice, quoting the reference below."}
      </p>
      {transfer.bankDetails && <p className="bank-details">{transfer.bankDetails}</p>}
      <dl className="details">
        <dt>Reference</dt>
        <dd>
          <strong className="order-number">{transfer.reference}</strong>
        </dd>
        {transfer.deadline && (
          <>
            <dt>Pay</dt>
            <dd>{transfer.deadline}</dd>
          </>
        )}
        {transfer.contact && (
          <>
            <dt>Questions</dt>
            <dd>{transfer.contact}</dd>
          </>
        )}
      </dl>
      <p className="muted small">
        Your download appears here once the studio has received your payment.
      </p>
    </div>
  );
}
