"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { useStudio } from "@/features/studio/use-studio";
import { photoFileUrl } from "@/features/photos/photo-labels";
import { formatDateTime, formatMoney } from "@/lib/format";
import { api, type RouterOutputs } from "@/trpc/react";
import { StatusBadge } from "./orders-section";

type Order = RouterOutputs["orders"]["get"];

/** The photos of an order: each looked up once, for its file name. */
function useOrderPhotos(photoIds: string[]) {
  const photos = api.useQueries((t) => photoIds.map((id) => t.photos.get({ id })));
  return photoIds.map((id, i) => ({
    id,
    fileName: photos[i]?.data?.fileName,
    missing: photos[i]?.isError ?? false,
  }));
}

/** The file names, one a line, to paste into a print lab's form. */
function CopyFileNames({ names }: { names: string[] }) {
  const t = useTranslations("ordersDetail");
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button secondary small"
      onClick={() =>
        void navigator.clipboard.writeText(names.join("\n")).then(() => setCopied(true))
      }
    >
      {copied ? t("copied") : t("copy")}
    </button>
  );
}

/**
 * One order as the studio fulfils it: the number the member quotes, who
 * ordered, the package and amounts, what happened when, and the chosen photos
 * with their file names for the print lab.
 */
export function OrderDetail({
  projectName,
  initialOrder,
}: {
  projectName: string;
  initialOrder: Order;
}) {
  const t = useTranslations("ordersDetail");
  const tOrders = useTranslations("orders");
  const { profile, locale } = useStudio();
  const { data: order = initialOrder } = api.orders.get.useQuery(
    { id: initialOrder.id },
    { initialData: initialOrder },
  );
  const member = api.members.get.useQuery(
    { id: order.memberId ?? "" },
    { enabled: order.memberId !== null },
  );
  const photos = useOrderPhotos(order.photoIds);
  const money = (cents: number) => (
    <Formatted>{formatMoney(cents, { currency: order.currency, locale })}</Formatted>
  );
  const when = (iso: string) => (
    <Formatted>{formatDateTime(iso, profile.timezone, locale)}</Formatted>
  );
  const memberName = order.memberId ? (member.data?.name ?? "…") : tOrders("erasedMember");
  const names = photos.flatMap((photo) => (photo.fileName ? [photo.fileName] : []));

  const history: { label: string; at: string }[] = [
    { label: t("ordered"), at: order.orderedAt },
    ...(order.paidAt ? [{ label: t("paid"), at: order.paidAt }] : []),
    ...(order.refundedAt ? [{ label: t("refunded"), at: order.refundedAt }] : []),
  ];

  return (
    <>
      <PageHeader
        title={t("title", { number: order.number })}
        description={
          <>
            <Link href={`/projects/${order.projectId}`}>{projectName}</Link> · {memberName}
          </>
        }
      />

      <div className="order-detail">
        <section className="card" aria-labelledby="order-facts">
          <h2 id="order-facts">{t("order")}</h2>
          <dl className="details">
            <dt>{t("status")}</dt>
            <dd>
              <StatusBadge status={order.status} />
            </dd>
            <dt>{t("member")}</dt>
            <dd>
              {memberName}
              {member.data?.group && <span className="muted"> · {member.data.group}</span>}
            </dd>
            <dt>{t("package")}</dt>
            <dd>{order.packageName}</dd>
            <dt>{t("price")}</dt>
            <dd>{money(order.listPriceInCents)}</dd>
            {order.discountInCents > 0 && (
              <>
                <dt>{t("discount")}</dt>
                <dd>
                  −{money(order.discountInCents)}
                  {order.couponCode && (
                    <span className="muted"> {t("coupon", { code: order.couponCode })}</span>
                  )}
                </dd>
              </>
            )}
            <dt>{t("amount")}</dt>
            <dd>
              <strong>{money(order.amountInCents)}</strong>
            </dd>
            {order.externalId && (
              <>
                <dt>{t("shopNumber")}</dt>
                <dd>{order.externalId}</dd>
              </>
            )}
            {order.email && (
              <>
                <dt>{t("email")}</dt>
                <dd>
                  <a href={`mailto:${order.email}`}>{order.email}</a>
                </dd>
              </>
            )}
            {order.shippingAddress && (
              <>
                <dt>{t("postTo")}</dt>
                <dd>
                  <address className="shipping-address" data-testid="shipping-address">
                    {order.shippingAddress.name}
                    <br />
                    {order.shippingAddress.street}
                    <br />
                    {order.shippingAddress.postcode} {order.shippingAddress.city}
                    <br />
                    {order.shippingAddress.country}
                  </address>
                </dd>
              </>
            )}
          </dl>
        </section>

        <section className="card" aria-labelledby="order-history">
          <h2 id="order-history">{t("history")}</h2>
          <ol className="order-history">
            {history.map((step) => (
              <li key={step.label}>
                <strong>{step.label}</strong> {when(step.at)}
              </li>
            ))}
            {order.status === "pending" && <li className="muted">{t("notPaid")}</li>}
          </ol>
        </section>
      </div>

      <section className="card" aria-labelledby="order-photos" style={{ marginTop: "1.25rem" }}>
        <div className="card-header">
          <div>
            <h2 id="order-photos">{t("photos")}</h2>
            <p>{t("chosen", { count: order.photoIds.length })}</p>
          </div>
          {names.length > 0 && <CopyFileNames names={names} />}
        </div>
        {order.photoIds.length === 0 ? (
          <EmptyState title={t("noneTitle")}>
            {order.status === "refunded" ? t("noneRefunded") : t("noneYet")}
          </EmptyState>
        ) : (
          <ul className="photo-grid" aria-label={t("chosenList")}>
            {photos.map((photo) => (
              <li key={photo.id} className="photo-tile" data-photo-id={photo.id}>
                <div className="photo-frame">
                  {/* eslint-disable-next-line @next/next/no-img-element -- a session-protected file, served as is */}
                  <img
                    className="order-photo"
                    src={photoFileUrl(photo.id, "thumb")}
                    loading="lazy"
                    decoding="async"
                    alt={photo.fileName ?? ""}
                  />
                </div>
                <div className="photo-meta">
                  <span className="order-photos-meta">
                    {photo.fileName ?? (photo.missing ? t("gone") : "…")}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
