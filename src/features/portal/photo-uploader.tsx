"use client";

import { type DragEvent, memo, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";
import { api } from "@/trpc/react";
import { CardLabel } from "./card-owner";
import { photoFollower } from "./photo-follower";
import { OFFLINE, REFUSED, tusSender } from "./tus-sender";
import {
  FOLLOW_FAILED,
  isSending,
  NOT_PROCESSED,
  summarise,
  type UploadItem,
  UploadQueue,
} from "./upload-queue";

const NO_ITEMS: readonly UploadItem<File>[] = [];

/**
 * Pick or drop photos (hundreds at once): each gets a row with its own
 * progress and outcome, three go up at a time over tus, a dropped connection
 * resumes by itself, and a failed file can be retried. The server processes
 * each photo after it arrives: its row shows "processing", then whether it is
 * a card (and whose) or failed and why. `onUploaded` runs as each photo is
 * processed. Keyed by project in the page: one queue per project.
 */
export function PhotoUploader({
  projectId,
  onUploaded,
}: {
  projectId: string;
  onUploaded: () => void;
}) {
  const t = useTranslations("portalUpload");
  const utils = api.useUtils();
  const [queue] = useState(
    () =>
      new UploadQueue(tusSender(projectId), {
        follow: photoFollower((id) => utils.client.photos.get.query({ id })),
      }),
  );
  useEffect(() => {
    queue.resume();
    return () => queue.stop();
  }, [queue]);
  useEffect(() => queue.onDone(onUploaded), [queue, onUploaded]);
  const items = useSyncExternalStore(queue.subscribe, queue.getSnapshot, noItems);
  const summary = summarise(items);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  // Leaving the page stops the uploads in flight (not the processing of those filed): say so first.
  const busy = items.some(isSending);
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [busy]);

  function add(files: FileList | null) {
    if (files && files.length > 0) queue.add(Array.from(files));
  }

  function handleDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  }

  return (
    <section className="card" aria-labelledby="upload-title" style={{ marginTop: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="upload-title">{t("title")}</h2>
          <p>{t("lead")}</p>
        </div>
      </div>
      <div
        className={`drop-zone upload-drop${dragging ? " dragging" : ""}`}
        onClick={() => input.current?.click()}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={handleDrop}
      >
        <strong>{t("drop")}</strong>
        <span className="muted small">{t("hint")}</span>
        <div>
          <button type="button" className="button">
            {t("choose")}
          </button>
        </div>
        <input
          ref={input}
          type="file"
          multiple
          accept="image/*"
          hidden
          aria-label={t("input")}
          onClick={(event) => event.stopPropagation()}
          onChange={(event) => {
            add(event.target.files);
            event.target.value = "";
          }}
        />
      </div>
      {items.length > 0 && (
        <div className="upload-progress">
          <div className="upload-summary">
            <span role="status">
              <strong>{t("uploaded", { done: summary.done, total: summary.total })}</strong>
              {summary.processing > 0 && (
                <span className="muted"> · {t("processing", { count: summary.processing })}</span>
              )}
              {summary.failed > 0 && (
                <span className="upload-failed"> · {t("failed", { count: summary.failed })}</span>
              )}
            </span>
            {summary.failed > 0 && (
              <button type="button" className="button secondary small" onClick={queue.retryFailed}>
                {t("retryAll")}
              </button>
            )}
          </div>
          {summary.withoutCaptureTime > 0 && (
            <p className="alert warning upload-warning" role="note">
              <NoCaptureTimeWarning
                count={summary.withoutCaptureTime}
                all={summary.withoutCaptureTime === summary.done}
              />
            </p>
          )}
          <progress
            className="progress"
            aria-label={t("allUploads")}
            max={Math.max(summary.bytesTotal, 1)}
            value={summary.bytesSent}
          />
          <div className="upload-rows" tabIndex={0} role="region" aria-label={t("files")}>
            <ul className="upload-list">
              {items.map((item) => (
                <UploadRow key={item.key} item={item} onRetry={queue.retry} />
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}

const noItems = () => NO_ITEMS;

/**
 * Without a capture time, matching goes by the number in the file name, then by the order the
 * files were started here: a card in another upload, or renamed, may not claim its photos.
 */
function NoCaptureTimeWarning({ count, all }: { count: number; all: boolean }) {
  const t = useTranslations("portalUpload");
  return (
    <>
      <strong>{all ? t("noCaptureTimeAll") : t("noCaptureTimeSome", { count })}</strong>
      {t("noCaptureTimeText")}
    </>
  );
}

function percentOf(item: UploadItem) {
  return Math.floor((Math.min(item.sent, item.file.size) / Math.max(item.file.size, 1)) * 100);
}

/** The page's own failure sentences in its language; the server's messages as they are. */
function useFailureText() {
  const t = useTranslations("portalUpload");
  return (message: string | null) => {
    const refused = REFUSED.exec(message ?? "");
    if (refused) return t("refused", { status: refused[1]! });
    if (message === OFFLINE) return t("offline");
    if (message === FOLLOW_FAILED) return t("followFailed");
    if (message === NOT_PROCESSED) return t("notProcessed");
    return message ?? "";
  };
}

function Outcome({ item }: { item: UploadItem }) {
  const t = useTranslations("portalUpload");
  const failure = useFailureText();
  switch (item.status) {
    case "waiting":
      return <span className="muted">{t("waiting")}</span>;
    case "uploading":
      return <span>{t("uploading", { percent: percentOf(item) })}</span>;
    case "processing":
      return <span>{t("processingOne")}</span>;
    case "failed":
      return (
        <span className="upload-error">
          {t("failedBecause", { message: failure(item.message) })}
        </span>
      );
    case "done": {
      const photo = item.result?.photo;
      const how = item.result?.created === false ? t("alreadyUploaded") : t("done");
      if (photo?.kind === "card") {
        return (
          <span className="upload-done">
            {how} · <CardLabel memberId={photo.cardMemberId} />
          </span>
        );
      }
      // Whom a photo is of shows in the grid: a card filed a moment later still tags it.
      return <span className="upload-done">{how}</span>;
    }
  }
}

/** One file's row; memoised, so a progress step re-renders one row, not hundreds. */
const UploadRow = memo(function UploadRow({
  item,
  onRetry,
}: {
  item: UploadItem;
  onRetry: (key: string) => void;
}) {
  const t = useTranslations("portalUpload");
  const { name } = item.file;
  return (
    <li className={`upload-row ${item.status}`} data-status={item.status}>
      <span className="upload-name" title={name}>
        {name}
      </span>
      <span className="upload-state">
        <Outcome item={item} />
      </span>
      <progress
        className="progress"
        aria-label={name}
        max={100}
        value={item.status === "done" ? 100 : item.status === "failed" ? 0 : percentOf(item)}
      />
      {item.status === "failed" && (
        <button
          type="button"
          className="button secondary small"
          aria-label={t("retryFile", { name })}
          onClick={() => onRetry(item.key)}
        >
          {t("retry")}
        </button>
      )}
    </li>
  );
});
