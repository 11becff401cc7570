import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { TZDate } from "@date-fns/tz";
import sharp, { type Sharp, type SharpOptions } from "sharp";
import { AppError } from "@/server/errors";
import { readExifTimesInThread } from "./image-threads";

/**
 * The image work of an upload, over buffers: what the file is (by its content,
 * never its name), when the camera took it, and the derived files. Decoding is
 * libvips through sharp.
 */

/**
 * The most pixels an image may have. The largest sensors photographers use
 * (Fujifilm GFX100, Hasselblad X2D) make about 102 megapixels; 120 leaves
 * room and still refuses the decompression bombs a few hundred kilobytes of
 * PNG can describe (16383 x 16383 pixels is 268 megapixels, the most sharp
 * would otherwise open).
 */
export const MAX_IMAGE_PIXELS = 120_000_000;
export const MAX_IMAGE_MEGAPIXELS = MAX_IMAGE_PIXELS / 1_000_000;

/** An image's bytes, or the path of a file that holds them (read as needed, never whole). */
export type ImageSource = Uint8Array | string;

/**
 * Every image the app opens goes through here: sharp with the pixel limit
 * set, so nothing larger is ever decoded.
 */
export function openImage(source: ImageSource, options: SharpOptions = {}): Sharp {
  return sharp(source, { ...options, limitInputPixels: MAX_IMAGE_PIXELS });
}

/**
 * Staged files are read by path and removed right after: libvips must not
 * keep them open in its cache (a deleted file's space is freed on close).
 */
sharp.cache({ files: 0 });

export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** The type a file's first bytes say it is, or null for anything else (HEIC, GIF, PDF…). */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  const ascii = (from: number, to: number) =>
    Buffer.from(bytes.subarray(from, to)).toString("latin1");
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return null;
}

/** The first bytes of a file, enough for `sniffImageType`. */
async function headOf(source: ImageSource): Promise<Uint8Array> {
  if (typeof source !== "string") return source;
  const file = await open(source, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(16), 0, 16, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** `sniffImageType` for bytes or a file. */
export async function sniffImageSource(source: ImageSource): Promise<ImageType | null> {
  return sniffImageType(await headOf(source));
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^[+-]\d{2}:\d{2}$/;

/**
 * The capture time from EXIF `DateTimeOriginal`: with `OffsetTimeOriginal` when
 * the camera wrote one, otherwise read as a wall-clock time in `timeZone` (the
 * shoot's). Null when the file has none or it is not a date. exifr parses in a
 * worker thread.
 */
export async function captureTime(source: ImageSource, timeZone: string): Promise<Date | null> {
  // A path is read in chunks, only as far as the EXIF block.
  const { dateTimeOriginal, offsetTimeOriginal } = await readExifTimesInThread(source);
  const parts = dateTimeOriginal !== null && EXIF_DATE.exec(dateTimeOriginal);
  if (!parts) return null;
  const [year, month, day, hour, minute, second] = parts.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date =
    offsetTimeOriginal !== null && OFFSET.test(offsetTimeOriginal)
      ? new Date(
          `${parts.slice(1, 4).join("-")}T${parts.slice(4, 7).join(":")}${offsetTimeOriginal}`,
        )
      : new Date(new TZDate(year, month - 1, day, hour, minute, second, timeZone).getTime());
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface ImageSize {
  width: number;
  height: number;
}

export const imageTooLarge = () =>
  new AppError(
    "PAYLOAD_TOO_LARGE",
    `file: the image is larger than ${MAX_IMAGE_MEGAPIXELS} megapixels`,
    { fieldErrors: { file: [`must be at most ${MAX_IMAGE_MEGAPIXELS} megapixels`] } },
  );

/**
 * Width and height as the photo is seen (EXIF orientation applied), from the
 * file's header alone: 413 for an image of more than MAX_IMAGE_PIXELS, before
 * a single pixel is decoded; 400 for a damaged file.
 */
export async function imageSize(source: ImageSource): Promise<ImageSize> {
  try {
    const metadata = await openImage(source).metadata();
    const rotated = (metadata.orientation ?? 1) >= 5;
    return rotated
      ? { width: metadata.height, height: metadata.width }
      : { width: metadata.width, height: metadata.height };
  } catch (error) {
    if (isOverPixelLimit(error)) throw imageTooLarge();
    throw new AppError("BAD_REQUEST", "file: the image cannot be read (damaged?)", {
      fieldErrors: { file: ["the image cannot be read"] },
      cause: error,
    });
  }
}

/** The derived files of a photo, and the longest edge of each. */
export const DERIVED_SIZES = { thumb: 400, preview: 1600 } as const;
export type DerivedSize = keyof typeof DERIVED_SIZES;

/**
 * A JPEG at most `longEdge` pixels on its long edge: orientation applied, the
 * colour profile kept, every other piece of metadata (location, camera serial)
 * left out; transparency on white.
 */
export async function derivedJpeg(source: ImageSource, longEdge: number): Promise<Buffer> {
  try {
    return await openImage(source)
      .rotate()
      .resize({ width: longEdge, height: longEdge, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .keepIccProfile()
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  } catch (error) {
    if (isOverPixelLimit(error)) throw imageTooLarge();
    throw new AppError("BAD_REQUEST", "file: the image cannot be decoded (damaged?)", {
      fieldErrors: { file: ["the image cannot be decoded"] },
      cause: error,
    });
  }
}

/** sharp's refusal of an input with more than `limitInputPixels`. */
export function isOverPixelLimit(error: unknown): boolean {
  return error instanceof Error && error.message.includes("exceeds pixel limit");
}
