import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { AppError, type AppErrorCode, type AppErrorOptions } from "@/server/errors";
import { getLogger } from "@/server/logger";
import type { ProcessedPhoto } from "./process";
import { WatermarkUnavailableError } from "./watermark";

/**
 * A photo job's image work (decoding, the derived files, the QR code, the
 * watermarked gallery images) runs in a child process started at a lower OS
 * priority (`nice -n 10`), so while a shoot uploads the cores go to requests
 * first. libvips works in threads of its own that a worker thread's priority
 * does not reach; a whole process's does. The child is started on first use,
 * again after it died (the job that was running fails and is retried), and
 * ends with its parent. image-process-entry.ts is its side.
 */

export type ImageWork =
  | { work: "analysePhoto"; source: Uint8Array; timeZone: string }
  | {
      work: "watermarkedVariants";
      derived: { thumb: Uint8Array; preview: Uint8Array };
      studioName: string;
    };

export type ImageWorkRequest = ImageWork & { id: number };

export type SentError =
  | { kind: "app"; code: AppErrorCode; message: string; options: AppErrorOptions }
  | { kind: "watermark" }
  | { kind: "other"; message: string };

export type ImageWorkReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SentError };

export const IMAGE_PROCESS_NICENESS = 10;

const ENTRY = path.join(process.cwd(), "src", "server", "photos", "image-process-entry.ts");

/** `nice` where the system has one (every Linux and macOS), else the child runs at the app's priority. */
function niceCommand(): string | null {
  if (process.platform === "win32") return null;
  const folders = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return (
    folders.map((folder) => path.join(folder, "nice")).find((file) => existsSync(file)) ?? null
  );
}

export function errorFromChild(error: SentError): Error {
  if (error.kind === "app") return new AppError(error.code, error.message, error.options);
  if (error.kind === "watermark") return new WatermarkUnavailableError();
  return new Error(error.message);
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

class ImageProcess {
  private child: ChildProcess | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  run(work: ImageWork): Promise<unknown> {
    const child = this.child ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) child.channel?.ref();
      child.send({ ...work, id } satisfies ImageWorkRequest, (error) => {
        if (error) this.settle(id, (pending) => pending.reject(error));
      });
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }

  private start(): ChildProcess {
    const node = [process.execPath, "--import", "tsx", ENTRY];
    const nice = niceCommand();
    const [command, ...args] = nice ? [nice, "-n", String(IMAGE_PROCESS_NICENESS), ...node] : node;
    const child = spawn(command!, args, {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      serialization: "advanced",
    });
    this.child = child;
    // Neither the child nor its channel keeps this process running while no work waits.
    child.unref();
    child.channel?.unref();
    child.on("message", (reply: ImageWorkReply) => {
      this.settle(reply.id, (pending) =>
        reply.ok ? pending.resolve(reply.value) : pending.reject(errorFromChild(reply.error)),
      );
    });
    const gone = (reason: string) => {
      if (this.child !== child) return;
      this.child = undefined;
      const error = new Error(`The image process ${reason}`);
      for (const id of [...this.pending.keys()])
        this.settle(id, (pending) => pending.reject(error));
    };
    child.on("error", (error) => {
      getLogger().error({ err: error }, "the image process could not run");
      gone(`could not run: ${error.message}`);
    });
    child.on("exit", (code, signal) => gone(`exited (${signal ?? `code ${code}`})`));
    return child;
  }

  private settle(id: number, outcome: (pending: Pending) => void) {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.child?.channel?.unref();
    outcome(pending);
  }
}

// One per process, on globalThis: reached through Next.js's bundles and the server's own code.
const holder = globalThis as typeof globalThis & { __photoImageProcess?: ImageProcess };
const imageProcess = () => (holder.__photoImageProcess ??= new ImageProcess());

const asBuffer = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** `analysePhoto` (process.ts), in the image process. */
export async function analysePhotoApart(
  source: Uint8Array,
  timeZone: string,
): Promise<ProcessedPhoto> {
  const photo = (await imageProcess().run({
    work: "analysePhoto",
    source,
    timeZone,
  })) as ProcessedPhoto;
  return { ...photo, preview: asBuffer(photo.preview), thumb: asBuffer(photo.thumb) };
}

/** `watermarkedVariants` (watermark.ts), in the image process. */
export async function watermarkedVariantsApart(
  derived: { thumb: Uint8Array; preview: Uint8Array },
  studioName: string,
): Promise<{ "gallery-thumb": Buffer; "gallery-preview": Buffer }> {
  const images = (await imageProcess().run({
    work: "watermarkedVariants",
    derived,
    studioName,
  })) as {
    "gallery-thumb": Uint8Array;
    "gallery-preview": Uint8Array;
  };
  return {
    "gallery-thumb": asBuffer(images["gallery-thumb"]),
    "gallery-preview": asBuffer(images["gallery-preview"]),
  };
}

/** Ends the image process (the app stopping); the next image work starts a new one. */
export async function stopImageProcess(): Promise<void> {
  await holder.__photoImageProcess?.stop();
}
