"use client";

import Link from "next/link";
import { useState } from "react";
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
          toast(`${deleting.name} deleted`);
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
          toast(`New code for ${member.name}: ${formatAccessCode(member.accessCode ?? "")}`);
          setRenewing(null);
        },
      },
    );
  }

  const columns: MemberColumn[] = [
    {
      header: "Name",
      cell: (member) => (
        <>
          <strong>{member.name}</strong>
          <DoNotPhotograph member={member} />
        </>
      ),
    },
    { header: "Group", cell: (member) => member.group },
    {
      header: "E-mail",
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
    { header: "External id", className: "nowrap", cell: (member) => member.externalId },
    {
      header: "Access code",
      className: "nowrap",
      cell: (member) => <code>{formatAccessCode(member.accessCode ?? "")}</code>,
    },
    {
      header: "Photos",
      className: "number",
      cell: (member) =>
        member.photoCount === 0 ? (
          0
        ) : (
          <Link href={projectPhotosPath(projectId, { view: "member", memberId: member.id })}>
            {member.photoCount}
            <span className="visually-hidden">
              {member.photoCount === 1 ? " photo" : " photos"} of {member.name}
            </span>
          </Link>
        ),
    },
    { header: "Orders", className: "number", cell: (member) => member.orderCount },
    {
      header: "Actions",
      hiddenHeader: true,
      cell: (member) => (
        <div className="button-row">
          <button
            type="button"
            className="button secondary small"
            onClick={() => setEditing(member)}
          >
            Edit<span className="visually-hidden"> {member.name}</span>
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              renew.reset();
              setRenewing(member);
            }}
          >
            New code<span className="visually-hidden"> for {member.name}</span>
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              remove.reset();
              setDeleting(member);
            }}
          >
            Delete<span className="visually-hidden"> {member.name}</span>
          </button>
          <a
            className="button secondary small"
            href={`/api/members/${member.id}/export`}
            download={`member-${member.id}.zip`}
          >
            Export data<span className="visually-hidden"> of {member.name}</span>
          </a>
          <button
            type="button"
            className="button secondary small"
            onClick={() => setErasing(member)}
          >
            Erase…<span className="visually-hidden"> {member.name}</span>
          </button>
        </div>
      ),
    },
  ];

  return (
    <section className="card" aria-labelledby="members-title" style={{ marginTop: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="members-title">Members</h2>
          <p className="muted small">
            The people you will photograph. Each has an access code for their gallery, printed on a
            card with a QR code: photograph the card before the person.
          </p>
        </div>
        <div className="button-row">
          {enrolled > 0 && <PrintCards projectId={projectId} groups={groups.data ?? []} />}
          <button type="button" className="button secondary" onClick={() => setImporting(true)}>
            Import
          </button>
          <button type="button" className="button" onClick={() => setEditing("new")}>
            Add member
          </button>
        </div>
      </div>

      {groups.isSuccess && enrolled === 0 ? (
        <EmptyState title="No members yet">
          <span>
            Import a class list, team sheet or guest list (CSV from Excel or Google Sheets), or add
            people one by one.
          </span>
          <button type="button" className="button" onClick={() => setImporting(true)}>
            Import a class list
          </button>
        </EmptyState>
      ) : (
        <MemberTable pages={pages} groups={groups.data ?? []} columns={columns} />
      )}

      <Dialog
        open={editing !== null}
        title={editing === "new" ? "Add member" : "Edit member"}
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
        title="Delete member?"
        message={
          <p>
            {deleting?.name} and their photo tags will be removed; their access code stops working.
            Members with orders cannot be deleted.
          </p>
        }
        confirmLabel="Delete member"
        pending={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
      <EraseMemberDialog member={erasing} onClose={() => setErasing(null)} />
      <ConfirmDialog
        open={renewing !== null}
        title="Give a new access code?"
        message={
          <p>
            {renewing?.name}&rsquo;s current code and printed card stop working at once. Print a new
            card afterwards.
          </p>
        }
        confirmLabel="Give a new code"
        pending={renew.isPending}
        error={renew.error ? messageOf(renew.error) : null}
        onConfirm={confirmRenew}
        onCancel={() => setRenewing(null)}
      />
    </section>
  );
}
