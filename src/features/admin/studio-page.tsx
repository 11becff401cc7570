"use client";

import Link from "next/link";
import { type CSSProperties, type ReactNode, useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { ConfirmDialog } from "@/components/ui/dialog";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { useToast } from "@/components/ui/toast";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "@/lib/format";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";

/** One studio for the platform's admins: its numbers, people and projects, and what an admin can do. */
export function StudioPage({ id, initialStudio }: { id: string; initialStudio: Studio }) {
  const studio = api.admins.studio.useQuery({ id }, { initialData: initialStudio });
  if (studio.isPending) return <ListSkeleton label="Loading the studio" />;
  if (studio.isError)
    return <ErrorAlert message={messageOf(studio.error)} onRetry={() => void studio.refetch()} />;
  return <StudioDetail studio={studio.data} />;
}

type Studio = RouterOutputs["admins"]["studio"];

function StudioDetail({ studio }: { studio: Studio }) {
  // The console is English: amounts in the studio's currency, written the console's way.
  const money = (cents: number) =>
    formatMoney(cents, { currency: studio.currency, locale: "en-GB" });
  const count = (value: number) => formatNumber(value, "en-US");
  const numbers = [
    { label: "Members", value: count(studio.counts.members) },
    { label: "Photos", value: count(studio.counts.photos) },
    {
      label: "Orders",
      value: count(studio.counts.orders),
      note: `${count(studio.counts.paidOrders)} paid`,
    },
    { label: "Revenue", value: money(studio.counts.revenueInCents), note: "paid orders" },
  ];
  return (
    <>
      <p className="small">
        <Link href="/admin/studios">← All studios</Link>
      </p>
      <PageHeader
        title={studio.name}
        description={
          <>
            Owner <strong>{studio.email}</strong> · since{" "}
            <Formatted>{formatDate(studio.createdAt, "UTC", "en-GB")}</Formatted> ·{" "}
            {studio.currency}, {studio.locale}, {studio.timezone}
          </>
        }
      />
      <StudioActions studio={studio} />
      <dl className="kpis compact studio-numbers" aria-label="The studio's numbers">
        {numbers.map((number) => (
          <div key={number.label} className="kpi">
            <dt className="label">{number.label}</dt>
            <dd className="value">
              <Formatted>{number.value}</Formatted>
            </dd>
            {number.note && <dd className="muted small">{number.note}</dd>}
          </div>
        ))}
      </dl>

      <StudioTable
        id="studio-photographers"
        title="Photographers"
        emptyTitle="No photographers yet"
        tableLabel="Photographers table"
        columns={["Photographer", "Projects", "Photos"]}
        rows={studio.photographers.map((photographer) => (
          <tr key={photographer.id}>
            <td>
              <strong>{photographer.name}</strong>
              <div className="muted small" style={{ overflowWrap: "anywhere" }}>
                {photographer.email}
              </div>
            </td>
            <td className="number">{count(photographer.projectCount)}</td>
            <td className="number">{count(photographer.photoCount)}</td>
          </tr>
        ))}
      />

      <StudioTable
        id="studio-projects"
        title="Projects"
        emptyTitle="No projects yet"
        tableLabel="Projects table"
        columns={["Project", "Members", "Photos", "Orders", "Revenue"]}
        style={{ marginTop: "1.5rem" }}
        rows={studio.projects.map((project) => (
          <tr key={project.id}>
            <td>
              <strong>{project.name}</strong>
              {project.startAt && (
                <div className="muted small">
                  <Formatted>{formatDate(project.startAt, studio.timezone, "en-GB")}</Formatted>
                </div>
              )}
            </td>
            <td className="number">{count(project.memberCount)}</td>
            <td className="number">{count(project.photoCount)}</td>
            <td className="number">{count(project.orderCount)}</td>
            <td className="number nowrap">
              <Formatted>{money(project.revenueInCents)}</Formatted>
            </td>
          </tr>
        ))}
      />
    </>
  );
}

/** A titled table of the studio's photographers or projects: the first column names, the others count. */
function StudioTable({
  id,
  title,
  emptyTitle,
  tableLabel,
  columns,
  rows,
  style,
}: {
  id: string;
  title: string;
  emptyTitle: string;
  tableLabel: string;
  columns: string[];
  rows: ReactNode[];
  style?: CSSProperties;
}) {
  return (
    <section className="stack" aria-labelledby={id} style={style}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <EmptyState title={emptyTitle} />
      ) : (
        <div className="card">
          <div className="table-wrap" role="region" aria-label={tableLabel} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  {columns.map((column, index) => (
                    <th key={column} scope="col" className={index === 0 ? undefined : "number"}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{rows}</tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

/** Suspend (after a confirmation) or unsuspend, and e-mail the owner a password reset code. */
function StudioActions({ studio }: { studio: Studio }) {
  const toast = useToast();
  const utils = api.useUtils();
  const [confirming, setConfirming] = useState(false);
  const saved = async (next: Studio) => {
    utils.admins.studio.setData({ id: studio.id }, next);
    await utils.admins.studios.invalidate();
  };
  const suspend = api.admins.suspendStudio.useMutation({
    async onSuccess(next) {
      await saved(next);
      setConfirming(false);
      toast(`${next.name} is suspended`);
    },
  });
  const unsuspend = api.admins.unsuspendStudio.useMutation({
    async onSuccess(next) {
      await saved(next);
      toast(`${next.name} is active again`);
    },
    onError: (error) => toast(messageOf(error), "error"),
  });
  const reset = api.admins.sendOwnerPasswordReset.useMutation({
    onSuccess: ({ email }) => toast(`A password reset code is on its way to ${email}`),
    onError: (error) => toast(messageOf(error), "error"),
  });

  return (
    <div className="card stack" style={{ marginBottom: "1.25rem" }}>
      {studio.suspendedAt ? (
        <div className="alert error" role="status">
          <strong>Suspended</strong> since{" "}
          <Formatted>{formatDateTime(studio.suspendedAt, "UTC", "en-GB")}</Formatted>. Its operator,
          photographers and API keys are refused, and its members&apos; galleries are unavailable.
          Nothing was deleted.
        </div>
      ) : (
        <p className="muted small" style={{ margin: 0 }}>
          <span className="badge live">Active</span> Its people, API keys and galleries work
          normally.
        </p>
      )}
      <div className="button-row">
        {studio.suspendedAt ? (
          <button
            type="button"
            className="button"
            disabled={unsuspend.isPending}
            aria-busy={unsuspend.isPending}
            onClick={() => unsuspend.mutate({ id: studio.id })}
          >
            {unsuspend.isPending ? "Working…" : "Unsuspend studio"}
          </button>
        ) : (
          <button type="button" className="button danger" onClick={() => setConfirming(true)}>
            Suspend studio
          </button>
        )}
        <button
          type="button"
          className="button secondary"
          disabled={reset.isPending}
          aria-busy={reset.isPending}
          onClick={() => reset.mutate({ id: studio.id })}
        >
          {reset.isPending ? "Sending…" : "Send owner a password reset"}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Suspend ${studio.name}?`}
        message={
          <>
            Its operator and photographers are signed out and cannot sign in, its API keys stop
            working, and its members&apos; galleries show “unavailable” until you unsuspend it.
            Nothing is deleted.
          </>
        }
        confirmLabel="Suspend studio"
        pending={suspend.isPending}
        error={suspend.error ? messageOf(suspend.error) : null}
        onConfirm={() => suspend.mutate({ id: studio.id })}
        onCancel={() => {
          setConfirming(false);
          suspend.reset();
        }}
      />
    </div>
  );
}
