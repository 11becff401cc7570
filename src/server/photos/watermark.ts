import { createHash } from "node:crypto";
import { MAX_IMAGE_PIXELS, openImage } from "./images";

/**
 * Watermarks for the members' gallery: the studio's name, repeated diagonally
 * over the whole image (so no crop removes it), as SVG text composited with
 * sharp. Light text with a dark outline shows on any photo.
 *
 * SVG text needs a font (librsvg finds them through fontconfig). Without one
 * the text would render as nothing, so a watermark that comes out empty is an
 * error, never an unmarked image.
 */

export class WatermarkUnavailableError extends Error {
  constructor() {
    super("SVG text renders no pixels here: no font is installed for the watermark");
    this.name = "WatermarkUnavailableError";
  }
}

const FONT_FAMILY = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";
const MAX_CHARACTERS = 40;

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/** The text as it is drawn: printable, one line, at most 40 characters. */
export function watermarkText(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, " ").trim() || "Proof";
  const chars = [...clean];
  return chars.length > MAX_CHARACTERS ? `${chars.slice(0, MAX_CHARACTERS - 1).join("")}…` : clean;
}

/** An SVG as large as the image, the text tiled over it at -30°. */
export function watermarkSvg(text: string, width: number, height: number): string {
  const label = escapeXml(watermarkText(text));
  const fontSize = Math.max(11, Math.round(Math.max(width, height) / 20));
  const tileWidth = Math.round(fontSize * (0.66 * [...watermarkText(text)].length + 2));
  const rowHeight = Math.round(fontSize * 2.6);
  const stroke = Math.max(1, fontSize / 24).toFixed(1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs>
    <pattern id="wm" patternUnits="userSpaceOnUse" width="${tileWidth}" height="${rowHeight * 2}" patternTransform="rotate(-30)">
      <g font-family="${FONT_FAMILY}" font-weight="bold" font-size="${fontSize}" fill="#ffffff" fill-opacity="0.42" stroke="#000000" stroke-opacity="0.3" stroke-width="${stroke}">
        <text x="${fontSize}" y="${Math.round(rowHeight * 0.7)}">${label}</text>
        <text x="${Math.round(fontSize - tileWidth / 2)}" y="${Math.round(rowHeight * 1.7)}">${label}</text>
        <text x="${Math.round(fontSize + tileWidth / 2)}" y="${Math.round(rowHeight * 1.7)}">${label}</text>
      </g>
    </pattern>
  </defs>
  <rect width="100%" height="100%" fill="url(#wm)"/>
</svg>`;
}

let fontCheck: Promise<void> | undefined;

/** Fails once, loudly, where SVG text cannot be drawn (no font). */
function assertFontsDraw(): Promise<void> {
  fontCheck ??= (async () => {
    const { channels } = await openImage(Buffer.from(watermarkSvg("Watermark", 200, 200))).stats();
    if ((channels[3]?.max ?? 0) === 0) throw new WatermarkUnavailableError();
  })();
  fontCheck.catch(() => {
    fontCheck = undefined;
  });
  return fontCheck;
}

/** The image (a derived JPEG) with the watermark over it, as a progressive JPEG. */
export async function watermarkJpeg(image: Uint8Array, text: string): Promise<Buffer> {
  await assertFontsDraw();
  const { width, height } = await openImage(image).metadata();
  if (!width || !height) throw new Error("The image has no size");
  return openImage(image)
    .composite([
      {
        input: Buffer.from(watermarkSvg(text, width, height)),
        limitInputPixels: MAX_IMAGE_PIXELS,
      },
    ])
    .jpeg({ quality: 80, progressive: true })
    .toBuffer();
}

/** Bump it when the watermark's look changes: every gallery variant is made again. */
const WATERMARK_LOOK = "1";

/**
 * The version of the watermark a studio's name makes: 16 hex digits that
 * change with the text drawn and with its look. It names the stored gallery
 * variants and is part of their ETag.
 */
export function watermarkVersion(studioName: string): string {
  return createHash("sha256")
    .update(`${WATERMARK_LOOK}\n${watermarkText(studioName)}`)
    .digest("hex")
    .slice(0, 16);
}

/** The members' gallery images: the derived thumbnail and preview, watermarked. */
export async function watermarkedVariants(
  derived: { thumb: Uint8Array; preview: Uint8Array },
  studioName: string,
): Promise<{ "gallery-thumb": Buffer; "gallery-preview": Buffer }> {
  const [thumb, preview] = await Promise.all([
    watermarkJpeg(derived.thumb, studioName),
    watermarkJpeg(derived.preview, studioName),
  ]);
  return { "gallery-thumb": thumb, "gallery-preview": preview };
}
