"use client";

import { useState } from "react";
import { useToast } from "@/components/ui/toast";
import { api, messageOf } from "@/trpc/react";
import { MemberChips, MemberPicker, type PickedMember } from "./member-picker";
import { usePhotosInvalidation } from "./use-photos-invalidation";

/** The most photos one `photos.tag` call takes. */
const PER_CALL = 500;

const photosText = (count: number) => `${count} photo${count === 1 ? "" : "s"}`;
const membersText = (members: readonly PickedMember[]) =>
  members.length === 1 ? members[0]!.name : `${members.length} members`;

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
      toast(
        action === "add"
          ? `${membersText(members)} added to ${photosText(count)}`
          : `${membersText(members)} removed from ${photosText(count)}`,
      );
      onClear();
    } catch (error) {
      toast(messageOf(error), "error");
    } finally {
      await invalidate();
      setPending(null);
    }
  }

  return (
    <section className="tagging-bar" aria-label="Tag selected photos">
      <div className="tagging-selection">
        <strong aria-live="polite">
          {count === 0 ? "No photos selected" : `${photosText(count)} selected`}
        </strong>
        <div className="button-row">
          <button
            type="button"
            className="button secondary small"
            onClick={onSelectAll}
            disabled={selectable === 0 || count === selectable}
          >
            Select all shown
          </button>
          {count > 0 && (
            <button type="button" className="button ghost small" onClick={onClear}>
              Clear selection
            </button>
          )}
        </div>
      </div>
      {count === 0 ? (
        <p className="muted small tagging-hint">
          Tick photos to tag them by hand (Shift-click ticks a range). Cards cannot be tagged.
        </p>
      ) : (
        <div className="tagging-members">
          <MemberPicker
            projectId={projectId}
            label="Members to add or remove"
            placeholder="Find a member…"
            exclude={new Set(members.map((member) => member.id))}
            onPick={(member) => setMembers((chosen) => [...chosen, member])}
          />
          <MemberChips
            label="Chosen members"
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
              {pending === "add" ? "Adding…" : "Add to selected"}
            </button>
            <button
              type="button"
              className="button secondary small"
              disabled={members.length === 0 || pending !== null}
              aria-busy={pending === "remove"}
              onClick={() => void apply("remove")}
            >
              {pending === "remove" ? "Removing…" : "Remove from selected"}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
