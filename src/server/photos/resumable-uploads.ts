import type { PrismaClient } from "@/generated/prisma/client";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { FileStore } from "@tus/file-store";
import { EVENTS, Server, type Upload } from "@tus/server";
import { getEnv } from "@/env";
import { createCaller } from "@/server/api/root";
import { type Context, createRequestContext } from "@/server/api/trpc";
import type { PhotographerCaller } from "@/server/auth/caller";
import { getDb } from "@/server/db";
import { ZClientOrder } from "@/server/domain/photos.schemas";
import { type Tenant, tenantOf } from "@/server/db/tenant";
import {
  releaseOpenUpload,
  releaseVanishedUploads,
  reserveOpenUpload,
} from "@/server/domain/open-uploads";
import { type AppError, toAppError } from "@/server/errors";
import { getLogger } from "@/server/logger";
import { sessionSubject, type CookieCarrier } from "@/server/session/cookie";
import {
  forgetUpload,
  presentUploadIds,
  sweepAbandonedUploads,
  uploadsDirectory as uploadsDirectoryOf,
} from "./abandoned-uploads";
import { privateFolderSync } from "./staging";
import { MAX_PHOTO_BYTES, PhotoUpload } from "./upload";

/**
 * Resumable photo uploads for the pages (the tus protocol, with the browser
 * session): `POST /api/uploads` with `Upload-Length` and the metadata
 * `projectId` and `filename` (and optionally `clientOrder`, where the client
 * puts the file among those it sends) creates an upload, `PATCH /api/uploads/:id`
 * sends bytes from `Upload-Offset`, `HEAD /api/uploads/:id` says how many
 * arrived, so a dropped connection resumes where it stopped. The request that
 * completes an upload files the photo through `photos.upload`, exactly as the
 * REST route does, without waiting for its processing, and answers
 * `{ photo, created }` (`photo.status` "processing" for a new photo; the page
 * follows it with `photos.get`), or the error, as `{ message }` with its status.
 *
 * Partial uploads are files in `DATA_DIR/uploads` (`<id>` and `<id>.json`,
 * the folder 0700 and the files 0600), so
 * every instance that shares that folder can continue any upload; what stays
 * per process is tus's lock, which stops two requests writing one upload at
 * once. Run several instances on one shared folder with sticky sessions (or a
 * shared locker); see the README. Uploads idle for a day are swept away
 * (`abandoned-uploads.ts`, on the job schedule). Each photographer has at most
 * MAX_OPEN_UPLOADS_PER_PHOTOGRAPHER open uploads declaring at most
 * MAX_STAGED_BYTES_PER_PHOTOGRAPHER together, reserved in the database when
 * an upload is created (`domain/open-uploads.ts`), given back when it ends.
 */

export const UPLOADS_PATH = "/api/uploads";

const TUS_HEADERS = { "Tus-Resumable": "1.0.0", "Cache-Control": "no-store" };

/** What the hooks need to know about the request they run for. */
interface UploadRequest {
  caller: PhotographerCaller;
  tenant: Tenant;
  api: ReturnType<typeof createCaller>;
  log: Context["log"];
}

/** Keyed by the very Request object tus hands back to its hooks. */
const requests = new WeakMap<Request, UploadRequest>();

/** A refusal in tus's shape: its server answers `status_code` with `body`. */
interface TusRefusal {
  status_code: number;
  body: string;
}

const refusal = (status: number, message: string, extra: object = {}): TusRefusal => ({
  status_code: status,
  body: JSON.stringify({ message, ...extra }),
});

const isRefusal = (value: unknown): value is TusRefusal =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as TusRefusal).status_code === "number" &&
  typeof (value as TusRefusal).body === "string";

const TOO_LARGE_MESSAGE = `A photo must be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB`;

