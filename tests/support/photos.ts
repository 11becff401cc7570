import type { ObjectStorage } from "@/server/storage";
import type { ApiClient, ApiResponse } from "./api-client";

export interface UploadOptions {
  fileName?: string;
  /** The part's Content-Type as the client claims it (the server goes by content). */
  type?: string;
  photographerId?: string;
  /** The Prefer header (RFC 7240), e.g. `respond-async`. */
  prefer?: string;
}

/** POST /v1/projects/:projectId/photos as multipart/form-data, the way an API client uploads. */
export async function uploadPhoto(
  client: ApiClient,
  projectId: string,
  bytes: Uint8Array,
  { fileName = "photo.jpg", type = "image/jpeg", photographerId, prefer }: UploadOptions = {},
): Promise<ApiResponse> {
  const form = new FormData();
  if (photographerId) form.append("photographerId", photographerId);
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), fileName);
  return client.post(`/v1/projects/${projectId}/photos`, undefined, {
    headers: { ...(prefer && { prefer }) },
    rawBody: form,
  });
}

/** A file route's bytes and headers. */
export async function fetchFile(
  client: ApiClient,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await client.get(path, { headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(response.bytes) };
}

/** Whether the app's storage (a folder or an S3 bucket) holds `key`. */
export async function isStored(storage: ObjectStorage, key: string): Promise<boolean> {
  const stored = await storage.open(key);
  await stored?.body.cancel();
  return stored !== null;
}

/**
 * GET /v1/photos/:id until its processing has ended (ready or failed), polling
 * with backoff; fails after `timeoutMs`.
 */
export async function processedPhoto(
  client: ApiClient,
  photoId: string,
  timeoutMs = 60_000,
): Promise<ApiResponse> {
  const deadline = Date.now() + timeoutMs;
  let pause = 25;
  for (;;) {
    const response = await client.get(`/v1/photos/${photoId}`);
    if (response.status !== 200 || response.body.status !== "processing") return response;
    if (Date.now() > deadline) throw new Error(`photo ${photoId} is still processing`);
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 500);
  }
}
