"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { ConfirmDialog, Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/feedback";
import { useToast } from "@/components/ui/toast";
import { projectPhotosPath } from "@/features/photos/photo-filter";
import { formatAccessCode } from "@/lib/access-code-format";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { EraseMemberDialog } from "./erase-member-dialog";
import { ImportDialog } from "./import-dialog";
import { MemberForm } from "./member-form";
import { DoNotPhotograph, type MemberColumn, MemberTable } from "./member-table";
import { PrintCards } from "./print-cards";
import { useMemberPages } from "./use-member-pages";
import { useMembersInvalidation } from "./use-members-invalidation";

type Member = RouterOutputs["members"]["get"];

/**
 * The project page's members: find, add, edit, import, give new codes, print
 * cards, export one member's data and erase them.
 */
export function MembersSection({ projectId }: { projectId: string }) {
  const t = useTranslations("projectsMembers");
  const toast = useToast();
  const invalidate = useMembersInvalidation();
  const pages = useMemberPages(projectId);
  const groups = api.members.groups.useQuery({ projectId });
  const remove = api.members.delete.useMutation();
  const renew = api.members.regenerateAccessCode.useMutation();
  const [editing, setEditing] = useState<Member | "new" | null>(null);
  const [deleting, setDeleting] = useState<Member | null>(null);
  const [renewing, setRenewing] = useState<Member | null>(null);
  const [erasing, setErasing] = useState<Member | null>(null);
  const [importing, setImporting] = useState(false);
  const enrolled = (groups.data ?? []).reduce((sum, g) => sum + g.count, 0);

  function confirmDelete() {
    if (!deleting) return;
    remove.mutate(
      { id: deleting.id },
      {
        async onSuccess() {
          await invalidate();
          toast(t("deleted", { name: deleting.name }));
          setDeleting(null);
        },
      },
    );
  }

  function confirmRenew() {
    if (!renewing) return;
    renew.mutate(
      { id: renewing.id },
      {
        async onSuccess(member) {
          await invalidate();
          toast(
            t("newCode", { name: member.name, code: formatAccessCode(member.accessCode ?? "") }),
          );
          setRenewing(null);
        },
      },
    );
  }

  const columns: MemberColumn[] = [
    {
      header: t("name"),
      cell: (member) => (
        <>
          <strong>{member.name}</strong>
          <DoNotPhotograph member={member} />
        </>
      ),
    },
    { header: t("group"), cell: (member) => member.group },
    {
      header: t("email"),
      // A long address breaks anywhere rather than widening the table past the card.
      className: "break-anywhere",
      cell: (member) =>
        member.email2 ? (
          <>
            {member.email}
            <br />
            <span className="muted small">{member.email2}</span>
          </>
        ) : (
          member.email
        ),
    },
    { header: t("externalId"), className: "nowrap", cell: (member) => member.externalId },
    {
      header: t("accessCode"),
      className: "nowrap",
      cell: (member) => <code>{formatAccessCode(member.accessCode ?? "")}</code>,
    },
    {
      header: t("photos"),
      className: "number",
      cell: (member) =>
        member.photoCount === 0 ? (
          0
        ) : (
          <Link href={projectPhotosPath(projectId, { view: "member", memberId: member.id })}>
            <span aria-hidden="true">{member.photoCount}</span>
            <span className="visually-hidden">
              {t("photosOf", { count: member.photoCount, name: member.name })}
            </span>
          </Link>
        ),
    },
    { header: t("orders"), className: "number", cell: (member) => member.orderCount },
    {
      header: t("actions"),
      hiddenHeader: true,
      cell: (member) => (
        <div className="button-row">
          <button
            type="button"
            className="button secondary small"
            onClick={() => setEditing(member)}
          >
            {t("editAction")}
            <span className="visually-hidden"> {member.name}</span>
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              renew.reset();
              setRenewing(member);
            }}
          >
            {t("newCodeAction")}
            <span className="visually-hidden"> {t("forName", { name: member.name })}</span>
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              remove.reset();
              setDeleting(member);
            }}
          >
            {t("deleteAction")}
            <span className="visually-hidden"> {member.name}</span>
          </button>
          <a
            className="button secondary small"
            href={`/api/members/${member.id}/export`}
            download={`member-${member.id}.zip`}
          >
            {t("exportAction")}
            <span className="visually-hidden"> {t("ofName", { name: member.name })}</span>
          </a>
          <button
            type="button"
            className="button secondary small"
            onClick={() => setErasing(member)}
          >
            {t("eraseAction")}
            <span className="visually-hidden"> {member.name}</span>
          </button>
        </div>
      ),
    },
  ];

  return (
    <section className="card" aria-labelledby="members-title" style={{ marginTop: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="members-title">{t("title")}</h2>
          <p className="muted small">{t("description")}</p>
        </div>
        <div className="button-row">
          {enrolled > 0 && <PrintCards projectId={projectId} groups={groups.data ?? []} />}
          <button type="button" className="button secondary" onClick={() => setImporting(true)}>
            {t("import")}
          </button>
          <button type="button" className="button" onClick={() => setEditing("new")}>
            {t("add")}
          </button>
        </div>
      </div>

      {groups.isSuccess && enrolled === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <span>{t("emptyText")}</span>
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {t("importClassList")}
          </button>
        </EmptyState>
      ) : (
        <MemberTable pages={pages} groups={groups.data ?? []} columns={columns} />
      )}

      <Dialog
        open={editing !== null}
        title={editing === "new" ? t("add") : t("editTitle")}
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <MemberForm
            key={editing === "new" ? "new" : editing.id}
            projectId={projectId}
            member={editing === "new" ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Dialog>
      <ImportDialog projectId={projectId} open={importing} onClose={() => setImporting(false)} />
      <ConfirmDialog
        open={deleting !== null}
        title={t("deleteTitle")}
        message={<p>{t("deleteMessage", { name: deleting?.name ?? "" })}</p>}
        confirmLabel={t("deleteConfirm")}
        pending={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
      <EraseMemberDialog member={erasing} onClose={() => setErasing(null)} />
      <ConfirmDialog
        open={renewing !== null}
        title={t("renewTitle")}
        message={<p>{t("renewMessage", { name: renewing?.name ?? "" })}</p>}
        confirmLabel={t("renewConfirm")}
        pending={renew.isPending}
        error={renew.error ? messageOf(renew.error) : null}
        onConfirm={confirmRenew}
        onCancel={() => setRenewing(null)}
      />
    </section>
  );
}
