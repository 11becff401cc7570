"use client";

import Link from "next/link";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { Pager } from "@/components/ui/pager";
import { useStudio } from "@/features/studio/use-studio";
import { formatDateTime } from "@/lib/format";
import { api, messageOf } from "@/trpc/react";
import { type AuditAction, type AuditEntry, useAuditLogPages } from "./use-audit-log-pages";

export const ACTION_LABELS: Record<AuditAction, string> = {
  members_imported: "Imported a member list",
  member_exported: "Exported a member's data",
  member_erased: "Erased a member",
  access_code_reissued: "Gave a new access code",
  member_deleted: "Deleted a member",
  photos_deleted_by_retention: "Deleted photos (retention)",
  members_anonymised_by_retention: "Anonymised members (retention)",
  gallery_opened: "Opened their gallery",
  studio_suspended: "Suspended the studio",
  studio_unsuspended: "Lifted the studio's suspension",
};

const shortId = (id: string) => id.slice(0, 8);

/** Names of the studio's own people, keys and projects (never members'), to read the log by. */
function useNames() {
  const photographers = api.photographers.list.useQuery();
  const keys = api.apiKeys.list.useQuery();
  const projects = api.projects.list.useQuery();
  const byId = (rows: { id: string; name: string }[] | undefined) =>
    new Map((rows ?? []).map((row) => [row.id, row.name]));
  return {
    photographer: byId(photographers.data),
    apiKey: byId(keys.data),
    project: byId(projects.data),
  };
}

type Names = ReturnType<typeof useNames>;

function actorOf(entry: AuditEntry, names: Names, operatorId: string): string {
  const { type, id } = entry.actor;
  switch (type) {
    case "operator":
      return id === operatorId ? "You" : "Studio";
    case "photographer":
      return `Photographer ${(id && names.photographer.get(id)) ?? shortId(id ?? "")}`;
    case "admin":
      return "Platform admin";
    case "api_key": {
      const name = id ? names.apiKey.get(id) : undefined;
      return name ? `API key “${name}”` : `API key ${shortId(id ?? "")} (deleted)`;
    }
    case "member":
      return "The member";
    case "system":
      return "Scheduled retention";
  }
}

function Subject({ entry, names }: { entry: AuditEntry; names: Names }) {
  const { type, id } = entry.subject;
  if (type === "studio") return <>The studio</>;
  if (type === "project") {
    const name = names.project.get(id);
    return name ? (
      <Link href={`/projects/${id}`}>Project {name}</Link>
    ) : (
      <>
        Project <code>{shortId(id)}</code>
      </>
    );
  }
  return (
    <>
      Member <code title={id}>{shortId(id)}</code>
    </>
  );
}

function detailsOf(entry: AuditEntry): string | null {
  if (!entry.details) return null;
  return Object.entries(entry.details)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(", ");
}

/**
 * Settings → Audit log: who did what to members' personal data, newest first,
 * by id only (the log itself holds no names, addresses or codes). Times are in
 * the studio's time zone; the table scrolls inside its own box on a phone.
 */
export function AuditLog() {
  const { profile, locale } = useStudio();
  const pages = useAuditLogPages();
  const names = useNames();
  const { query } = pages;

  return (
    <section className="card" aria-labelledby="audit-log-title">
      <div className="card-header">
        <div>
          <h2 id="audit-log-title">Entries</h2>
          <p>Newest first, in your studio&rsquo;s time zone. Kept for a year.</p>
        </div>
        <div className="field">
          <label htmlFor="audit-log-action">Action</label>
          <select
            id="audit-log-action"
            value={pages.action ?? ""}
            onChange={(event) =>
              pages.setAction((event.target.value || undefined) as AuditAction | undefined)
            }
          >
            <option value="">All actions</option>
            {Object.entries(ACTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>

      {query.isPending ? (
        <ListSkeleton label="Loading the audit log" />
      ) : query.isError ? (
        <ErrorAlert message={messageOf(query.error)} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        pages.action === undefined ? (
          <EmptyState title="Nothing recorded yet">
            Each member list imported, access code renewed, member deleted, exported or erased, and
            each gallery opened with an access code will appear here: when, by whom, and the
            member&rsquo;s or project&rsquo;s id.
          </EmptyState>
        ) : (
          <EmptyState title={`No entries: ${ACTION_LABELS[pages.action].toLowerCase()}`}>
            <button
              type="button"
              className="button secondary small"
              onClick={() => pages.setAction(undefined)}
            >
              Show all actions
            </button>
          </EmptyState>
        )
      ) : (
        <div aria-busy={query.isFetching}>
          <div className="table-wrap" role="region" aria-label="Audit log table" tabIndex={0}>
            <table className="report-table">
              <caption className="visually-hidden">
                Audit log, page {pages.page} of {pages.pages}
              </caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">About</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <Formatted>{formatDateTime(entry.at, profile.timezone, locale)}</Formatted>
                    </td>
                    <td>{actorOf(entry, names, profile.id)}</td>
                    <td>
                      {ACTION_LABELS[entry.action]}
                      {detailsOf(entry) && <div className="muted small">{detailsOf(entry)}</div>}
                    </td>
                    <td>
                      <Subject entry={entry} names={names} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label="Audit log pages" noun="record" total={query.data.total} pages={pages} />
        </div>
      )}
    </section>
  );
}
