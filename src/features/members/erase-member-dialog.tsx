"use client";

import { type FormEvent, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { useMembersInvalidation } from "./use-members-invalidation";

type Report = RouterOutputs["members"]["erase"];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Erasing a member cannot be undone: the button waits until their name is
 * typed back, and the dialog then says what was removed and what was kept.
 */
export function EraseMemberDialog({
  member,
  onClose,
}: {
  member: { id: string; name: string } | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={member !== null} title="Erase member?" onClose={onClose}>
      {member && <EraseMemberForm key={member.id} member={member} onClose={onClose} />}
    </Dialog>
  );
}

function EraseMemberForm({
  member,
  onClose,
}: {
  member: { id: string; name: string };
  onClose: () => void;
}) {
  const invalidate = useMembersInvalidation();
  const utils = api.useUtils();
  const erase = api.members.erase.useMutation();
  const [typed, setTyped] = useState("");
  const [report, setReport] = useState<Report | null>(null);
  const matches = typed.trim() === member.name.trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!matches || erase.isPending) return;
    erase.mutate(
      { id: member.id },
      {
        async onSuccess(result) {
          setReport(result);
          await Promise.all([invalidate(), utils.photos.invalidate(), utils.orders.invalidate()]);
        },
      },
    );
  }

  if (report) {
    return (
      <div className="stack">
        <p role="status">
          {member.name} was erased. Their orders stay for the books without their name.
        </p>
        <ul aria-label="What was erased">
          <li>
            {plural(report.photosDeleted, "photo deleted", "photos deleted")} with their files
          </li>
          <li>
            {plural(report.photosUntagged, "group photo", "group photos")} kept without their tag
          </li>
          <li>{plural(report.ordersAnonymised, "order", "orders")} kept without the member</li>
        </ul>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={submit}>
      <p>
        This removes <strong>{member.name}</strong> for good: their name, addresses and access code,
        their gallery and e-mail records, the photos only they are in (with the files) and their tag
        on group photos. Their orders stay for the books, without their name. It cannot be undone;
        export their data first if they asked for a copy.
      </p>
      <TextField
        label="Type the member's name to confirm"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        hint={member.name}
      />
      {erase.error && (
        <div className="alert error" role="alert">
          {messageOf(erase.error)}
        </div>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button secondary"
          onClick={onClose}
          disabled={erase.isPending}
        >
          Cancel
        </button>
        <button
          type="submit"
          className="button danger"
          disabled={!matches || erase.isPending}
          aria-busy={erase.isPending}
        >
          {erase.isPending ? "Erasing…" : "Erase member"}
        </button>
      </div>
    </form>
  );
}
