"use client";

import { Formatted } from "@/components/ui/formatted";
import { formatDate, formatMoney } from "@/lib/format";
import { api, messageOf } from "@/trpc/react";
import type { Gallery } from "./gallery-view";
import { PaymentInstructions } from "./payment-instructions";
import { thumbUrl } from "./photo-grid";

const STATUS = {
  pending: { label: "Pending", className: "badge upcoming" },
  paid: { label: "Paid", className: "badge live" },
  refunded: { label: "Refunded", className: "badge" },
} as const;

type GalleryOrder = Gallery["orders"][number];

/**
 * The member's orders: pending ones say how to pay, paid ones offer the
 * download; one without photos asks for them first ("Choose your N photos").
 */
export function OrderList({
  gallery,
  choosingId,
  onChoose,
}: {
  gallery: Gallery;
  choosingId: string | null;
  onChoose: (order: GalleryOrder) => void;
}) {
  const { locale, timezone } = gallery.studio;
  return (
    <section aria-labelledby="orders-heading" className="gallery-section">
      <h2 id="orders-heading">Your orders</h2>
      <ul className="order-list">
        {gallery.orders.map((order) => {
          const status = STATUS[order.status];
          const count = order.photoIds.length || order.photoCount;
          const photos = count === 1 ? "1 photo" : `${count} photos`;
          const money = { currency: order.currency, locale };
          return (
            <li key={order.id} className="card order-card" aria-label={`Order ${order.number}`}>
              <div className="order-card-head">
                <h3>
                  Order <span className="order-number">{order.number}</span>
                </h3>
                <span className={status.className}>{status.label}</span>
              </div>
              <p>
                {order.packageName} · {photos} ·{" "}
                <Formatted>{formatMoney(order.amountInCents, money)}</Formatted>
                {order.discountInCents > 0 && (
                  <span className="muted small">
                    {" "}
                    (
                    <s>
                      <Formatted>{formatMoney(order.listPriceInCents, money)}</Formatted>
                    </s>
                    {order.couponCode && <> · coupon {order.couponCode}</>})
                  </span>
                )}
                <br />
                <span className="muted small">
                  Ordered <Formatted>{formatDate(order.orderedAt, timezone, locale)}</Formatted>
                </span>
              </p>
              {order.status === "pending" && order.payByCard && <PayNow orderId={order.id} />}
              {order.status === "pending" && !order.payByCard && (
                <PaymentInstructions
                  transfer={{ ...gallery.payment.instructions, reference: order.paymentReference }}
                />
              )}
              {order.shippingAddress && (
                <p className="muted small">
                  Posted to {order.shippingAddress.name}, {order.shippingAddress.street},{" "}
                  {order.shippingAddress.postcode} {order.shippingAddress.city},{" "}
                  {order.shippingAddress.country}
                </p>
              )}
              {order.photosToChoose > 0 && (
                <>
                  <p className="muted">
                    {order.status === "paid"
                      ? "Paid: choose its photos to download them."
                      : "Choose its photos now or later; the download opens once it is paid."}
                  </p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => onChoose(order)}
                    aria-pressed={choosingId === order.id}
                  >
                    Choose your{" "}
                    {order.photosToChoose === 1 ? "photo" : `${order.photosToChoose} photos`}
                  </button>
                </>
              )}
              {order.downloadUrl && (
                <a className="button" href={order.downloadUrl} download>
                  Download {photos} (zip, full resolution)
                </a>
              )}
              {order.photoDownloads.length > 0 && (
                <details className="photo-saves-panel" open={order.photoDownloads.length <= 6}>
                  <summary>Or save each photo on its own</summary>
                  <ul className="photo-saves" aria-label={`Photos of order ${order.number}`}>
                    {order.photoDownloads.map((photo, index) => (
                      <li key={photo.photoId}>
                        {/* eslint-disable-next-line @next/next/no-img-element -- a private, watermarked route */}
                        <img src={thumbUrl(photo.photoId)} alt="" loading="lazy" decoding="async" />
                        <a className="button secondary small" href={photo.url} download>
                          Save photo {index + 1}
                        </a>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A pending order of a studio that takes cards: a new checkout for it. */
function PayNow({ orderId }: { orderId: string }) {
  const pay = api.gallery.payOrder.useMutation({
    onSuccess(payment) {
      if (payment.kind === "redirect") window.location.assign(payment.url);
    },
  });
  const leaving = pay.isPending || pay.isSuccess;
  return (
    <div className="stack">
      <p className="muted">
        Not paid yet. Pay by card; your download appears here once the payment is confirmed.
      </p>
      {pay.error && (
        <div className="alert error" role="alert">
          {messageOf(pay.error)}
        </div>
      )}
      <div>
        <button
          type="button"
          className="button"
          onClick={() => pay.mutate({ orderId })}
          disabled={leaving}
          aria-busy={leaving}
        >
          {leaving ? "Opening the checkout…" : "Pay now"}
        </button>
      </div>
    </div>
  );
}
