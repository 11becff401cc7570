"use client";

import { keepPreviousData } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { api, messageOf } from "@/trpc/react";

const PAGE_SIZE = 20;

/** Every studio on the platform with its activity, searchable, a page at a time; each opens its own page. */
export function StudiosPage() {
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const studios = api.admins.studios.useQuery(
    { search: search || undefined, page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  const pages = Math.max(1, Math.ceil((studios.data?.total ?? 0) / PAGE_SIZE));

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get("search") ?? "").trim());
    setPage(1);
  }

  return (
    <>
      <PageHeader
        title="Studios"
        description="Every studio on the platform, newest first, with what it has done so far. Open one to suspend it or send its owner a password reset."
      />
      <form className="toolbar" role="search" onSubmit={handleSearch}>
        <input
          className="input"
          type="search"
          name="search"
          placeholder="Search by name or e-mail"
          aria-label="Search studios"
          defaultValue={search}
        />
        <button type="submit" className="button secondary">
          Search
        </button>
      </form>
      {studios.isPending ? (
        <ListSkeleton label="Loading studios" />
      ) : studios.isError ? (
        <ErrorAlert message={messageOf(studios.error)} onRetry={() => void studios.refetch()} />
      ) : studios.data.items.length === 0 ? (
        <EmptyState title={search ? `No studio matches “${search}”` : "No studios yet"} />
      ) : (
        <div className="card" aria-busy={studios.isFetching}>
          {/* Scrolls sideways on phones: focusable, so keyboard users can scroll it too. */}
          <div className="table-wrap" role="region" aria-label="Studios table" tabIndex={0}>
            <table>
              <caption className="visually-hidden">
                Studios, page {studios.data.page} of {pages}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Studio</th>
                  <th scope="col">Created</th>
                  <th scope="col" className="number">
                    Projects
                  </th>
                  <th scope="col" className="number">
                    Photographers
                  </th>
                  <th scope="col" className="number">
                    Revenue
                  </th>
                </tr>
              </thead>
              <tbody>
                {studios.data.items.map((studio) => (
                  <tr key={studio.id}>
                    <td className="nowrap">
                      <Link href={`/admin/studios/${studio.id}`}>
                        <strong>{studio.name}</strong>
                      </Link>
                      {studio.suspendedAt && (
                        <>
                          {" "}
                          <span className="badge refunded">Suspended</span>
                        </>
                      )}
                      <div className="muted small">{studio.email}</div>
                    </td>
                    <td className="nowrap">
                      <Formatted>{formatDate(studio.createdAt, "UTC", "en-GB")}</Formatted>
                    </td>
                    <td className="number">{formatNumber(studio.projectCount, "en-US")}</td>
                    <td className="number">{formatNumber(studio.photographerCount, "en-US")}</td>
                    <td className="number nowrap">
                      <Formatted>
                        {formatMoney(studio.revenueInCents, {
                          currency: studio.currency,
                          locale: "en-GB",
                        })}
                      </Formatted>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pagination" aria-label="Pages">
            <span className="muted small">
              {/* The page on screen: while the next one loads, the previous one stays. */}
              Page {studios.data.page} of {pages} · {studios.data.total} studio
              {studios.data.total === 1 ? "" : "s"}
            </span>
            <div className="button-row">
              <button
                type="button"
                className="button secondary small"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                Previous
              </button>
              <button
                type="button"
                className="button secondary small"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                Next
              </button>
            </div>
          </nav>
        </div>
      )}
    </>
  );
}
