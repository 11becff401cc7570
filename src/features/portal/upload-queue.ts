import type { RouterOutputs } from "@/trpc/react";

/**
 * A batch of files on their way up, a few at a time. Framework-free: the
 * page subscribes to it (useSyncExternalStore) and renders its snapshots; the
 * sending itself (tus) is handed in, so the queue only schedules. A file the
 * server has filed but is still processing frees its sending slot and shows
 * "processing" until the follower (handed in too) reports it ready or failed.
 */

export type UploadResult = RouterOutputs["photos"]["upload"];
export type FiledPhoto = UploadResult["photo"];

/** Resolves with the photo once its processing has ended (ready or failed). */
export type Follower = (photo: FiledPhoto) => Promise<FiledPhoto>;

/** What a person reads when following a photo failed (the network, not the photo). */
export const FOLLOW_FAILED =
  "Uploaded, but its processing could not be followed. Reload to see it.";

/** What a person reads when the server could not process a photo and said nothing more. */
export const NOT_PROCESSED = "It could not be processed";

export type UploadStatus = "waiting" | "uploading" | "processing" | "done" | "failed";

/** What the queue needs of a file. */
export interface QueuedFile {
  name: string;
  size: number;
}

export interface UploadItem<F extends QueuedFile = QueuedFile> {
  key: string;
  file: F;
  status: UploadStatus;
  /** Bytes the server has confirmed or is receiving. */
  sent: number;
  /** Why it failed, for a person. */
  message: string | null;
  /** The filed photo; null when the server finished without naming it (a resumed upload). */
  result: UploadResult | null;
  /**
   * Where this file stands among those the page sends (the server's `clientOrder`): the time it
   * was queued in ms, one more for each file after it, never less than the file before. Photos
   * without a capture time are matched in this order after their file number.
   */
  clientOrder: number;
}

/** Whether the file is still on its way up (leaving the page would cut it off). */
export function isSending(item: UploadItem): boolean {
  return (
    item.status === "waiting" ||
    item.status === "uploading" ||
    (item.status === "processing" && item.result === null)
  );
}

export interface SendHandlers {
  progress(sent: number): void;
  success(result: UploadResult | null): void;
  failure(message: string): void;
}

/** Starts sending one file, telling the server its `clientOrder`; answers how to stop it. */
export type Sender<F extends QueuedFile> = (
  file: F,
  handlers: SendHandlers,
  clientOrder: number,
) => { abort(): void };

export interface QueueSummary {
  total: number;
  done: number;
  failed: number;
  active: number;
  /** Filed, and being processed by the server. */
  processing: number;
  /** Bytes of the files not failed, and how many of them have arrived. */
  bytesTotal: number;
  bytesSent: number;
  /** Uploaded and processed photos (cards too) whose file carries no capture time. */
  withoutCaptureTime: number;
}

export const DEFAULT_CONCURRENCY = 3;

export class UploadQueue<F extends QueuedFile = QueuedFile> {
  private items: readonly UploadItem<F>[] = [];
  private readonly running = new Map<string, { abort(): void }>();
  private readonly listeners = new Set<() => void>();
  private readonly doneListeners = new Set<(item: UploadItem<F>) => void>();
  private counter = 0;
  private lastOrder = 0;
  private stopped = false;

