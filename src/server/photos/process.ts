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
import { imageConcurrency } from "./image-threads";
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
 * At most IMAGE_CONCURRENCY photos analysed at a time in this process (the
 * `images` queue's workers run that many; the demo seed shares the bound).
 * Kept on globalThis: this module is reached through Next.js's bundles and
 * through the server's own code, each with its copy of it. Made on first use:
 * reading the settings at import would break `next build`.
 */
const holder = globalThis as typeof globalThis & { __photoImageJobs?: ConcurrencyLimit };
const imageJobs = () => (holder.__photoImageJobs ??= concurrencyLimit(imageConcurrency()));

/**
 * Everything a photo's bytes (or a file, read as needed) tell: its type by
 * content (415 for anything but JPEG, PNG or WebP), size (413 past
 * MAX_IMAGE_PIXELS, from the header, before anything is decoded), capture
 * time, both derived files, and a QR code. The preview is made from the
 * original, the thumbnail and the QR scan from the preview: one full decode
 * per photo. JavaScript and WebAssembly work (EXIF, zxing) runs in worker
 * threads.
 */
export async function analysePhoto(source: ImageSource, timeZone: string): Promise<ProcessedPhoto> {
  const contentType = await sniffImageSource(source);
  if (!contentType) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "file: must be a JPEG, PNG or WebP image (recognised by its content)",
      { fieldErrors: { file: ["must be a JPEG, PNG or WebP image"] } },
    );
  }
  return imageJobs().run(async () => {
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