/** The domain's "file: the image cannot be read (damaged?)" as a sentence of its own. */
function sentence(appError: AppError): string {
  if (appError.message.endsWith(`${MAX_PHOTO_BYTES} bytes`)) return TOO_LARGE_MESSAGE;
  const text = appError.message.replace(/^file: /, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function refusalFrom(error: unknown, request: UploadRequest): TusRefusal {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") {
    request.log.error({ err: error }, "resumable upload failed");
  }
  return refusal(appError.httpStatus, sentence(appError), {
    ...(appError.fieldErrors && { fieldErrors: appError.fieldErrors }),
  });
}

function requestOf(req: Request): UploadRequest {
  const request = requests.get(req);
  // handleUploadRequest registers every request before tus sees it.
  if (!request) throw refusal(401, "Sign in to upload photos");
  return request;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uploadMetadata(upload: Upload): {
  projectId: string;
  filename: string;
  clientOrder: string | undefined;
} {
  const projectId = upload.metadata?.projectId ?? "";
  const filename = upload.metadata?.filename ?? "";
  const clientOrder = upload.metadata?.clientOrder ?? undefined;
  if (!UUID.test(projectId)) {
    throw refusal(400, "Upload-Metadata: projectId must be a project's id", {
      fieldErrors: { projectId: ["must be a UUID"] },
    });
  }
  if (!filename.trim() || filename.length > 1000) {
    throw refusal(400, "Upload-Metadata: filename is required (the photo's file name)", {
      fieldErrors: { filename: ["is required"] },
    });
  }
  const order = clientOrder === undefined ? null : ZClientOrder.safeParse(clientOrder);
  if (order && !order.success) {
    const problem = order.error.issues[0]?.message ?? "must be a whole number from 0";
    throw refusal(400, `Upload-Metadata: clientOrder ${problem}`, {
      fieldErrors: { clientOrder: [problem] },
    });
  }
  return { projectId, filename, clientOrder };
}

/** Where resumable uploads keep their bytes: DATA_DIR/uploads. */
function uploadsDirectory(): string {
  return uploadsDirectoryOf(getEnv().dataDir);
}

/** Given back later by the sweep when this fails (the database is down, say). */
async function release(uploadId: string): Promise<void> {
  await releaseOpenUpload(getDb(), uploadId).catch((error: unknown) =>
    getLogger().warn(
      { err: error, uploadId },
      "an open upload's reservation stays until the sweep",
    ),
  );
}

/** Removes an upload's files and gives its reservation back. */
async function forget(uploadId: string): Promise<void> {
  await forgetUpload(uploadsDirectory(), uploadId);
  await release(uploadId);
}

/** A reservation younger than this may belong to an upload whose files are still being made. */
const RESERVATION_GRACE_MS = 10 * 60 * 1000;

/**
 * Removes uploads idle for a day, then gives back every reservation whose
 * upload has no files any more. Every instance sweeps; twice is harmless.
 */
export async function sweepUploads(
  db: PrismaClient,
  dataDir: string,
  now = Date.now(),
): Promise<number> {
  const directory = uploadsDirectoryOf(dataDir);
  const removed = await sweepAbandonedUploads(directory, now);
  await releaseVanishedUploads(
    db,
    await presentUploadIds(directory),
    new Date(now - RESERVATION_GRACE_MS),
  );
  return removed;
}

/**
 * tus's file store, with both files of an upload made private (0600) before
 * anything is written to them.
 */
class PrivateFileStore extends FileStore {
  constructor(private readonly folder: string) {
    super({ directory: folder });
  }

  override async create(upload: Upload): Promise<Upload> {
    for (const name of [upload.id, `${upload.id}.json`]) {
      await writeFile(path.join(this.folder, name), "", { mode: 0o600, flag: "wx" });
    }
    return super.create(upload);
  }
}

interface UploadStore {
  server: Server;
  directory: string;
}

const globalStore = globalThis as typeof globalThis & { photoUploadStore?: UploadStore };

function createUploadStore(): UploadStore {
  const directory = uploadsDirectory();
  // FileStore creates it too, but asynchronously and throwing where nobody catches.
  privateFolderSync(directory);

  const server = new Server({
    path: UPLOADS_PATH,
    datastore: new PrivateFileStore(directory),
    maxSize: MAX_PHOTO_BYTES,
    relativeLocation: true,
    // Same-origin only: no CORS headers for anyone.
    allowedOrigins: () => false,
    disableTerminationForFinishedUploads: true,

    /** HEAD, PATCH and DELETE: only the photographer who created the upload reaches it. */
    async onIncomingRequest(req, id) {
      if (req.method === "POST") return;
      const { caller } = requestOf(req);
      const upload = await server.datastore.getUpload(id).catch(() => null);
      // No such upload: tus answers 404 itself.
      if (upload && upload.metadata?.uploaderId !== caller.id) {
        throw refusal(404, "Upload not found");
      }
      // Every byte arrived, yet the upload is still here: the process filing it died (filed or
      // refused uploads are forgotten). "Complete" would make the client stop without a photo;
      // gone makes it send the photo again, and the same bytes are one photo either way.
      if (req.method === "HEAD" && upload && upload.offset === upload.size) {
        throw refusal(410, "This upload was cut off before its photo was filed; send it again");
      }
    },

    /** Before a single byte is stored: the size, the metadata, and the project. */
    async onUploadCreate(req, upload) {
      const request = requestOf(req);
      if (upload.sizeIsDeferred) {
        throw refusal(400, "Upload-Length is required: declare the photo's size");
      }
      if (upload.size === 0) throw refusal(400, "The file is empty");
      const { projectId, filename, clientOrder } = uploadMetadata(upload);
      try {
        await request.api.photographers.myProject({ id: projectId });
        await reserveOpenUpload(request.tenant, request.caller.id, {
          uploadId: upload.id,
          sizeBytes: upload.size!,
        });
      } catch (error) {
        throw refusalFrom(error, request);
      }
      return {
        metadata: {
          ...upload.metadata,
          projectId,
          filename,
          ...(clientOrder !== undefined && { clientOrder }),
          uploaderId: request.caller.id,
        },
      };
    },

    /** The last byte arrived: file the photo, answer it, and let the upload go. */
    async onUploadFinish(req, upload) {
      const request = requestOf(req);
      const filePath = upload.storage?.path ?? path.join(directory, upload.id);
      try {
        const { projectId, filename, clientOrder } = uploadMetadata(upload);
        const result = await request.api.photos.upload({
          projectId,
          upload: PhotoUpload.fromFile(
            filePath,
            filename,
            clientOrder === undefined ? {} : { clientOrder },
          ),
          respondWithinSeconds: 0,
        });
        return {
          // A creating POST keeps its 201 (and Location); a PATCH may not answer 204 with a body.
          status_code: req.method === "POST" ? 201 : 200,
          headers: { "Content-Type": "application/json; charset=utf-8" },
          body: JSON.stringify(result),
        };
      } catch (error) {
        throw isRefusal(error) ? error : refusalFrom(error, request);
      } finally {
        await forget(upload.id);
      }
    },

    /** tus's own refusals ("Maximum size exceeded\n") in the app's `{ message }` shape. */
    onResponseError(req, error) {
      if (isRefusal(error) && error.body.startsWith("{")) return error;
      const log = requests.get(req)?.log ?? getLogger();
      if (!isRefusal(error)) {
        log.error({ err: error }, "resumable upload failed");
        return refusal(500, "Something went wrong on our side. Please try again.");
      }
      const text = error.body.trim();
      // A write cut off by the client's own disconnect ends here too: worth a warning only.
      if (error.status_code >= 500)
        log.warn({ status: error.status_code, tus: text }, "resumable upload: a write failed");
      if (text === "Maximum size exceeded") return refusal(413, TOO_LARGE_MESSAGE);
      return refusal(error.status_code, text);
    },
  });

  // DELETE /api/uploads/:id: the files are gone, and so is the reservation.
  server.on(EVENTS.POST_TERMINATE, (_req, _res, id: string) => void release(id));

  // Abandoned uploads are removed by a scheduled job (maintenance.purgeAbandonedUploads).
  return { server, directory };
}

/** One tus server per process (and per DATA_DIR), made on first use, never at build time. */
function uploadStore(): UploadStore {
  globalStore.photoUploadStore ??= createUploadStore();
  return globalStore.photoUploadStore;
}

function answer(status: number, message: string): Response {
  return Response.json({ message }, { status, headers: TUS_HEADERS });
}

/** Every request to /api/uploads: the session first, then tus. */
export async function handleUploadRequest(req: Request & CookieCarrier): Promise<Response> {
  const context = createRequestContext({
    headers: req.headers,
    audiences: [],
    sessionSubject: () => sessionSubject(req),
  });
  let caller;
  try {
    caller = await context.getCaller();
  } catch (error) {
    context.log.error({ err: error }, "resumable upload: the session could not be checked");
    return answer(503, "Uploads are unavailable for a moment. Please try again.");
  }
  if (!caller) return answer(401, "Sign in to upload photos");
  if (caller.role !== "photographer") {
    return answer(
      403,
      "Resumable uploads are for photographers; a studio uploads with POST /v1/projects/:projectId/photos",
    );
  }
  requests.set(req, {
    caller,
    tenant: tenantOf(context.db, caller.operatorId),
    api: createCaller(context),
    log: context.log,
  });

  const response = await uploadStore().server.handleWeb(req);
  const headers = new Headers(response.headers);
  if (response.status >= 400) headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Cache-Control", "no-store");
  // Next.js manages connections itself; tus's "Connection: close" after an abort is not ours to send.
  headers.delete("Connection");
  return new Response(response.body, { status: response.status, headers });
}
