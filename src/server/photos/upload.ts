import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setTimeout } from "node:timers/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import Busboy from "busboy";
import { AppError } from "@/server/errors";
import { textProblem } from "@/server/validation";
import { stagingFolder } from "./staging";

export const MAX_PHOTO_BYTES = 50 * 1024 * 1024;
/** Room for the multipart boundaries and the small fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** A form field beside the file (an id) is short. */
const MAX_FIELD_BYTES = 1024;

/** A received file on local disk, hashed as it arrived. */
export interface StagedFile {
  path: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

export interface ReceivedPhoto {
  file: StagedFile;
  /** The other form fields, by name. */
  fields: Record<string, string>;
  /** Removes the staged file; safe to call more than once. */
  discard(): Promise<void>;
}

/**
 * A photo on its way in. Nothing is read until `receive()`, so a procedure
 * checks who is sending (and to where) before a single byte is stored.
 */
export abstract class PhotoUpload {
  abstract receive(): Promise<ReceivedPhoto>;

  /** Gives the upload up unread (the caller may not send it); a staged file is removed. */
  abstract abandon(): Promise<void>;

  /** A `multipart/form-data` request with one `file` part, refused at 50 MB while streaming. */
  static fromRequest(request: Request): PhotoUpload {
    return new MultipartUpload(request);
  }

  /**
   * A file already received (by the resumable upload endpoint), with the
   * fields that came with it; discarded once ingested.
   */
  static fromFile(
    filePath: string,
    fileName: string,
    fields: Record<string, string> = {},
  ): PhotoUpload {
    return new FileUpload(filePath, fileName, fields);
  }
}

const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", `file: a photo must be at most ${MAX_PHOTO_BYTES} bytes`, {
    fieldErrors: { file: [`must be at most ${MAX_PHOTO_BYTES} bytes`] },
  });

const notMultipart = () =>
  new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    "The request body must be multipart/form-data with one `file` part",
  );

/** The name as the sender's computer had it, without folders or control characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? "").split(/[\\/]/).at(-1) ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  const wellFormed = clean.isWellFormed() ? clean : clean.toWellFormed();
  return wellFormed.slice(0, 255) || "photo";
}

function discardOnce(filePath: string): () => Promise<void> {
  return () => rm(filePath, { force: true });
}

/** Counts and hashes what passes through; fails once more than `limit` bytes have. */
function hashingLimit(limit: number) {
  const hash = createHash("sha256");
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.byteLength;
      if (size > limit) return done(tooLarge());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ sizeBytes: size, sha256: hash.digest("hex") }) };
}

class MultipartUpload extends PhotoUpload {
  constructor(private readonly request: Request) {
    super();
  }

  async abandon(): Promise<void> {
    // The body stays unread; the server discards it with the connection.
  }

  async receive(): Promise<ReceivedPhoto> {
    const { request } = this;
    const declared = Number(request.headers.get("content-length"));
    if (declared > MAX_PHOTO_BYTES + MULTIPART_OVERHEAD_BYTES) throw tooLarge();
    let parser: Busboy.Busboy;
    try {
      parser = Busboy({
        headers: { "content-type": request.headers.get("content-type") ?? "" },
        defParamCharset: "utf8",
        limits: {
          files: 1,
          fields: 10,
          fieldSize: MAX_FIELD_BYTES,
          parts: 12,
          fileSize: MAX_PHOTO_BYTES,
        },
      });
    } catch {
      throw notMultipart();
    }
    if (!request.body) throw AppError.badRequest("file", "is required");

    // DATA_DIR/staging/<host>-<pid>/<uuid>, readable by the app's user alone.
    const filePath = path.join(await stagingFolder(), randomUUID());
    const discard = discardOnce(filePath);
    // Field names are the client's: none may reach Object.prototype.
    const fields: Record<string, string> = Object.create(null);
    let file: Promise<StagedFile> | undefined;

    // A file part that fails (over the limit) stops the reading of the request at once.
    const reading = new AbortController();
    // Form fields follow the rule of every text input, checked before anything is filed.
    parser.on("field", (name, value, info) => {
      const problem = info.valueTruncated
        ? `must be at most ${MAX_FIELD_BYTES} bytes`
        : textProblem(value, "single-line");
      if (problem) reading.abort(AppError.badRequest(name, problem));
      else fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || file) {
        stream.resume();
        return;
      }
      const counter = hashingLimit(MAX_PHOTO_BYTES);
      stream.on("limit", () => stream.destroy(tooLarge()));
      file = pipeline(stream, counter.stream, createWriteStream(filePath, { mode: 0o600 })).then(
        () => ({
          path: filePath,
          fileName: cleanFileName(info.filename),
          ...counter.result(),
        }),
      );
      file.catch((error: unknown) => reading.abort(error));
    });

    try {
      await pipeline(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>), parser, {
        signal: reading.signal,
      });
      if (reading.signal.aborted) throw reading.signal.reason;
      if (!file) throw AppError.badRequest("file", "is required (a multipart part named `file`)");
      return { file: await file, fields, discard };
    } catch (error) {
      // The file's own write settles first, so that nothing is written after the discard.
      await Promise.race([file?.catch(() => undefined), setTimeout(5_000)]);
      await discard();
      const cause: unknown = reading.signal.aborted ? reading.signal.reason : error;
      if (cause instanceof AppError) throw cause;
      throw new AppError("BAD_REQUEST", "The multipart body is malformed or was cut off", {
        cause,
      });
    }
  }
}

class FileUpload extends PhotoUpload {
  constructor(
    private readonly filePath: string,
    private readonly fileName: string,
    private readonly fields: Record<string, string>,
  ) {
    super();
  }

  abandon(): Promise<void> {
    return rm(this.filePath, { force: true });
  }

  async receive(): Promise<ReceivedPhoto> {
    const discard = discardOnce(this.filePath);
    const { size } = await stat(this.filePath);
    if (size > MAX_PHOTO_BYTES) {
      await discard();
      throw tooLarge();
    }
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(this.filePath)) hash.update(chunk as Buffer);
    return {
      file: {
        path: this.filePath,
        fileName: cleanFileName(this.fileName),
        sizeBytes: size,
        sha256: hash.digest("hex"),
      },
      fields: Object.assign(Object.create(null) as Record<string, string>, this.fields),
      discard,
    };
  }
}
