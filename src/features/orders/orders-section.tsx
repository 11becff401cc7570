"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { ConfirmDialog } from "@/components/ui/dialog";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { Pager } from "@/components/ui/pager";
import { useToast } from "@/components/ui/toast";
import { useStudio } from "@/features/studio/use-studio";
import { formatDateTime, formatMoney } from "@/lib/format";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { type OrderPages, type OrderStatus, useOrderPages } from "./use-order-pages";
import { useSalesInvalidation } from "./use-sales-invalidation";

type Order = RouterOutputs["orders"]["get"];

/** How long a "paid" set by hand can be set back to pending (the server checks again). */
const UNDO_PAID_MS = 24 * 60 * 60 * 1000;

/** Paid by hand lately: "Set back to pending" may apply (not for a shop's sale). */
export function mayUndoPaid(order: Order, now: number): boolean {
  return (
    order.status === "paid" &&
    order.externalId === null &&
    order.paidAt !== null &&
    now - Date.parse(order.paidAt) < UNDO_PAID_MS
  );
}

export const orderPath = (order: Pick<Order, "projectId" | "id">) =>
  `/projects/${order.projectId}/orders/${order.id}`;

const STATUS_KEYS = {
  pending: "statusPending",
  paid: "statusPaid",
  refunded: "statusRefunded",
} as const satisfies Record<OrderStatus, string>;

const NONE_KEYS = {
  pending: "nonePending",
  paid: "nonePaid",
  refunded: "noneRefunded",
} as const satisfies Record<OrderStatus, string>;

export function StatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("orders");
  return <span className={`badge ${status}`}>{t(STATUS_KEYS[status])}</span>;
}

/** The members named on a page of orders, each looked up once (and cached). */
export function useMemberNames(memberIds: string[]) {
  const unique = [...new Set(memberIds)];
  const members = api.useQueries((t) => unique.map((id) => t.members.get({ id })));
  const names = new Map<string, string>();
  members.forEach((member, i) => {
    if (member.data) names.set(unique[i]!, member.data.name);
  });
  return (memberId: string) => names.get(memberId);
}

function OrdersPager({ pages }: { pages: OrderPages }) {
  const t = useTranslations("orders");
  return (
    <Pager
      label={t("pagerLabel")}
      noun="order"
      total={pages.query.data?.total ?? 0}
      pages={pages}
    />
  );
}

/**
 * The project page's orders, newest first: the number the member quotes,
 * who bought which package for how much, and where it stands. Searched by
 * number or name as one types; pending orders can be marked paid and paid
 * ones refunded (each after a confirmation), and a "paid" set by mistake set
 * back to pending within a day.
 */
