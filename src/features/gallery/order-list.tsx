"use client";

import type { ReactNode } from "react";
import { useLocale, useTranslations } from "use-intl";
import { Formatted } from "@/components/ui/formatted";
import { formatDate, formatMoney } from "@/lib/format";
import { api, messageOf } from "@/trpc/react";
import type { Gallery } from "./gallery-view";
import { PaymentInstructions } from "./payment-instructions";
import { thumbUrl } from "./photo-grid";

const STATUS_CLASS = {
  pending: "badge upcoming",
  paid: "badge live",
  refunded: "badge",
} as const;

const fmt = (chunks: ReactNode) => <Formatted>{chunks}</Formatted>;

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
  const t = useTranslations("galleryOrders");
  const locale = useLocale();
  const { timezone } = gallery.studio;
  return (
    <section aria-labelledby="orders-heading" className="gallery-section">
      <h2 id="orders-heading">{t("heading")}</h2>
      <ul className="order-list">
        {gallery.orders.map((order) => {
          const count = order.photoIds.length || order.photoCount;
          const photos = t("photoCount", { count });
          const money = { currency: order.currency, locale };
          return (
            <li
              key={order.id}
              className="card order-card"
              aria-label={t("order", { number: order.number })}
            >
              <div className="order-card-head">
                <h3>
                  {t.rich("orderHeading", {
                    number: order.number,
                    num: (chunks) => <span className="order-number">{chunks}</span>,
                  })}
                </h3>
                <span className={STATUS_CLASS[order.status]}>{t(order.status)}</span>
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
                    {order.couponCode && <> · {t("coupon", { code: order.couponCode })}</>})
                  </span>
                )}
                <br />
                <span className="muted small">
                  {t.rich("ordered", { date: formatDate(order.orderedAt, timezone, locale), fmt })}
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
                  {t("postedTo", {
                    address: [
                      order.shippingAddress.name,
                      order.shippingAddress.street,
                      `${order.shippingAddress.postcode} ${order.shippingAddress.city}`,
                      order.shippingAddress.country,
                    ].join(", "),
                  })}
                </p>
              )}
              {order.photosToChoose > 0 && (
                <>
                  <p className="muted">
                    {order.status === "paid" ? t("paidChoose") : t("pendingChoose")}
                  </p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => onChoose(order)}
                    aria-pressed={choosingId === order.id}
                  >
                    {order.photosToChoose === 1
                      ? t("chooseYourOne")
                      : t("chooseYour", { count: order.photosToChoose })}
                  </button>
                </>
              )}
              {order.downloadUrl && (
                <a className="button" href={order.downloadUrl} download>
                  {t("download", { count })}
                </a>
              )}
              {order.photoDownloads.length > 0 && (
                <details className="photo-saves-panel" open={order.photoDownloads.length <= 6}>
                  <summary>{t("saveEach")}</summary>
                  <ul className="photo-saves" aria-label={t("photosOf", { number: order.number })}>
                    {order.photoDownloads.map((photo, index) => (
                      <li key={photo.photoId}>
                        {/* eslint-disable-next-line @next/next/no-img-element -- a private, watermarked route */}
                        <img src={thumbUrl(photo.photoId)} alt="" loading="lazy" decoding="async" />
                        <a className="button secondary small" href={photo.url} download>
                          {t("savePhoto", { number: index + 1 })}
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
  const t = useTranslations("galleryOrders");
  const pay = api.gallery.payOrder.useMutation({
    onSuccess(payment) {
      if (payment.kind === "redirect") window.location.assign(payment.url);
    },
  });
  const leaving = pay.isPending || pay.isSuccess;
  return (
    <div className="stack">
      <p className="muted">{t("notPaid")}</p>
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
          {leaving ? t("openingCheckout") : t("payNow")}
        </button>
      </div>
    </div>
  );
}
