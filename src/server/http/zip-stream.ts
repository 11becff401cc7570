import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { ZipFile } from "yazl";

/**
 * A zip of stored files, streamed as a web `ReadableStream` for a Response.
 *
 * - Files are stored, not deflated (photos do not compress), and each entry's
 *   size is given, so yazl knows the zip's length before the first byte, and
 *   checks every file against its recorded size.
 * - Each file is opened only when yazl reaches it (`addReadStreamLazy`), so one
 *   storage stream is open at a time, whatever the number of photos.
 * - The web stream *pulls* from yazl's output one chunk at a time, so a slow
 *   client slows the reading of the files down (backpressure) instead of
 *   buffering the zip in memory, whatever `Readable.toWeb` does in a given
 *   Node version.
 * - A client that goes away cancels the stream: the open file and yazl's
 *   output are destroyed, and nothing is left reading.
 */
export interface ZipEntry {
  name: string;
  size: number;
  modifiedAt: Date;
  open(): Promise<ReadableStream<Uint8Array>>;
}

/** A zip to send as a download: its file name and its entries, opened one at a time. */
export interface ZipDownload {
  fileName: string;
  entries: ZipEntry[];
}

/** An entry whose bytes are already in memory (a JSON document beside the files). */
export function bytesEntry(name: string, bytes: Uint8Array, modifiedAt: Date): ZipEntry {
  return {
    name,
    size: bytes.byteLength,
    modifiedAt,
    open: () =>
      Promise.resolve(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes);
            controller.close();
          },
        }),
      ),
  };
}

export interface ZipStream {
  body: ReadableStream<Uint8Array>;
  /** The zip's exact length in bytes. */
  size: number;
}

export function zipStream(
  entries: readonly ZipEntry[],
  onError: (error: unknown) => void,
): ZipStream {
  const zip = new ZipFile();
  let current: Readable | undefined;
  for (const entry of entries) {
    zip.addReadStreamLazy(
      entry.name,
      { compress: false, size: entry.size, mtime: entry.modifiedAt },
      (callback) => {
        entry.open().then(
          (web) => {
            current = Readable.fromWeb(web as NodeWebReadableStream<Uint8Array>);
            callback(null, current);
          },
          (error: unknown) => callback(error, undefined as never),
        );
      },
    );
  }
  let size = -1;
  // @types/yazl leaves out the callback's argument: the total size, or -1.
  const end = zip.end.bind(zip) as unknown as (
    options: null,
    onSize: (total: number) => void,
  ) => void;
  end(null, (total) => {
    size = total;
  });
  const output = zip.outputStream as Readable;
  zip.on("error", (error: unknown) => {
    onError(error);
    current?.destroy();
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  const chunks = output[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      current?.destroy();
      await chunks.return?.();
    },
  });
  if (size < 0) throw new Error("The zip's size could not be known in advance");
  return { body, size };
}
