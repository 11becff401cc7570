import type { DetailedError, HttpResponse, Upload, UrlStorage } from "tus-js-client";
import type { Sender, UploadResult } from "./upload-queue";

/** The resumable upload endpoint (src/app/api/uploads). */
export const UPLOADS_PATH = "/api/uploads";

/** Big enough to be quick, small enough that one request never runs for minutes. */
const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * After a dropped connection, try again at once, then after 1, 3, 5, 10, 20
 * and 30 seconds; each attempt asks the server how much arrived and sends
 * only the rest. After that the file shows as failed, with "Retry".
 */
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000, 30_000];

/** The browser-made failures (the page shows them in its language: see photo-uploader). */
export const OFFLINE = "Could not reach the server. Check your connection, then retry.";

/** The server's `{ message }`, or a sentence for a response without one. */
export function uploadErrorMessage(error: Error | DetailedError): string {
  const response = "originalResponse" in error ? error.originalResponse : null;
  if (!response || response.getStatus() === 0) return OFFLINE;
  try {
    const body = JSON.parse(response.getBody()) as { message?: unknown };
    if (typeof body.message === "string" && body.message) return body.message;
  } catch {
    // not JSON: fall through
  }
  return refusedMessage(response.getStatus());
}

export const refusedMessage = (status: number) =>
  `The server refused the upload (${status}). Please retry.`;
export const REFUSED = /^The server refused the upload \((\d+)\)\. Please retry\.$/;

/** A 4xx answer other than "conflict" or "locked", which tus retries itself. */
function refused(error: Error | DetailedError): boolean {
  const status = "originalResponse" in error ? (error.originalResponse?.getStatus() ?? 0) : 0;
  return status >= 400 && status < 500 && status !== 409 && status !== 423;
}

async function forgetPreviousUploads(upload: Upload, storage: UrlStorage): Promise<void> {
  const previous = await upload.findPreviousUploads().catch(() => []);
  await Promise.all(previous.map((entry) => storage.removeUpload(entry.urlStorageKey)));
}

function resultOf(response: HttpResponse): UploadResult | null {
  try {
    const body = JSON.parse(response.getBody()) as Partial<UploadResult>;
    return body.photo ? (body as UploadResult) : null;
  } catch {
    // A resumed upload the server had already finished answers its HEAD, with no body.
    return null;
  }
}

/**
 * Sends files with tus-js-client (loaded on first use): each file remembers
 * its upload in localStorage by project, name, type, size and date, so a
 * file added again after a reload, or retried, continues where it stopped.
 */
export function tusSender(projectId: string): Sender<File> {
  return (file, handlers, clientOrder) => {
    let stopped = false;
    let stop = () => {};
    void import("tus-js-client")
      .then(async ({ Upload, defaultOptions }) => {
        if (stopped) return;
        const upload = new Upload(file, {
          endpoint: new URL(UPLOADS_PATH, window.location.href).href,
          metadata: {
            projectId,
            filename: file.name,
            filetype: file.type,
            clientOrder: String(clientOrder),
          },
          chunkSize: CHUNK_BYTES,
          retryDelays: RETRY_DELAYS,
          fingerprint: (f: File) =>
            Promise.resolve(
              ["photo-upload", projectId, f.name, f.type, f.size, f.lastModified].join(":"),
            ),
          removeFingerprintOnSuccess: true,
          onProgress: (sent) => handlers.progress(sent),
          onSuccess: ({ lastResponse }) => handlers.success(resultOf(lastResponse)),
          onError: (error) => {
            handlers.failure(uploadErrorMessage(error));
            // Refused for good (not a photo, too large): nothing on the server to resume.
            if (refused(error)) void forgetPreviousUploads(upload, defaultOptions.urlStorage);
          },
        });
        stop = () => void upload.abort();
        const previous = await upload.findPreviousUploads().catch(() => []);
        const latest = previous.sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0];
        if (stopped) return;
        if (latest) upload.resumeFromPreviousUpload(latest);
        upload.start();
      })
      .catch(() => handlers.failure(OFFLINE));
    return {
      abort() {
        stopped = true;
        stop();
      },
    };
  };
}