export function OrdersSection({ projectId }: { projectId: string }) {
  const t = useTranslations("orders");
  const toast = useToast();
  const invalidate = useSalesInvalidation();
  const { profile, locale } = useStudio();
  const pages = useOrderPages(projectId);
  const { query } = pages;
  const nameOf = useMemberNames(
    (query.data?.items ?? []).flatMap((order) => (order.memberId ? [order.memberId] : [])),
  );
  const markPaid = api.orders.markPaid.useMutation();
  const markPending = api.orders.markPending.useMutation();
  const refund = api.orders.refund.useMutation();
  const [paying, setPaying] = useState<Order | null>(null);
  const [refunding, setRefunding] = useState<Order | null>(null);
  // When the list was last fetched: whether a "paid" is recent enough to undo.
  const now = query.dataUpdatedAt;

  const amount = (order: Order) =>
    formatMoney(order.amountInCents, { currency: order.currency, locale });
  const when = (iso: string | null) =>
    iso ? <Formatted>{formatDateTime(iso, profile.timezone, locale)}</Formatted> : null;
  const who = (order: Order) =>
    order.memberId ? (nameOf(order.memberId) ?? "…") : t("erasedMember");

  function confirmMarkPaid() {
    if (!paying) return;
    const order = paying;
    markPaid.mutate(
      { id: order.id },
      {
        async onSuccess() {
          await invalidate();
          toast(t("toastPaid", { name: who(order), number: order.number }));
          setPaying(null);
        },
      },
    );
  }

  function setBackToPending(order: Order) {
    markPending.mutate(
      { id: order.id },
      {
        async onSuccess() {
          await invalidate();
          toast(t("toastPending", { name: who(order), number: order.number }));
        },
        onError(error) {
          toast(messageOf(error), "error");
        },
      },
    );
  }

  function confirmRefund() {
    if (!refunding) return;
    const order = refunding;
    refund.mutate(
      { id: order.id },
      {
        async onSuccess() {
          await invalidate();
          toast(t("toastRefunded", { name: who(order) }));
          setRefunding(null);
        },
      },
    );
  }

  const unfiltered = pages.status === undefined && !pages.search;

  return (
    <section className="card" aria-labelledby="orders-title" style={{ marginTop: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="orders-title">{t("title")}</h2>
          <p>{t("lead")}</p>
        </div>
        <div className="field">
          <label htmlFor="orders-search">{t("search")}</label>
          <input
            id="orders-search"
            className="input"
            type="search"
            placeholder={t("searchPlaceholder")}
            value={pages.typed}
            onChange={(event) => pages.type(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="orders-status">{t("status")}</label>
          <select
            id="orders-status"
            value={pages.status ?? ""}
            onChange={(event) =>
              pages.setStatus((event.target.value || undefined) as OrderStatus | undefined)
            }
          >
            <option value="">{t("allOrders")}</option>
            <option value="pending">{t("statusPending")}</option>
            <option value="paid">{t("statusPaid")}</option>
            <option value="refunded">{t("statusRefunded")}</option>
          </select>
        </div>
      </div>

      {query.isPending ? (
        <ListSkeleton label={t("loading")} />
      ) : query.isError ? (
        <ErrorAlert message={messageOf(query.error)} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        unfiltered ? (
          <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
        ) : pages.search ? (
          <EmptyState title={t("noMatch", { search: pages.search })}>
            <p>{t("noMatchText")}</p>
            <button type="button" className="button secondary small" onClick={pages.clearSearch}>
              {t("clearSearch")}
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={t(NONE_KEYS[pages.status!])}>
            <button
              type="button"
              className="button secondary small"
              onClick={() => pages.setStatus(undefined)}
            >
              {t("showAll")}
            </button>
          </EmptyState>
        )
      ) : (
        <div aria-busy={query.isFetching}>
          <div className="table-wrap" role="region" aria-label={t("table")} tabIndex={0}>
            <table className="report-table orders-table">
              <caption className="visually-hidden">
                {t("caption", { page: pages.page, pages: pages.pages })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("colOrder")}</th>
                  <th scope="col">{t("colMember")}</th>
                  <th scope="col">{t("colPackage")}</th>
                  <th scope="col" className="number">
                    {t("colAmount")}
                  </th>
                  <th scope="col">{t("colStatus")}</th>
                  <th scope="col">{t("colOrdered")}</th>
                  <th scope="col">{t("colPaid")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("colActions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((order) => (
                  <tr key={order.id}>
                    <td>
                      <Link
                        href={orderPath(order)}
                        className="order-number"
                        aria-label={t("orderLink", { number: order.number })}
                      >
                        {order.number}
                      </Link>
                    </td>
                    <td>
                      <strong>{who(order)}</strong>
                      {order.externalId && (
                        <div className="muted small">
                          {t("externalNo", { number: order.externalId })}
                        </div>
                      )}
                    </td>
                    <td>{order.packageName}</td>
                    <td className="number">
                      <Formatted>{amount(order)}</Formatted>
                      {order.discountInCents > 0 && (
                        <div className="muted small">
                          −
                          <Formatted>
                            {formatMoney(order.discountInCents, {
                              currency: order.currency,
                              locale,
                            })}
                          </Formatted>
                          {order.couponCode && ` (${order.couponCode})`}
                        </div>
                      )}
                    </td>
                    <td>
                      <StatusBadge status={order.status} />
                      {order.refundedAt && (
                        <div className="muted small">{when(order.refundedAt)}</div>
                      )}
                    </td>
                    <td>{when(order.orderedAt)}</td>
                    <td>{when(order.paidAt) ?? <span className="muted">{t("notYet")}</span>}</td>
                    <td>
                      {order.status === "pending" && (
                        <button
                          type="button"
                          className="button secondary small"
                          onClick={() => {
                            markPaid.reset();
                            setPaying(order);
                          }}
                        >
                          {t("markPaid")}
                          <span className="visually-hidden">
                            {t("ofMember", { name: who(order) })}
                          </span>
                        </button>
                      )}
                      {order.status === "paid" && (
                        <button
                          type="button"
                          className="button secondary small"
                          onClick={() => {
                            refund.reset();
                            setRefunding(order);
                          }}
                        >
                          {t("refund")}
                          <span className="visually-hidden">
                            {t("ofMember", { name: who(order) })}
                          </span>
                        </button>
                      )}
                      {mayUndoPaid(order, now) && (
                        <button
                          type="button"
                          className="button secondary small"
                          disabled={markPending.isPending && markPending.variables?.id === order.id}
                          onClick={() => setBackToPending(order)}
                        >
                          {t("setBack")}
                          <span className="visually-hidden">
                            {t("ofMember", { name: who(order) })}
                          </span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <OrdersPager pages={pages} />
        </div>
      )}

      <ConfirmDialog
        open={paying !== null}
        title={t("confirmPaidTitle")}
        message={
          paying && (
            <p>
              {t.rich("confirmPaidText", {
                name: who(paying),
                number: paying.number,
                package: paying.packageName,
                amount: () => <Formatted>{amount(paying)}</Formatted>,
              })}
            </p>
          )
        }
        confirmLabel={t("markPaid")}
        pending={markPaid.isPending}
        error={markPaid.error ? messageOf(markPaid.error) : null}
        onConfirm={confirmMarkPaid}
        onCancel={() => setPaying(null)}
      />

      <ConfirmDialog
        open={refunding !== null}
        title={t("confirmRefundTitle")}
        message={
          refunding && (
            <p>
              {t.rich("confirmRefundText", {
                name: who(refunding),
                package: refunding.packageName,
                amount: () => <Formatted>{amount(refunding)}</Formatted>,
              })}
            </p>
          )
        }
        confirmLabel={t("refundOrder")}
        pending={refund.isPending}
        error={refund.error ? messageOf(refund.error) : null}
        onConfirm={confirmRefund}
        onCancel={() => setRefunding(null)}
      />
    </section>
  );
}
