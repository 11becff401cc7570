import { describe, expect, it } from "vitest";
import {
  type FiledPhoto,
  isSending,
  type SendHandlers,
  summarise,
  type UploadResult,
  UploadQueue,
} from "./upload-queue";

interface Started {
  name: string;
  handlers: SendHandlers;
  aborted: boolean;
}

/** A queue whose sends are held until the test settles them by hand. */
function queueWithHeldSends(concurrency = 3) {
  const started: Started[] = [];
  const done: string[] = [];
  const queue = new UploadQueue<{ name: string; size: number }>(
    (file, handlers) => {
      const entry = { name: file.name, handlers, aborted: false };
      started.push(entry);
      return { abort: () => (entry.aborted = true) };
    },
    { concurrency },
  );
  queue.onDone((item) => done.push(item.file.name));
  const statusOf = (name: string) =>
    queue.getSnapshot().find((item) => item.file.name === name)?.status;
  return { queue, started, done, statusOf };
}

const files = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `IMG_${i + 1}.jpg`, size: 1000 }));

const RESULT = { photo: { id: "p" }, created: true } as unknown as UploadResult;

describe("the upload queue", () => {
  it("sends at most `concurrency` files at once, and the next as each one settles", () => {
    const { queue, started, statusOf } = queueWithHeldSends(3);
    queue.add(files(5));
    expect(started.map((entry) => entry.name)).toEqual(["IMG_1.jpg", "IMG_2.jpg", "IMG_3.jpg"]);
    expect(statusOf("IMG_4.jpg")).toBe("waiting");

    started[0]!.handlers.success(RESULT);
    expect(started).toHaveLength(4);
    started[1]!.handlers.failure("Must be a JPEG, PNG or WebP image");
    expect(started).toHaveLength(5);
    expect(statusOf("IMG_1.jpg")).toBe("done");
    expect(statusOf("IMG_2.jpg")).toBe("failed");
    expect(queue.getSnapshot()[1]!.message).toBe("Must be a JPEG, PNG or WebP image");
  });

  it("reports progress per whole percent, and 'processing' once every byte is sent", () => {
    const { queue, started, statusOf } = queueWithHeldSends();
    const seen: number[] = [];
    queue.subscribe(() => seen.push(queue.getSnapshot()[0]!.sent));
    queue.add(files(1));
    const before = seen.length;
    started[0]!.handlers.progress(4); // still 0 %
    started[0]!.handlers.progress(10);
    started[0]!.handlers.progress(11); // still 1 %
    started[0]!.handlers.progress(500);
    expect(seen.slice(before)).toEqual([10, 500]);
    expect(statusOf("IMG_1.jpg")).toBe("uploading");
    started[0]!.handlers.progress(1000);
    expect(statusOf("IMG_1.jpg")).toBe("processing");
  });

  it("retries one failed file, or every failed file, and counts them in the summary", () => {
    const { queue, started, statusOf } = queueWithHeldSends(5);
    queue.add(files(3));
    started[0]!.handlers.failure("offline");
    started[1]!.handlers.failure("offline");
    started[2]!.handlers.success(RESULT);
    expect(summarise(queue.getSnapshot())).toMatchObject({ total: 3, done: 1, failed: 2 });

    queue.retry(queue.getSnapshot()[0]!.key);
    expect(statusOf("IMG_1.jpg")).toBe("uploading");
    expect(statusOf("IMG_2.jpg")).toBe("failed");
    queue.retryFailed();
    expect(statusOf("IMG_2.jpg")).toBe("uploading");
    expect(started.map((entry) => entry.name)).toEqual([
      "IMG_1.jpg",
      "IMG_2.jpg",
      "IMG_3.jpg",
      "IMG_1.jpg",
      "IMG_2.jpg",
    ]);
    expect(summarise(queue.getSnapshot())).toMatchObject({ done: 1, failed: 0, active: 2 });
  });

  it("tells about each filed photo once and ignores late events", () => {
    const { queue, started, done } = queueWithHeldSends(2);
    queue.add(files(2));
    started[0]!.handlers.success(RESULT);
    started[0]!.handlers.failure("late");
    started[0]!.handlers.progress(10);
    expect(done).toEqual(["IMG_1.jpg"]);
    expect(queue.getSnapshot()[0]).toMatchObject({ status: "done", message: null });
  });

  it("stops what is in flight, puts it back in line, and sends it again on resume", () => {
    const { queue, started, statusOf } = queueWithHeldSends(2);
    queue.add(files(3));
    queue.stop();
    expect(started.map((entry) => entry.aborted)).toEqual([true, true]);
    expect(queue.getSnapshot().map((item) => item.status)).toEqual([
      "waiting",
      "waiting",
      "waiting",
    ]);
    // The stopped sends report nothing any more; new files wait.
    started[0]!.handlers.success(RESULT);
    queue.add(files(1));
    expect(started).toHaveLength(2);
    expect(statusOf("IMG_1.jpg")).toBe("waiting");

    queue.resume();
    expect(started.slice(2).map((entry) => entry.name)).toEqual(["IMG_1.jpg", "IMG_2.jpg"]);
  });

  it("frees a filed photo's slot while the server processes it, then shows it done or failed", async () => {
    const followed = new Map<string, (photo: FiledPhoto) => void>();
    const started: Started[] = [];
    const done: string[] = [];
    const queue = new UploadQueue<{ name: string; size: number }>(
      (file, handlers) => {
        started.push({ name: file.name, handlers, aborted: false });
        return { abort: () => {} };
      },
      {
        concurrency: 1,
        follow: (photo) => new Promise((resolve) => followed.set(photo.id, resolve)),
      },
    );
    queue.onDone((item) => done.push(item.file.name));
    const filed = (id: string) =>
      ({ photo: { id, status: "processing" }, created: true }) as unknown as UploadResult;
    queue.add(files(2));
    started[0]!.handlers.success(filed("a"));
    // Filed: the next file goes up while this one is processed.
    expect(started).toHaveLength(2);
    expect(queue.getSnapshot().map((item) => item.status)).toEqual(["processing", "uploading"]);
    expect(queue.getSnapshot().filter(isSending)).toHaveLength(1);
    expect(summarise(queue.getSnapshot()).processing).toBe(1);
    expect(done).toEqual([]);

    started[1]!.handlers.success(filed("b"));
    followed.get("a")!({ id: "a", status: "ready", kind: "card" } as unknown as FiledPhoto);
    followed.get("b")!({
      id: "b",
      status: "failed",
      processingError: "The image cannot be decoded (damaged?)",
    } as unknown as FiledPhoto);
    await Promise.resolve();
    const [first, second] = queue.getSnapshot();
    expect(first).toMatchObject({ status: "done", result: { photo: { kind: "card" } } });
    expect(second).toMatchObject({
      status: "failed",
      message: "The image cannot be decoded (damaged?)",
    });
    expect(done).toEqual(["IMG_1.jpg"]);
  });

  it("numbers the files in the order they were added, across drops, for the server's clientOrder", () => {
    const orders: Record<string, number> = {};
    let clock = 5_000;
    const queue = new UploadQueue<{ name: string; size: number }>(
      (file, _handlers, clientOrder) => {
        orders[file.name] = clientOrder;
        return { abort: () => {} };
      },
      { concurrency: 10, now: () => clock },
    );
    queue.add([
      { name: "IMG_0001_card.jpg", size: 1 },
      { name: "IMG_0002.jpg", size: 1 },
    ]);
    // A second drop within the same millisecond, then one with the clock set back.
    queue.add([{ name: "IMG_0003.jpg", size: 1 }]);
    clock = 1_000;
    queue.add([{ name: "IMG_0004.jpg", size: 1 }]);
    clock = 9_000;
    queue.add([{ name: "IMG_0005.jpg", size: 1 }]);
    expect(orders).toEqual({
      "IMG_0001_card.jpg": 5_000,
      "IMG_0002.jpg": 5_001,
      "IMG_0003.jpg": 5_002,
      "IMG_0004.jpg": 5_003,
      "IMG_0005.jpg": 9_000,
    });
  });

  it("counts the processed photos that carry no capture time", () => {
    const { queue, started } = queueWithHeldSends(5);
    queue.add(files(3));
    const ready = (id: string, takenAt: string | null) =>
      ({ photo: { id, status: "ready", takenAt }, created: true }) as unknown as UploadResult;
    started[0]!.handlers.success(ready("a", null));
    started[1]!.handlers.success(ready("b", "2026-05-04T10:00:00.000Z"));
    expect(summarise(queue.getSnapshot())).toMatchObject({ done: 2, withoutCaptureTime: 1 });
    started[2]!.handlers.failure("offline");
    expect(summarise(queue.getSnapshot()).withoutCaptureTime).toBe(1);
  });
});
