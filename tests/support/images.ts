import { crc32, deflateSync } from "node:zlib";
import QRCode from "qrcode";
import sharp from "sharp";

/**
 * Real image files for tests, made with sharp and qrcode: JPEGs with EXIF as
 * cameras write it, and photos of a member's QR card.
 */

export interface PhotoOptions {
  width?: number;
  height?: number;
  /** EXIF DateTimeOriginal, "YYYY:MM:DD hh:mm:ss". */
  takenAt?: string;
  /** EXIF OffsetTimeOriginal, such as "+02:00". */
  offset?: string;
  /** EXIF orientation, 1-8. */
  orientation?: number;
  /** Writes a GPS position and a camera serial number, which derived files must drop. */
  private?: boolean;
  /** Varies the pixels, so that two photos are two files. */
  seed?: number;
  format?: "jpeg" | "png" | "webp";
}

function noise(width: number, height: number, seed: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed * 7919 + 1;
  for (let i = 0; i < pixels.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = 90 + (state % 80);
  }
  return pixels;
}

export async function makePhoto(options: PhotoOptions = {}): Promise<Buffer> {
  const { width = 1200, height = 800, seed = 1, format = "jpeg" } = options;
  const image = sharp(noise(width, height, seed), { raw: { width, height, channels: 3 } });
  if (format === "png") return image.png().toBuffer();
  if (format === "webp") return image.webp().toBuffer();
  const exif: Record<string, Record<string, string>> = {};
  if (options.takenAt) {
    exif.IFD2 = { DateTimeOriginal: options.takenAt };
    if (options.offset) exif.IFD2.OffsetTimeOriginal = options.offset;
  }
  if (options.private) {
    exif.IFD2 = { ...exif.IFD2, BodySerialNumber: "SN-4242-SECRET" };
    exif.IFD3 = { GPSLatitudeRef: "N", GPSLatitude: "52/1 31/1 0/1" };
  }
  let jpeg = image.jpeg({ quality: 85 });
  if (Object.keys(exif).length > 0) jpeg = jpeg.withExif(exif);
  const bytes = await jpeg.toBuffer();
  if (!options.orientation) return bytes;
  return sharp(bytes).withMetadata({ orientation: options.orientation }).jpeg().toBuffer();
}

export interface CardPhotoOptions extends PhotoOptions {
  /** The card's share of the frame's width. */
  cardFraction?: number;
  /** Degrees the card is turned in the frame. */
  angle?: number;
}

/** A photo of a printed card whose QR code holds `text`, somewhere in a noisy frame. */
export async function makeCardPhoto(text: string, options: CardPhotoOptions = {}): Promise<Buffer> {
  const { width = 3000, height = 2000, cardFraction = 0.1, angle = 0 } = options;
  const side = Math.round(width * cardFraction);
  const qr = await QRCode.toBuffer(text, { width: side, margin: 4, errorCorrectionLevel: "M" });
  const card = await sharp(qr).rotate(angle, { background: "#ffffff" }).png().toBuffer();
  const background = await makePhoto({ ...options, width, height, format: "jpeg" });
  const composed = await sharp(background)
    .composite([{ input: card, left: Math.round(width * 0.4), top: Math.round(height * 0.3) }])
    .jpeg({ quality: 88 })
    .toBuffer();
  if (!options.takenAt) return composed;
  return sharp(composed)
    .withExif({
      IFD2: {
        DateTimeOriginal: options.takenAt,
        ...(options.offset && { OffsetTimeOriginal: options.offset }),
      },
    })
    .jpeg({ quality: 88 })
    .toBuffer();
}

/**
 * A valid, all-black PNG of `width` x `height` pixels in very few bytes (one
 * bit per pixel, deflated): the decompression bomb a hostile upload would be.
 * A 16383 x 16383 one is about 30 KB and would decode to hundreds of MB.
 */
export function makeHugePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.byteLength);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1 bit, greyscale, deflate, no filter, not interlaced
  // Each row: filter byte 0, then width bits of zero (33 MB raw for 16383 x 16383, once).
  const raw = Buffer.alloc(height * (1 + Math.ceil(width / 8)));
  const data = deflateSync(raw, { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", data),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
