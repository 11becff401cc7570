import { createHash } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import sharp from "sharp";
import { AppError } from "@/server/errors";
import { readExifTimesInThread } from "./image-threads";

/**
 * The image work of an upload, over buffers: what the file is (by its content,
 * never its name), when the camera took it, and the derived files. Decoding is
 * libvips through sharp.
 */

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
export async function captureTime(bytes: Uint8Array, timeZone: string): Promise<Date | null> {
  const { dateTimeOriginal, offsetTimeOriginal } = await readExifTimesInThread(bytes);
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

/** Width and height as the photo is seen (EXIF orientation applied); 400 for a damaged file. */
export async function imageSize(bytes: Uint8Array): Promise<ImageSize> {
  try {
    const metadata = await sharp(bytes).metadata();
    const rotated = (metadata.orientation ?? 1) >= 5;
    return rotated
      ? { width: metadata.height, height: metadata.width }
      : { width: metadata.width, height: metadata.height };
  } catch (error) {
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
export async function derivedJpeg(bytes: Uint8Array, longEdge: number): Promise<Buffer> {
  try {
    return await sharp(bytes)
      .rotate()
      .resize({ width: longEdge, height: longEdge, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .keepIccProfile()
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  } catch (error) {
    throw new AppError("BAD_REQUEST", "file: the image cannot be decoded (damaged?)", {
      fieldErrors: { file: ["the image cannot be decoded"] },
      cause: error,
    });
  }
}
