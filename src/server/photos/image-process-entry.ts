import { AppError } from "@/server/errors";
import type { ImageWorkReply, ImageWorkRequest, SentError } from "./image-process";
import { analysePhoto } from "./process";
import { WatermarkUnavailableError, watermarkedVariants } from "./watermark";

/**
 * The image process (image-process.ts): does the image work its parent sends,
 * as many at a time as arrive (analysePhoto keeps to IMAGE_CONCURRENCY), and
 * ends when its parent does.
 */

function sendable(error: unknown): SentError {
  if (error instanceof AppError) {
    const { code, message, fieldErrors, details, retryAfterSeconds } = error;
    return { kind: "app", code, message, options: { fieldErrors, details, retryAfterSeconds } };
  }
  if (error instanceof WatermarkUnavailableError) return { kind: "watermark" };
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}

async function work(request: ImageWorkRequest): Promise<unknown> {
  if (request.work === "analysePhoto") return analysePhoto(request.source, request.timeZone);
  return watermarkedVariants(request.derived, request.studioName);
}

process.on("message", (request: ImageWorkRequest) => {
  work(request).then(
    (value) => process.send!({ id: request.id, ok: true, value } satisfies ImageWorkReply),
    (error: unknown) =>
      process.send!({ id: request.id, ok: false, error: sendable(error) } satisfies ImageWorkReply),
  );
});
process.on("disconnect", () => process.exit(0));
