"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { useToast } from "@/components/ui/toast";

/** Downloads the cards PDF of every member, or of one group, through the session. */
export function PrintCards({
  projectId,
  groups,
}: {
  projectId: string;
  groups: { group: string | null; count: number }[];
}) {
  const t = useTranslations("projectsMemberCards");
  const toast = useToast();
  const [group, setGroup] = useState("");
  const [pending, setPending] = useState(false);
  const named = groups.filter((g) => g.group !== null);

  async function print() {
    setPending(true);
    try {
      const query = group ? `?group=${encodeURIComponent(group)}` : "";
      const response = await fetch(`/api/projects/${projectId}/member-cards${query}`);
      if (!response.ok) throw new Error(((await response.json()) as { message: string }).message);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = group ? `member-cards-${group}.pdf` : "member-cards.pdf";
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      toast(t("ready"));
    } catch (error) {
      toast(error instanceof Error ? error.message : t("failed"), "error");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="button-row">
      {named.length > 0 && (
        <select
          className="input"
          aria-label={t("cardsFor")}
          value={group}
          onChange={(event) => setGroup(event.target.value)}
          style={{ width: "auto" }}
        >
          <option value="">{t("allMembers")}</option>
          {named.map(({ group: name }) => (
            <option key={name} value={name!}>
              {name}
            </option>
          ))}
        </select>
      )}
      <button
        type="button"
        className="button secondary"
        onClick={() => void print()}
        disabled={pending}
        aria-busy={pending}
      >
        {pending ? t("preparing") : t("print")}
      </button>
    </div>
  );
}
