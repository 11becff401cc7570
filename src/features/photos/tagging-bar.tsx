"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { useToast } from "@/components/ui/toast";
import { api, messageOf } from "@/trpc/react";
import { MemberChips, MemberPicker, type PickedMember } from "./member-picker";
import { usePhotosInvalidation } from "./use-photos-invalidation";

/** The most photos one `photos.tag` call takes. */
const PER_CALL = 500;

/**
 * Tags the ticked photos by hand: pick members, then add them to every ticked
 * photo or take them off. Shown above the grid, and stays in sight on scroll.
 */
export function TaggingBar({
  projectId,
  selectedIds,
  selectable,
  onSelectAll,
  onClear,
}: {
  projectId: string;
  selectedIds: readonly string[];
  /** Photos shown that can be ticked (not cards). */
  selectable: number;
  onSelectAll: () => void;
  onClear: () => void;
}) {
  const t = useTranslations("projectsTagging");
  const toast = useToast();
  const invalidate = usePhotosInvalidation();
  const tag = api.photos.tag.useMutation();
  const [members, setMembers] = useState<PickedMember[]>([]);
  const [pending, setPending] = useState<"add" | "remove" | null>(null);
  const count = selectedIds.length;

  async function apply(action: "add" | "remove") {
    const memberIds = members.map((member) => member.id);
    setPending(action);
    try {
      for (let start = 0; start < selectedIds.length; start += PER_CALL) {
        await tag.mutateAsync({
          projectId,
          photoIds: selectedIds.slice(start, start + PER_CALL),
          ...(action === "add" ? { add: memberIds } : { remove: memberIds }),
        });
      }
      const who = members.length === 1 ? members[0]!.name : t("members", { count: members.length });
      toast(t(action === "add" ? "added" : "removed", { members: who, count }));
      onClear();
    } catch (error) {
      toast(messageOf(error), "error");
    } finally {
      await invalidate();
      setPending(null);
    }
  }

  return (
    <section className="tagging-bar" aria-label={t("barLabel")}>
      <div className="tagging-selection">
        <strong aria-live="polite">
          {count === 0 ? t("noneSelected") : t("selected", { count })}
        </strong>
        <div className="button-row">
          <button
            type="button"
            className="button secondary small"
            onClick={onSelectAll}
            disabled={selectable === 0 || count === selectable}
          >
            {t("selectAll")}
          </button>
          {count > 0 && (
            <button type="button" className="button ghost small" onClick={onClear}>
              {t("clear")}
            </button>
          )}
        </div>
      </div>
      {count === 0 ? (
        <p className="muted small tagging-hint">{t("hint")}</p>
      ) : (
        <div className="tagging-members">
          <MemberPicker
            projectId={projectId}
            label={t("membersLabel")}
            placeholder={t("findMember")}
            exclude={new Set(members.map((member) => member.id))}
            onPick={(member) => setMembers((chosen) => [...chosen, member])}
          />
          <MemberChips
            label={t("chosen")}
            members={members}
            onRemove={(member) =>
              setMembers((chosen) => chosen.filter((other) => other.id !== member.id))
            }
          />
          <div className="button-row">
            <button
              type="button"
              className="button small"
              disabled={members.length === 0 || pending !== null}
              aria-busy={pending === "add"}
              onClick={() => void apply("add")}
            >
              {pending === "add" ? t("adding") : t("add")}
            </button>
            <button
              type="button"
              className="button secondary small"
              disabled={members.length === 0 || pending !== null}
              aria-busy={pending === "remove"}
              onClick={() => void apply("remove")}
            >
              {pending === "remove" ? t("removing") : t("remove")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
