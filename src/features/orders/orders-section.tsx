"use client";

import Link from "next/link";
import { useState } from "react";
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

const STATUS_LABELS: Record<OrderStatus, string> = {
  pending: "Pending",
  paid: "Paid",
  refunded: "Refunded",
};

export function StatusBadge({ status }: { status: OrderStatus }) {
  return <span className={`badge ${status}`}>{STATUS_LABELS[status]}</span>;
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
  return (
    <Pager label="Order pages" noun="order" total={pages.query.data?.total ?? 0} pages={pages} />
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
    order.memberId ? (nameOf(order.memberId) ?? "…") : "Erased member";

  function confirmMarkPaid() {
    if (!paying) return;
    const order = paying;
    markPaid.mutate(
      { id: order.id },
      {
        async onSuccess() {
          await invalidate();
          toast(`${who(order)}’s order ${order.number} marked paid`);
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
          toast(`${who(order)}’s order ${order.number} is pending again`);
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
          toast(`${who(order)}’s order refunded`);
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
          <h2 id="orders-title">Orders</h2>
          <p>Newest first. Dates in your studio&rsquo;s time zone.</p>
        </div>
        <div className="field">
          <label htmlFor="orders-search">Search</label>
          <input
            id="orders-search"
            className="input"
            type="search"
            placeholder="Order number or name"
            value={pages.typed}
            onChange={(event) => pages.type(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="orders-status">Status</label>
          <select
            id="orders-status"
            value={pages.status ?? ""}
            onChange={(event) =>
              pages.setStatus((event.target.value || undefined) as OrderStatus | undefined)
            }
          >
            <option value="">All orders</option>
            <option value="pending">Pending</option>
            <option value="paid">Paid</option>
            <option value="refunded">Refunded</option>
          </select>
        </div>
      </div>

      {query.isPending ? (
        <ListSkeleton label="Loading orders" />
      ) : query.isError ? (
        <ErrorAlert message={messageOf(query.error)} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        unfiltered ? (
          <EmptyState title="No orders yet">
            Members order in their gallery with their access code, or your shop reports sales
            through the API.
          </EmptyState>
        ) : pages.search ? (
          <EmptyState title={`No order matches “${pages.search}”`}>
            <p>Search by the order number the member quotes (such as A1C43F92) or their name.</p>
            <button type="button" className="button secondary small" onClick={pages.clearSearch}>
              Clear search
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={`No ${STATUS_LABELS[pages.status!].toLowerCase()} orders`}>
            <button
              type="button"
              className="button secondary small"
              onClick={() => pages.setStatus(undefined)}
            >
              Show all orders
            </button>
          </EmptyState>
        )
      ) : (
        <div aria-busy={query.isFetching}>
          <div className="table-wrap" role="region" aria-label="Orders table" tabIndex={0}>
            <table className="report-table orders-table">
              <caption className="visually-hidden">
                Orders, page {pages.page} of {pages.pages}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Member</th>
                  <th scope="col">Package</th>
                  <th scope="col" className="number">
                    Amount
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Ordered</th>
                  <th scope="col">Paid</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
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
                        aria-label={`Order ${order.number}`}
                      >
                        {order.number}
                      </Link>
                    </td>
                    <td>
                      <strong>{who(order)}</strong>
                      {order.externalId && (
                        <div className="muted small">No. {order.externalId}</div>
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
                    <td>{when(order.paidAt) ?? <span className="muted">Not yet</span>}</td>
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
                          Mark paid
                          <span className="visually-hidden"> the order of {who(order)}</span>
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
                          Refund<span className="visually-hidden"> the order of {who(order)}</span>
                        </button>
                      )}
                      {mayUndoPaid(order, now) && (
                        <button
                          type="button"
                          className="button secondary small"
                          disabled={markPending.isPending && markPending.variables?.id === order.id}
                          onClick={() => setBackToPending(order)}
                        >
                          Set back to pending
                          <span className="visually-hidden"> the order of {who(order)}</span>
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
        title="Mark this order paid?"
        message={
          paying && (
            <p>
              {who(paying)}&rsquo;s order {paying.number} of {paying.packageName} for{" "}
              <Formatted>{amount(paying)}</Formatted> will count as paid in your sales, and they can
              download its photos. Check that the money has arrived. A mistake can be set back to
              pending within a day.
            </p>
          )
        }
        confirmLabel="Mark paid"
        pending={markPaid.isPending}
        error={markPaid.error ? messageOf(markPaid.error) : null}
        onConfirm={confirmMarkPaid}
        onCancel={() => setPaying(null)}
      />

      <ConfirmDialog
        open={refunding !== null}
        title="Refund this order?"
        message={
          refunding && (
            <p>
              {who(refunding)}&rsquo;s order of {refunding.packageName} for{" "}
              <Formatted>{amount(refunding)}</Formatted> will be marked refunded and no longer count
              in your sales. Return the money the way they paid: this records the refund but sends
              no money. It cannot be undone.
            </p>
          )
        }
        confirmLabel="Refund order"
        pending={refund.isPending}
        error={refund.error ? messageOf(refund.error) : null}
        onConfirm={confirmRefund}
        onCancel={() => setRefunding(null)}
      />
    </section>
  );
}
