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
