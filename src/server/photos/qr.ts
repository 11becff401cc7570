import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { prepareZXingModule } from "zxing-wasm/reader";
import { decodeQrInThread } from "./image-threads";
import { type ImageSource, openImage } from "./images";

/**
 * Finds a QR code in a photo. zxing's WebAssembly is loaded from the installed
 * package (by default it would fetch it from a CDN, which fails offline), and
 * it decodes a downscaled copy: fast, and still finds a card that covers a
 * tenth of a 3000 px frame.
 */

const DECODE_LONG_EDGE = 1500;
const ZXING_WASM = ["zxing-wasm", "reader", "zxing_reader.wasm"].join("/");

let prepared: Promise<unknown> | undefined;

/** Loads zxing's WebAssembly in this thread, once (the tests read printed cards with it). */
export function loadQrReader(): Promise<unknown> {
  // Resolved at run time: the bundler must not try to load the .wasm as a module.
  const wasm = createRequire(import.meta.url).resolve(/* turbopackIgnore: true */ ZXING_WASM);
  prepared ??= Promise.resolve(
    prepareZXingModule({
      overrides: { wasmBinary: readFileSync(wasm).buffer as ArrayBuffer },
      fireImmediately: true,
    }),
  );
  return prepared;
}

/**
 * The text of the first QR code in the image, or null. sharp (libvips' own
 * threads, with the pixel limit) makes the downscaled pixels; zxing reads them
 * in a worker thread.
 */
export async function readQrCode(source: ImageSource): Promise<string | null> {
  const { data, info } = await openImage(source)
    .rotate()
    .resize({
      width: DECODE_LONG_EDGE,
      height: DECODE_LONG_EDGE,
      fit: "inside",
      withoutEnlargement: true,
    })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return decodeQrInThread({ data, width: info.width, height: info.height });
}

/**
 * The access code a card's QR text carries: the text itself, or for a URL its
 * `code` query parameter or else its last path segment.
 */
export function codeFromQrText(text: string): string {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return trimmed;
  const fromQuery = url.searchParams.get("code");
  if (fromQuery) return fromQuery;
  const segments = url.pathname.split("/").filter(Boolean);
  return segments.at(-1) ?? "";
}
