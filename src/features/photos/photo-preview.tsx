"use client";

import { type KeyboardEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { formatDateTime, formatFileSize, formatNumber } from "@/lib/format";
import { api, messageOf } from "@/trpc/react";
import { MemberChips, MemberPicker, type PickedMember } from "./member-picker";
import {
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
  const t = useTranslations("projectsPhotoPreview");
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
          toast(t(saved.tags.length === 0 ? "allRemoved" : "tagsSaved", { file: saved.fileName }));
        },
      },
    );
  }

  return (
    <div className="stack">
      <MemberPicker
        projectId={photo.projectId}
        label={t("addMember")}
        placeholder={t("findMember")}
        exclude={new Set(draft.map((member) => member.id))}
        onPick={(member) => setDraft((chosen) => [...chosen, member])}
      />
      {draft.length === 0 ? (
        <p className="muted small" style={{ margin: 0 }}>
          {t("noMembers")}
        </p>
      ) : (
        <MemberChips
          label={t("tagsToSave")}
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
          {setTags.isPending ? t("saving") : t("saveTags")}
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
            {t("undo")}
          </button>
        )}
      </div>
      <p className="muted small" style={{ margin: 0 }}>
        {t("tagsYours")}
      </p>
    </div>
  );
}

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
  const t = useTranslations("projectsPhotoPreview");
  const labels = useTranslations("projectsPhotoLabels");
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
      title={photo?.fileName ?? t("photo")}
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
                alt={t("previewOf", { file: photo.fileName })}
              />
            ) : missing ? (
              <p role="alert">{t("gone")}</p>
            ) : (
              <span className="spinner" role="status" aria-label={t("loading")} />
            )}
          </div>
          {photo && (
            <div className="preview-side stack">
              <dl className="details">
                <dt>{t("taken")}</dt>
                <dd>
                  {photo.takenAt
                    ? formatDateTime(photo.takenAt, timeZone, locale)
                    : t("notRecorded")}
                </dd>
                <dt>{t("uploaded")}</dt>
                <dd>{formatDateTime(photo.uploadedAt, timeZone, locale)}</dd>
                <dt>{t("photographer")}</dt>
                <dd>{photographerName(photo.photographerId)}</dd>
                <dt>{t("original")}</dt>
                <dd>
                  <a href={photoFileUrl(photo.id, "original")} target="_blank" rel="noopener">
                    {t("openOriginal")}
                  </a>{" "}
                  <span className="muted small">
                    {t("dimensions", {
                      width: formatNumber(photo.width, locale),
                      height: formatNumber(photo.height, locale),
                      size: formatFileSize(photo.sizeBytes, locale),
                    })}
                  </span>
                </dd>
                <dt>{card ? t("card") : t("tags")}</dt>
                <dd>
                  {card ? (
                    <CardOwner memberId={photo.cardMemberId} />
                  ) : (
                    <TagList tags={photo.tags} label={t("taggedHere")} />
                  )}
                </dd>
              </dl>
              {!card && photo.tags.some((tag) => tag.source === "card") && (
                <p className="muted small" style={{ margin: 0 }}>
                  {t("cardTagsNote", { byCard: labels(TAG_SOURCE_LABEL.card) })}
                </p>
              )}
              {card ? (
                <p className="muted small" style={{ margin: 0 }}>
                  {labels("cardNotTagged")}
                </p>
              ) : (
                <section aria-labelledby="change-tags-title" className="stack">
                  <h3 id="change-tags-title">{t("changeTags")}</h3>
                  <TagEditor key={photo.id} photo={photo} />
                </section>
              )}
            </div>
          )}
        </div>
        <div className="dialog-actions preview-nav">
          {position !== null && (
            <span className="muted small preview-position">
              {t("position", {
                position: formatNumber(position, locale),
                total: formatNumber(total, locale),
              })}
            </span>
          )}
          <button
            type="button"
            className="button secondary"
            disabled={!onPrevious}
            onClick={onPrevious ?? undefined}
          >
            {t("previous")}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={!onNext}
            onClick={onNext ?? undefined}
          >
            {t("next")}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("close")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
