"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { Pager } from "@/components/ui/pager";
import { useStudio } from "@/features/studio/use-studio";
import { formatDateTime } from "@/lib/format";
import { AUDIT_ACTIONS } from "@/server/domain/audit-log.schemas";
import { api, messageOf } from "@/trpc/react";
import { type AuditAction, type AuditEntry, useAuditLogPages } from "./use-audit-log-pages";

type Translate = ReturnType<typeof useTranslations<"settingsAuditLog">>;

const actionLabel = (t: Translate, action: AuditAction) => t(`action_${action}`);

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

function actorOf(entry: AuditEntry, names: Names, operatorId: string, t: Translate): string {
  const { type, id } = entry.actor;
  switch (type) {
    case "operator":
      return id === operatorId ? t("you") : t("studio");
    case "photographer":
      return t("photographer", {
        name: (id && names.photographer.get(id)) ?? shortId(id ?? ""),
      });
    case "admin":
      return t("admin");
    case "api_key": {
      const name = id ? names.apiKey.get(id) : undefined;
      return name ? t("apiKey", { name }) : t("apiKeyDeleted", { id: shortId(id ?? "") });
    }
    case "member":
      return t("member");
    case "system":
      return t("retention");
  }
}

function Subject({ entry, names }: { entry: AuditEntry; names: Names }) {
  const t = useTranslations("settingsAuditLog");
  const { type, id } = entry.subject;
  if (type === "studio") return <>{t("subjectStudio")}</>;
  if (type === "project") {
    const name = names.project.get(id);
    return name ? (
      <Link href={`/projects/${id}`}>{t("project", { name })}</Link>
    ) : (
      <>{t.rich("projectId", { id: shortId(id), code: (chunks) => <code>{chunks}</code> })}</>
    );
  }
  return (
    <>
      {t.rich("memberId", {
        id: shortId(id),
        code: (chunks) => <code title={id}>{chunks}</code>,
      })}
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
  const t = useTranslations("settingsAuditLog");
  const { profile, locale } = useStudio();
  const pages = useAuditLogPages();
  const names = useNames();
  const { query } = pages;

  return (
    <section className="card" aria-labelledby="audit-log-title">
      <div className="card-header">
        <div>
          <h2 id="audit-log-title">{t("entries")}</h2>
          <p>{t("entriesAbout")}</p>
        </div>
        <div className="field">
          <label htmlFor="audit-log-action">{t("action")}</label>
          <select
            id="audit-log-action"
            value={pages.action ?? ""}
            onChange={(event) =>
              pages.setAction((event.target.value || undefined) as AuditAction | undefined)
            }
          >
            <option value="">{t("allActions")}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {actionLabel(t, action)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {query.isPending ? (
        <ListSkeleton label={t("loading")} />
      ) : query.isError ? (
        <ErrorAlert message={messageOf(query.error)} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        pages.action === undefined ? (
          <EmptyState title={t("emptyTitle")}>{t("emptyAbout")}</EmptyState>
        ) : (
          <EmptyState
            title={t("noEntries", { action: actionLabel(t, pages.action).toLowerCase() })}
          >
            <button
              type="button"
              className="button secondary small"
              onClick={() => pages.setAction(undefined)}
            >
              {t("showAll")}
            </button>
          </EmptyState>
        )
      ) : (
        <div aria-busy={query.isFetching}>
          <div className="table-wrap" role="region" aria-label={t("table")} tabIndex={0}>
            <table className="report-table">
              <caption className="visually-hidden">
                {t("caption", { page: pages.page, pages: pages.pages })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("when")}</th>
                  <th scope="col">{t("who")}</th>
                  <th scope="col">{t("what")}</th>
                  <th scope="col">{t("about")}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <Formatted>{formatDateTime(entry.at, profile.timezone, locale)}</Formatted>
                    </td>
                    <td>{actorOf(entry, names, profile.id, t)}</td>
                    <td>
                      {actionLabel(t, entry.action)}
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
          <Pager label={t("pages")} noun="record" total={query.data.total} pages={pages} />
        </div>
      )}
    </section>
  );
}