  constructor(
    private readonly send: Sender<F>,
    private readonly options: {
      concurrency?: number;
      follow?: Follower;
      /** Milliseconds since the epoch; `Date.now` unless a test stands in. */
      now?: () => number;
    } = {},
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly UploadItem<F>[] => this.items;

  /** Calls `listener` once per file the server has filed. */
  onDone(listener: (item: UploadItem<F>) => void): () => void {
    this.doneListeners.add(listener);
    return () => this.doneListeners.delete(listener);
  }

  add(files: Iterable<F>): void {
    const queuedAt = (this.options.now ?? Date.now)();
    const added = [...files].map((file): UploadItem<F> => {
      this.lastOrder = Math.max(queuedAt, this.lastOrder + 1);
      return {
        key: `upload-${++this.counter}`,
        file,
        status: "waiting",
        sent: 0,
        message: null,
        result: null,
        clientOrder: this.lastOrder,
      };
    });
    if (added.length === 0) return;
    this.items = [...this.items, ...added];
    this.notify();
    this.pump();
  }

  /** Puts a failed file back in line; it resumes where the server stopped, if it can. */
  retry = (key: string): void => {
    this.requeue((item) => item.key === key);
  };

  retryFailed = (): void => {
    this.requeue(() => true);
  };

  /**
   * Stops every upload in flight and puts it back in line (the page is going
   * away); `resume()` sends again, each file from where the server stopped.
   */
  stop(): void {
    this.stopped = true;
    const interrupted = new Set(this.running.keys());
    for (const upload of this.running.values()) upload.abort();
    this.running.clear();
    if (interrupted.size === 0) return;
    this.items = this.items.map((item) =>
      interrupted.has(item.key) ? { ...item, status: "waiting", sent: 0 } : item,
    );
    this.notify();
  }

  resume(): void {
    this.stopped = false;
    this.pump();
  }

  private requeue(which: (item: UploadItem<F>) => boolean): void {
    let changed = false;
    this.items = this.items.map((item) => {
      if (item.status !== "failed" || !which(item)) return item;
      changed = true;
      return { ...item, status: "waiting", message: null, sent: 0 };
    });
    if (!changed) return;
    this.notify();
    this.pump();
  }

  private pump(): void {
    const limit = this.options.concurrency ?? DEFAULT_CONCURRENCY;
    while (!this.stopped && this.running.size < limit) {
      const next = this.items.find((item) => item.status === "waiting");
      if (!next) return;
      this.start(next);
    }
  }

  private start(item: UploadItem<F>): void {
    const { key } = item;
    this.update(key, { status: "uploading", sent: 0 });
    let settled = false;
    const current = () => this.running.get(key) === upload;
    const settle = (patch: Partial<UploadItem<F>>) => {
      if (settled || !current()) return;
      settled = true;
      this.running.delete(key);
      this.update(key, patch);
      this.announceDone(key);
      this.pump();
    };
    const filed = (result: UploadResult | null) => {
      const follow = this.options.follow;
      if (!result || result.photo.status !== "processing" || !follow) {
        settle({ status: "done", sent: item.file.size, result, message: null });
        return;
      }
      settle({ status: "processing", sent: item.file.size, result, message: null });
      follow(result.photo).then(
        (photo) => this.processed(key, { ...result, photo }),
        () => {
          if (this.isFollowing(key, result)) {
            this.update(key, { status: "failed", message: FOLLOW_FAILED });
          }
        },
      );
    };
    // Events of a send that was stopped (or replaced by a retry) are ignored.
    const upload: { abort(): void } = this.send(
      item.file,
      {
        progress: (sent) => {
          if (settled || !current()) return;
          const shown = this.items.find((candidate) => candidate.key === key);
          if (!shown) return;
          const { size } = item.file;
          const status = size > 0 && sent >= size ? "processing" : "uploading";
          // One step per whole percent is plenty for hundreds of rows.
          const percent = (bytes: number) => Math.floor((bytes / Math.max(size, 1)) * 100);
          if (status === shown.status && percent(sent) === percent(shown.sent)) return;
          this.update(key, { status, sent });
        },
        success: filed,
        failure: (message) => settle({ status: "failed", message }),
      },
      item.clientOrder,
    );
    this.running.set(key, upload);
  }

  /** The server has ended processing a filed photo: ready is done, failed shows its reason. */
  private processed(key: string, result: UploadResult): void {
    // Retried meanwhile: the newer send follows it now.
    if (!this.isFollowing(key, result)) return;
    const { photo } = result;
    this.update(
      key,
      photo.status === "failed"
        ? {
            status: "failed",
            result,
            message: photo.processingError ?? NOT_PROCESSED,
          }
        : { status: "done", result },
    );
    this.announceDone(key);
  }

  private isFollowing(key: string, result: UploadResult): boolean {
    const item = this.items.find((candidate) => candidate.key === key);
    return item?.status === "processing" && item.result?.photo.id === result.photo.id;
  }

  private announceDone(key: string): void {
    const done = this.items.find((candidate) => candidate.key === key);
    if (done?.status === "done") for (const listener of this.doneListeners) listener(done);
  }

  private update(key: string, patch: Partial<UploadItem<F>>): void {
    this.items = this.items.map((item) => (item.key === key ? { ...item, ...patch } : item));
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export function summarise(items: readonly UploadItem[]): QueueSummary {
  const summary: QueueSummary = {
    total: items.length,
    done: 0,
    failed: 0,
    active: 0,
    processing: 0,
    bytesTotal: 0,
    bytesSent: 0,
    withoutCaptureTime: 0,
  };
  for (const item of items) {
    if (item.status === "done") summary.done += 1;
    const photo = item.result?.photo;
    if (item.status === "done" && photo?.status === "ready" && photo.takenAt === null) {
      summary.withoutCaptureTime += 1;
    }
    if (item.status === "failed") {
      summary.failed += 1;
      continue;
    }
    if (item.status === "uploading" || item.status === "processing") summary.active += 1;
    if (item.status === "processing" && item.result !== null) summary.processing += 1;
    summary.bytesTotal += item.file.size;
    summary.bytesSent += Math.min(item.sent, item.file.size);
  }
  return summary;
}
