"use client";

import { type KeyboardEvent, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { formatDateTime, formatNumber } from "@/lib/format";
import { api, messageOf } from "@/trpc/react";
import { MemberChips, MemberPicker, type PickedMember } from "./member-picker";
import {
  CARD_NOT_TAGGED,
  CardOwner,
  fitInside,
  type Photo,
  photoFileUrl,
  TAG_SOURCE_LABEL,
  TagList,
} from "./photo-labels";
import { usePhotosInvalidation } from "./use-photos-invalidation";

const PREVIEW_EDGE = 1600;

const sameMembers = (a: readonly { id: string }[], b: readonly { memberId: string }[]) =>
  a.length === b.length && a.every((member) => b.some((tag) => tag.memberId === member.id));

/** One photo's tags, changed by hand: what is saved replaces every tag the photo had. */
function TagEditor({ photo }: { photo: Photo }) {
  const toast = useToast();
  const invalidate = usePhotosInvalidation();
  const setTags = api.photos.setTags.useMutation();
  const [draft, setDraft] = useState<PickedMember[]>(() =>
    photo.tags.map((tag) => ({ id: tag.memberId, name: tag.name, group: null })),
  );
  const unchanged = sameMembers(draft, photo.tags);

  function save() {
    setTags.mutate(
      { id: photo.id, memberIds: draft.map((member) => member.id) },
      {
        async onSuccess(saved) {
          await invalidate();
          toast(
            saved.tags.length === 0
              ? `${saved.fileName}: every tag removed`
              : `${saved.fileName}: tags saved`,
          );
        },
      },
    );
  }

  return (
    <div className="stack">
      <MemberPicker
        projectId={photo.projectId}
        label="Add a member to this photo"
        placeholder="Find a member…"
        exclude={new Set(draft.map((member) => member.id))}
        onPick={(member) => setDraft((chosen) => [...chosen, member])}
      />
      {draft.length === 0 ? (
        <p className="muted small" style={{ margin: 0 }}>
          No members: saving leaves the photo untagged.
        </p>
      ) : (
        <MemberChips
          label="Tags to save"
          members={draft}
          onRemove={(member) =>
            setDraft((chosen) => chosen.filter((other) => other.id !== member.id))
          }
        />
      )}
      {setTags.error && (
        <div className="alert error" role="alert">
          {messageOf(setTags.error)}
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button small"
          disabled={unchanged || setTags.isPending}
          aria-busy={setTags.isPending}
          onClick={save}
        >
          {setTags.isPending ? "Saving…" : "Save tags"}
        </button>
        {!unchanged && (
          <button
            type="button"
            className="button ghost small"
            disabled={setTags.isPending}
            onClick={() =>
              setDraft(photo.tags.map((tag) => ({ id: tag.memberId, name: tag.name, group: null })))
            }
          >
            Undo changes
          </button>
        )}
      </div>
      <p className="muted small" style={{ margin: 0 }}>
        Tags you save are yours: a card photographed later no longer changes this photo.
      </p>
    </div>
  );
}

const megabytes = (bytes: number, locale: string) =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;

/**
 * A photo large, with when and by whom it was taken, its tags (editable
 * unless it is a card), a link to the original, and Previous / Next (also the
 * arrow keys).
 */
export function PhotoPreview({
  photo,
  missing = false,
  position,
  total,
  timeZone,
  locale,
  photographerName,
  onPrevious,
  onNext,
  onClose,
}: {
  photo: Photo | undefined;
  /** The photo could not be loaded (deleted meanwhile). */
  missing?: boolean;
  /** "3 of 40": the photo's place in the list, when it is still in it. */
  position: number | null;
  total: number;
  timeZone: string;
  locale: string;
  photographerName: (id: string) => string;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  onClose: () => void;
}) {
  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select")) return;
    if (event.key === "ArrowLeft" && onPrevious) {
      event.preventDefault();
      onPrevious();
    } else if (event.key === "ArrowRight" && onNext) {
      event.preventDefault();
      onNext();
    }
  }

  const card = photo?.kind === "card";
  const size = photo ? fitInside(photo.width, photo.height, PREVIEW_EDGE) : null;
  return (
    <Dialog
      open
      title={photo?.fileName ?? "Photo"}
      onClose={onClose}
      className="photo-preview-dialog"
    >
      {/* The arrow keys anywhere in the dialog but in a text box: Previous and Next. */}
      <div onKeyDown={handleKeyDown}>
        <div className="photo-preview">
          <div className="preview-image">
            {photo && size ? (
              // eslint-disable-next-line @next/next/no-img-element -- a session-protected file, served as is
              <img
                key={photo.id}
                src={photoFileUrl(photo.id, "preview")}
                width={size.width}
                height={size.height}
                alt={`Preview of ${photo.fileName}`}
              />
            ) : missing ? (
              <p role="alert">This photo is no longer in the project.</p>
            ) : (
              <span className="spinner" role="status" aria-label="Loading the photo" />
            )}
          </div>
          {photo && (
            <div className="preview-side stack">
              <dl className="details">
                <dt>Taken</dt>
                <dd>
                  {photo.takenAt
                    ? formatDateTime(photo.takenAt, timeZone, locale)
                    : "Not recorded in the file"}
                </dd>
                <dt>Uploaded</dt>
                <dd>{formatDateTime(photo.uploadedAt, timeZone, locale)}</dd>
                <dt>Photographer</dt>
                <dd>{photographerName(photo.photographerId)}</dd>
                <dt>Original</dt>
                <dd>
                  <a href={photoFileUrl(photo.id, "original")} target="_blank" rel="noopener">
                    Open the original
                  </a>{" "}
                  <span className="muted small">
                    {formatNumber(photo.width, locale)} × {formatNumber(photo.height, locale)} px,{" "}
                    {megabytes(photo.sizeBytes, locale)}
                  </span>
                </dd>
                <dt>{card ? "Card" : "Tags"}</dt>
                <dd>
                  {card ? (
                    <CardOwner memberId={photo.cardMemberId} />
                  ) : (
                    <TagList tags={photo.tags} label="Tagged in this photo" />
                  )}
                </dd>
              </dl>
              {!card && photo.tags.some((tag) => tag.source === "card") && (
                <p className="muted small" style={{ margin: 0 }}>
                  Tags {TAG_SOURCE_LABEL.card} come from the card photographed before this photo.
                </p>
              )}
              {card ? (
                <p className="muted small" style={{ margin: 0 }}>
                  {CARD_NOT_TAGGED}
                </p>
              ) : (
                <section aria-labelledby="change-tags-title" className="stack">
                  <h3 id="change-tags-title">Change tags</h3>
                  <TagEditor key={photo.id} photo={photo} />
                </section>
              )}
            </div>
          )}
        </div>
        <div className="dialog-actions preview-nav">
          {position !== null && (
            <span className="muted small preview-position">
              {position} of {total}
            </span>
          )}
          <button
            type="button"
            className="button secondary"
            disabled={!onPrevious}
            onClick={onPrevious ?? undefined}
          >
            ← Previous
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={!onNext}
            onClick={onNext ?? undefined}
          >
            Next →
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  );
}
