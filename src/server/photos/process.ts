import { availableParallelism } from "node:os";
import { type ConcurrencyLimit, concurrencyLimit } from "@/lib/concurrency-limit";
import { AppError } from "@/server/errors";
import {
  captureTime,
  DERIVED_SIZES,
  derivedJpeg,
  imageSize,
  type ImageSource,
  type ImageType,
  sniffImageSource,
} from "./images";
import { readQrCode } from "./qr";

export interface ProcessedPhoto {
  contentType: ImageType;
  width: number;
  height: number;
  takenAt: Date | null;
  preview: Buffer;
  thumb: Buffer;
  /** The text of a QR code found in the photo, or null. */
  qrText: string | null;
}

/**
 * At most one image job per core at a time, so a burst of uploads queues
 * instead of thrashing. One queue per process, kept on globalThis: uploads
 * reach this module through Next.js's bundles and through the server's own
 * REST path (scripts/serve.ts), each with its copy of the module.
 */
const holder = globalThis as typeof globalThis & { __photoImageJobs?: ConcurrencyLimit };
const imageJobs = (holder.__photoImageJobs ??= concurrencyLimit(availableParallelism()));

/**
 * Everything a photo's bytes (or its staged file, read as needed) tell: its
 * type by content (415 for anything but JPEG, PNG or WebP), size (413 past
 * MAX_IMAGE_PIXELS, from the header, before anything is decoded), capture
 * time, both derived files, and a QR code. The preview is made from the
 * original, the thumbnail and the QR scan from the preview: one full decode
 * per photo.
 */
export async function processPhoto(source: ImageSource, timeZone: string): Promise<ProcessedPhoto> {
  const contentType = await sniffImageSource(source);
  if (!contentType) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "file: must be a JPEG, PNG or WebP image (recognised by its content)",
      { fieldErrors: { file: ["must be a JPEG, PNG or WebP image"] } },
    );
  }
  return imageJobs.run(async () => {
    const { width, height } = await imageSize(source);
    const takenAt = await captureTime(source, timeZone);
    const preview = await derivedJpeg(source, DERIVED_SIZES.preview);
    const [thumb, qrText] = await Promise.all([
      derivedJpeg(preview, DERIVED_SIZES.thumb),
      readQrCode(preview),
    ]);
    return { contentType, width, height, takenAt, preview, thumb, qrText };
  });
}
