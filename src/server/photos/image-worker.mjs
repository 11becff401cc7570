// The JavaScript and WebAssembly part of a photo's image work, run in worker
// threads (a piscina pool, see image-threads.ts) so that it never holds up the
// event loop that serves requests. Decoding and resizing stay with sharp in the
// main thread: libvips runs them on threads of its own.
//
// Plain JavaScript on purpose: a worker thread starts without the app's
// TypeScript loader or bundler, so it must be loadable by Node as it is.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import exifr from "exifr";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";

const require = createRequire(import.meta.url);
let prepared;

/** zxing's WebAssembly from the installed package (by default it would fetch it from a CDN). */
function qrReader() {
  prepared ??= Promise.resolve(
    prepareZXingModule({
      overrides: {
        wasmBinary: readFileSync(require.resolve("zxing-wasm/reader/zxing_reader.wasm")).buffer,
      },
      fireImmediately: true,
    }),
  );
  return prepared;
}

/** The text of the first QR code in RGBA pixels, or null. */
export async function decodeQr({ data, width, height }) {
  await qrReader();
  const [found] = await readBarcodes(
    { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width, height },
    { formats: ["QRCode"], tryHarder: true, maxNumberOfSymbols: 1 },
  );
  return found?.isValid ? found.text : null;
}

/**
 * EXIF `DateTimeOriginal` and `OffsetTimeOriginal` as the camera wrote them
 * (text), or nulls. `source` is the image's bytes or the path of its file (read
 * in chunks, only as far as the EXIF block).
 */
export async function readExifTimes({ source }) {
  try {
    const input =
      typeof source === "string"
        ? source
        : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
    const tags = await exifr.parse(input, {
      pick: ["DateTimeOriginal", "OffsetTimeOriginal"],
      reviveValues: false,
    });
    const text = (value) => (typeof value === "string" ? value : null);
    return {
      dateTimeOriginal: text(tags?.DateTimeOriginal),
      offsetTimeOriginal: text(tags?.OffsetTimeOriginal),
    };
  } catch {
    return { dateTimeOriginal: null, offsetTimeOriginal: null };
  }
}
