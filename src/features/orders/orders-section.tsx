"use client";

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

const STATUS_LABELS: Record<OrderStatus, string> = {
  pending: "Pending",
  paid: "Paid",
  refunded: "Refunded",
};

export function StatusBadge({ status }: { status: OrderStatus }) {
  return <span className={`badge ${status}`}>{STATUS_LABELS[status]}</span>;
}

/** The members named on a page of orders, each looked up once (and cached). */
function useMemberNames(memberIds: string[]) {
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
 * The project page's orders, newest first: who bought which package for how
 * much, and where it stands; pending orders can be marked paid, paid ones
 * refunded (after a confirmation).
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
  const refund = api.orders.refund.useMutation();
  const [refunding, setRefunding] = useState<Order | null>(null);

  const amount = (order: Order) =>
    formatMoney(order.amountInCents, { currency: order.currency, locale });
  const when = (iso: string | null) =>
    iso ? <Formatted>{formatDateTime(iso, profile.timezone, locale)}</Formatted> : null;
  const who = (order: Order) =>
    order.memberId ? (nameOf(order.memberId) ?? "…") : "Erased member";

  function confirmMarkPaid(order: Order) {
    markPaid.mutate(
      { id: order.id },
      {
        async onSuccess() {
          await invalidate();
          toast(`${who(order)}’s order marked paid`);
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

  const unfiltered = pages.status === undefined;

  return (
    <section className="card" aria-labelledby="orders-title" style={{ marginTop: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="orders-title">Orders</h2>
          <p>Newest first. Dates in your studio&rsquo;s time zone.</p>
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
            <table className="report-table">
              <caption className="visually-hidden">
                Orders, page {pages.page} of {pages.pages}
              </caption>
              <thead>
                <tr>
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
                          disabled={markPaid.isPending && markPaid.variables?.id === order.id}
                          onClick={() => confirmMarkPaid(order)}
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
