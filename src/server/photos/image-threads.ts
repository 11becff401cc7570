import path from "node:path";
import { Piscina } from "piscina";
import { getEnv } from "@/env";
import type { ImageSource } from "./images";

/**
 * Worker threads for the image work that is JavaScript or WebAssembly (zxing's
 * QR decoding, exifr's EXIF parsing): one small pool per process, at a lower
 * OS priority than the thread that serves requests, so an upload storm queues
 * here instead of stalling pages. The work itself is in image-worker.mjs.
 */

/** As many threads as photo jobs run at once in this process (IMAGE_CONCURRENCY). */
export function imageConcurrency(): number {
  return getEnv().IMAGE_CONCURRENCY;
}

/** Found from the app's folder: bundled server code has no path of its own to resolve it from. */
const WORKER_FILE = path.join(process.cwd(), "src", "server", "photos", "image-worker.mjs");

const holder = globalThis as typeof globalThis & { __photoImageThreads?: Piscina };

function pool(): Piscina {
  holder.__photoImageThreads ??= new Piscina({
    filename: WORKER_FILE,
    minThreads: 0,
    maxThreads: imageConcurrency(),
    // Idle threads end after a while (and never hold the process open meanwhile).
    idleTimeout: 30_000,
    // Plain JavaScript: no TypeScript loader in the threads.
    execArgv: [],
    // Nice +10 for these threads only (Linux), through piscina's optional @napi-rs/nice.
    niceIncrement: 10,
  });
  return holder.__photoImageThreads;
}

export interface RgbaPixels {
  data: Uint8Array;
  width: number;
  height: number;
}

/** The text of the first QR code in the pixels, or null; decoded in a worker thread. */
export function decodeQrInThread(pixels: RgbaPixels): Promise<string | null> {
  return pool().run(pixels, { name: "decodeQr" }) as Promise<string | null>;
}

export interface ExifTimes {
  dateTimeOriginal: string | null;
  offsetTimeOriginal: string | null;
}

/**
 * EXIF's capture time fields as text, parsed in a worker thread; a path is read
 * there in chunks, only as far as the EXIF block.
 */
export function readExifTimesInThread(source: ImageSource): Promise<ExifTimes> {
  return pool().run({ source }, { name: "readExifTimes" }) as Promise<ExifTimes>;
}
