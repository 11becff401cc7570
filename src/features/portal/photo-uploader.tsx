"use client";

import { type DragEvent, memo, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { api } from "@/trpc/react";
import { CardLabel } from "./card-owner";
import { photoFollower } from "./photo-follower";
import { tusSender } from "./tus-sender";
import { isSending, summarise, type UploadItem, UploadQueue } from "./upload-queue";

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
          <h2 id="upload-title">Upload photos</h2>
          <p>The photos after a person&rsquo;s QR card are tagged with that person.</p>
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
        <strong>Drop photos here</strong>
        <span className="muted small">
          JPEG, PNG or WebP, up to 50 MB each; hundreds at a time are fine. An upload cut off by a
          lost connection picks up where it stopped.
        </span>
        <div>
          <button type="button" className="button">
            Choose photos
          </button>
        </div>
        <input
          ref={input}
          type="file"
          multiple
          accept="image/*"
          hidden
          aria-label="Photos to upload"
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
              <strong>
                {summary.done} of {summary.total} uploaded
              </strong>
              {summary.processing > 0 && (
                <span className="muted"> · {summary.processing} processing</span>
              )}
              {summary.failed > 0 && (
                <span className="upload-failed"> · {summary.failed} failed</span>
              )}
            </span>
            {summary.failed > 0 && (
              <button type="button" className="button secondary small" onClick={queue.retryFailed}>
                Retry all failed
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
            aria-label="All uploads"
            max={Math.max(summary.bytesTotal, 1)}
            value={summary.bytesSent}
          />
          <div className="upload-rows" tabIndex={0} role="region" aria-label="Files">
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
  const which = all
    ? "These photos carry no capture time"
    : `${count} of these photos carry no capture time`;
  return (
    <>
      <strong>{which}</strong>: they are matched to cards by file number (IMG_0002), then by upload
      order. Keep each card and its photos in one upload, with the camera&rsquo;s file names.
    </>
  );
}

function percentOf(item: UploadItem) {
  return Math.floor((Math.min(item.sent, item.file.size) / Math.max(item.file.size, 1)) * 100);
}

function Outcome({ item }: { item: UploadItem }) {
  switch (item.status) {
    case "waiting":
      return <span className="muted">Waiting</span>;
    case "uploading":
      return <span>Uploading {percentOf(item)}%</span>;
    case "processing":
      return <span>Processing…</span>;
    case "failed":
      return <span className="upload-error">Failed: {item.message}</span>;
    case "done": {
      const photo = item.result?.photo;
      const how = item.result?.created === false ? "Already uploaded" : "Uploaded";
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
          aria-label={`Retry ${name}`}
          onClick={() => onRetry(item.key)}
        >
          Retry
        </button>
      )}
    </li>
  );
});
