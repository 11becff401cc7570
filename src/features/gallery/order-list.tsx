"use client";

import { Formatted } from "@/components/ui/formatted";
import { formatDate, formatMoney } from "@/lib/format";
import type { Gallery } from "./gallery-view";

const STATUS = {
  pending: { label: "Pending", className: "badge upcoming" },
  paid: { label: "Paid", className: "badge live" },
  refunded: { label: "Refunded", className: "badge" },
} as const;

/** The member's orders: pending ones say how to pay, paid ones offer the download. */
export function OrderList({ gallery }: { gallery: Gallery }) {
  const { locale, timezone } = gallery.studio;
  return (
    <section aria-labelledby="orders-heading" className="gallery-section">
      <h2 id="orders-heading">Your orders</h2>
      <ul className="order-list">
        {gallery.orders.map((order) => {
          const status = STATUS[order.status];
          const photos =
            order.photoIds.length === 1 ? "1 photo" : `${order.photoIds.length} photos`;
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
                <Formatted>
                  {formatMoney(order.amountInCents, { currency: order.currency, locale })}
                </Formatted>
                <br />
                <span className="muted small">
                  Ordered <Formatted>{formatDate(order.orderedAt, timezone, locale)}</Formatted>
                </span>
              </p>
              {order.status === "pending" && (
                <p className="muted">
                  Pay at the studio or by invoice, quoting the order number. Your download appears
                  here once the studio has received your payment.
                </p>
              )}
              {order.downloadUrl && (
                <a className="button" href={order.downloadUrl} download>
                  Download {photos} (zip, full resolution)
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
