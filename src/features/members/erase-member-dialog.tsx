"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { useMembersInvalidation } from "./use-members-invalidation";

type Report = RouterOutputs["members"]["erase"];

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
  const t = useTranslations("projectsMemberErase");
  return (
    <Dialog open={member !== null} title={t("title")} onClose={onClose}>
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
  const t = useTranslations("projectsMemberErase");
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
        <p role="status">{t("erased", { name: member.name })}</p>
        <ul aria-label={t("reportLabel")}>
          <li>{t("photosDeleted", { count: report.photosDeleted })}</li>
          <li>{t("photosUntagged", { count: report.photosUntagged })}</li>
          <li>{t("ordersKept", { count: report.ordersAnonymised })}</li>
        </ul>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t("done")}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={submit}>
      <p>
        {t.rich("explanation", {
          name: member.name,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <TextField
        label={t("typeName")}
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
          {t("cancel")}
        </button>
        <button
          type="submit"
          className="button danger"
          disabled={!matches || erase.isPending}
          aria-busy={erase.isPending}
        >
          {erase.isPending ? t("erasing") : t("erase")}
        </button>
      </div>
    </form>
  );
}
