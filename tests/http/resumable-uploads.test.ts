import { createHash } from "node:crypto";
import { appendFile, stat } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_PHOTO_BYTES } from "@/server/photos/upload";
import { ApiClient } from "../support/api-client";
import { type SharedApp, sharedApp } from "../support/shared-app";
import { addPhotographer, createProject, signUpOperator } from "../support/backoffice";
import { browserSessionCookie } from "../support/browser-session";
import { makeCardPhoto, makePhoto } from "../support/images";
import { processedPhoto } from "../support/photos";

/**
 * The tus endpoint the portal uploads through, spoken by hand over HTTP: an
 * upload cut off half-way resumes from the offset the server reports, and
 * the request that completes it answers the filed photo at once (processing
 * follows; the page polls it); everything refused is refused before a byte is
 * stored.
 */

let app: SharedApp;
let api: ApiClient;
let studio: Awaited<ReturnType<typeof signUpOperator>>;
let photographer: Awaited<ReturnType<typeof addPhotographer>>;
let project: { id: string };
let otherProject: { id: string };
let cookie: string;

beforeAll(async () => {
  app = sharedApp();
  api = new ApiClient(app.url);
  studio = await signUpOperator(api, "Upload Studio");
  photographer = await addPhotographer(api, studio.client, "Uma Uploader");
  project = await createProject(studio.client, { name: "Spring Shoot", timezone: "Europe/Berlin" });
  otherProject = await createProject(studio.client, { name: "Not Yours" });
  const assigned = await studio.client.post(`/v1/projects/${project.id}/photographers`, {
    photographerId: photographer.id,
  });
  expect(assigned.status).toBeLessThan(300);
  cookie = await browserSessionCookie(app.url, photographer.email);
});

const b64 = (text: string) => Buffer.from(text).toString("base64");
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function tusHeaders(session: string | null, extra: Record<string, string> = {}) {
  return { "tus-resumable": "1.0.0", ...(session && { cookie: session }), ...extra };
}

/** POST /api/uploads: creates an upload of `length` bytes. */
function createUpload(
  length: number,
  metadata: Record<string, string>,
  session: string | null = cookie,
) {
  return fetch(`${app.url}/api/uploads`, {
    method: "POST",
    headers: tusHeaders(session, {
      "upload-length": String(length),
      "upload-metadata": Object.entries(metadata)
        .map(([key, value]) => `${key} ${b64(value)}`)
        .join(","),
    }),
  });
}

async function created(response: Response): Promise<string> {
  expect(response.status, await response.clone().text()).toBe(201);
  const location = response.headers.get("location");
  expect(location).toMatch(/^\/api\/uploads\/[0-9a-f]+$/);
  return `${app.url}${location}`;
}

function patch(url: string, offset: number, bytes: Uint8Array, session = cookie) {
  return fetch(url, {
    method: "PATCH",
    headers: tusHeaders(session, {
      "upload-offset": String(offset),
      "content-type": "application/offset+octet-stream",
    }),
    body: bytes as BodyInit,
  });
}

async function offsetOf(url: string, session = cookie): Promise<number> {
  const head = await fetch(url, { method: "HEAD", headers: tusHeaders(session) });
  expect(head.status).toBe(200);
  return Number(head.headers.get("upload-offset"));
}

/** Where the server keeps an upload's bytes as they arrive (`DATA_DIR/uploads/<id>`). */
const partialFile = (url: string) =>
  path.join(app.dataDir, "uploads", new URL(url).pathname.split("/").pop()!);

/**
 * Starts a PATCH that announces every remaining byte, sends only `sent` of
 * them, and drops the connection, as a train going into a tunnel would.
 */
async function interruptedPatch(url: string, bytes: Uint8Array, sent: number) {
  const request = httpRequest(url, {
    method: "PATCH",
    headers: tusHeaders(cookie, {
      "upload-offset": "0",
      "content-type": "application/offset+octet-stream",
      "content-length": String(bytes.byteLength),
    }),
  });
  request.on("error", () => undefined);
  await new Promise<void>((resolve, reject) =>
    request.write(bytes.subarray(0, sent), (error) => (error ? reject(error) : resolve())),
  );
  // The line goes dead once the server has stored every byte that was sent.
  await expect
    .poll(() => stat(partialFile(url)).then((file) => file.size), { timeout: 20_000 })
    .toBe(sent);
  request.destroy();
}

describe("a resumable upload", () => {
  it("resumes after a dropped connection from the offset HEAD reports, and answers the photo", async () => {
    const bytes = await makePhoto({
      width: 2400,
      height: 1600,
      seed: 11,
      takenAt: "2030:05:04 10:15:00",
    });
    const url = await created(
      await createUpload(bytes.byteLength, { projectId: project.id, filename: "IMG_0001.JPG" }),
    );
    expect(await offsetOf(url)).toBe(0);

    const sent = Math.floor(bytes.byteLength / 2);
    await interruptedPatch(url, bytes, sent);
    // The server keeps what arrived, and says so.
    const offset = await offsetOf(url);
    expect(offset).toBe(sent);

    const finished = await patch(url, offset, bytes.subarray(offset));
    expect(finished.status).toBe(200);
    expect(finished.headers.get("upload-offset")).toBe(String(bytes.byteLength));
    expect(finished.headers.get("content-type")).toContain("application/json");
    const result = (await finished.json()) as { photo: Record<string, unknown>; created: boolean };
    expect(result.created).toBe(true);
    // Answered as soon as it is filed: the page follows its processing.
    expect(result.photo).toMatchObject({
      projectId: project.id,
      photographerId: photographer.id,
      fileName: "IMG_0001.JPG",
      contentType: "image/jpeg",
      sizeBytes: bytes.byteLength,
      sha256: sha256(bytes), // every byte arrived, in order, once
      status: "processing",
    });

    // It is the photo the REST API knows, processed, with its files.
    const stored = await processedPhoto(photographer.client, String(result.photo.id));
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      sha256: sha256(bytes),
      status: "ready",
      width: 2400,
      height: 1600,
      takenAt: "2030-05-04T08:15:00.000Z",
      kind: "photo",
    });
    const thumb = await fetch(`${app.url}/api/photos/${String(result.photo.id)}/file?size=thumb`, {
      headers: { cookie },
    });
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get("content-type")).toBe("image/jpeg");

    // The finished upload is gone from the server.
    const gone = await fetch(url, { method: "HEAD", headers: tusHeaders(cookie) });
    expect(gone.status).toBe(404);
  });

  it("keeps the file's name as sent, and answers the photo already there for the same bytes sent again", async () => {
    const bytes = await makePhoto({ seed: 12, width: 600, height: 400 });
    const first = await created(
      await createUpload(bytes.byteLength, {
        projectId: project.id,
        filename: "Zoë – Ostseeblick.jpg",
      }),
    );
    const firstPhoto = (await (await patch(first, 0, bytes)).json()) as {
      photo: { id: string; fileName: string };
      created: boolean;
    };
    expect(firstPhoto.created).toBe(true);
    expect(firstPhoto.photo.fileName).toBe("Zoë – Ostseeblick.jpg");
    const again = await created(
      await createUpload(bytes.byteLength, { projectId: project.id, filename: "a copy.jpg" }),
    );
    const response = await patch(again, 0, bytes);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      created: false,
      photo: { id: firstPhoto.photo.id },
    });
  });

  it("files a photo of a member's card as that member's card", async () => {
    const member = await studio.client.post(`/v1/projects/${project.id}/members`, {
      name: "Ada Lovelace",
    });
    expect(member.status).toBe(201);
    const bytes = await makeCardPhoto(member.body.accessCode as string, {
      width: 1800,
      height: 1200,
      seed: 13,
    });
    const url = await created(
      await createUpload(bytes.byteLength, { projectId: project.id, filename: "card.jpg" }),
    );
    const response = await patch(url, 0, bytes);
    expect(response.status).toBe(200);
    const { photo } = (await response.json()) as { photo: { id: string; status: string } };
    expect(photo.status).toBe("processing");
    expect((await processedPhoto(photographer.client, photo.id)).body).toMatchObject({
      status: "ready",
      kind: "card",
      cardMemberId: member.body.id,
    });
  });

  it("answers HEAD 410 for an upload whose bytes all arrived but whose photo was never filed, so the client sends it again", async () => {
    const bytes = await makePhoto({ seed: 15, width: 900, height: 600 });
    const url = await created(
      await createUpload(bytes.byteLength, { projectId: project.id, filename: "IMG_0099.JPG" }),
    );
    const allButOne = bytes.subarray(0, bytes.byteLength - 1);
    expect((await patch(url, 0, allButOne)).status).toBe(204);
    // What a process killed between storing the last byte and filing the photo leaves on disk.
    await appendFile(partialFile(url), bytes.subarray(-1));

    const head = await fetch(url, { method: "HEAD", headers: tusHeaders(cookie) });
    expect(head.status).toBe(410);
    const again = await created(
      await createUpload(bytes.byteLength, { projectId: project.id, filename: "IMG_0099.JPG" }),
    );
    const filed = await patch(again, 0, bytes);
    expect(filed.status).toBe(200);
    const { photo } = (await filed.json()) as { photo: { sha256: string } };
    expect(photo.sha256).toBe(sha256(bytes));
  });

  it("answers 415 with a message for a file that is not an image, and 400 for a damaged one", async () => {
    const text = Buffer.from("shot list: class 4b, then the choir\n".repeat(20));
    const notImage = await created(
      await createUpload(text.byteLength, { projectId: project.id, filename: "shot-list.txt" }),
    );
    const refused = await patch(notImage, 0, text);
    expect(refused.status).toBe(415);
    expect(refused.headers.get("content-type")).toContain("application/json");
    expect(((await refused.json()) as { message: string }).message).toMatch(
      /^Must be a JPEG, PNG or WebP image/,
    );

    const photo = await makePhoto({ seed: 14, width: 800, height: 600 });
    const damaged = photo.subarray(0, 400); // a JPEG header with nothing after it
    const cutOff = await created(
      await createUpload(damaged.byteLength, { projectId: project.id, filename: "cut.jpg" }),
    );
    // It passes the upload's checks (a JPEG by its first bytes): filed, then failed in processing.
    const broken = await patch(cutOff, 0, damaged);
    expect(broken.status).toBe(200);
    const filed = (await broken.json()) as { photo: { id: string } };
    const failed = await processedPhoto(photographer.client, filed.photo.id);
    expect(failed.body.status).toBe("failed");
    expect(failed.body.processingError).toMatch(/damaged/);

    // Neither left anything behind to resume.
    for (const url of [notImage, cutOff]) {
      expect((await fetch(url, { method: "HEAD", headers: tusHeaders(cookie) })).status).toBe(404);
    }
  });
});

describe("the order the page started the uploads", () => {
  it("is sent as clientOrder and orders photos without capture times or file numbers", async () => {
    const shoot = await createProject(studio.client, { name: "Undated", timezone: "UTC" });
    await studio.client.post(`/v1/projects/${shoot.id}/photographers`, {
      photographerId: photographer.id,
    });
    const member = await studio.client.post(`/v1/projects/${shoot.id}/members`, { name: "Ida" });
    expect(member.status).toBe(201);
    const card = await makeCardPhoto(member.body.accessCode as string, {
      seed: 41,
      width: 1200,
      height: 800,
      cardFraction: 0.2,
    });
    // The page started the card first; it arrives (and is processed) last.
    const arrivals = [
      {
        filename: "portrait-b.jpg",
        clientOrder: "1765000000002",
        bytes: await makePhoto({ seed: 42, width: 400, height: 300 }),
      },
      {
        filename: "portrait-a.jpg",
        clientOrder: "1765000000001",
        bytes: await makePhoto({ seed: 43, width: 400, height: 300 }),
      },
      { filename: "the-card.jpg", clientOrder: "1765000000000", bytes: card },
    ];
    const ids: Record<string, string> = {};
    for (const { filename, clientOrder, bytes } of arrivals) {
      const url = await created(
        await createUpload(bytes.byteLength, { projectId: shoot.id, filename, clientOrder }),
      );
      const finished = await patch(url, 0, bytes);
      expect(finished.status).toBe(200);
      const { photo } = (await finished.json()) as { photo: { id: string } };
      const processed = await processedPhoto(photographer.client, photo.id);
      expect(processed.body).toMatchObject({ status: "ready", takenAt: null });
      ids[filename] = photo.id;
    }
    const list = await studio.client.get(`/v1/projects/${shoot.id}/photos?limit=10`);
    const tagsOf = Object.fromEntries(
      (list.body.items as { fileName: string; kind: string; tags: { name: string }[] }[]).map(
        (photo) => [
          photo.fileName,
          photo.kind === "card" ? "card" : photo.tags.map((t) => t.name).join(","),
        ],
      ),
    );
    expect(tagsOf).toEqual({
      "the-card.jpg": "card",
      "portrait-a.jpg": "Ida",
      "portrait-b.jpg": "Ida",
    });
  });

  it("refuses a clientOrder that is no whole number before a byte is stored", async () => {
    const response = await createUpload(1000, {
      projectId: project.id,
      filename: "x.jpg",
      clientOrder: "first",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.json()).toMatchObject({
      message: "Upload-Metadata: clientOrder must be a whole number from 0",
      fieldErrors: { clientOrder: ["must be a whole number from 0"] },
    });
  });
});

describe("refusals before any byte is stored", () => {
  it("refuses a caller without a session", async () => {
    const response = await createUpload(1000, { projectId: project.id, filename: "x.jpg" }, null);
    expect(response.status).toBe(401);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.json()).toEqual({ message: "Sign in to upload photos" });
  });

  it("refuses a project the photographer is not assigned to, as not found", async () => {
    const response = await createUpload(1000, { projectId: otherProject.id, filename: "x.jpg" });
    expect(response.status).toBe(404);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.json()).toMatchObject({ message: "Project not found" });

    // Also when the bytes come with the creating request (creation-with-upload).
    const bytes = await makePhoto({ seed: 15, width: 300, height: 200 });
    const withBody = await fetch(`${app.url}/api/uploads`, {
      method: "POST",
      headers: tusHeaders(cookie, {
        "upload-length": String(bytes.byteLength),
        "upload-metadata": `projectId ${b64(otherProject.id)},filename ${b64("x.jpg")}`,
        "content-type": "application/offset+octet-stream",
      }),
      body: bytes as BodyInit,
    });
    expect(withBody.status).toBe(404);
    const list = await photographer.client.get(`/v1/projects/${otherProject.id}/photos`);
    expect(list.status).toBe(404);
  });

  it("refuses a declared length over 50 MB", async () => {
    const response = await createUpload(MAX_PHOTO_BYTES + 1, {
      projectId: project.id,
      filename: "huge.tif",
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ message: "A photo must be at most 50 MB" });
    const atLimit = await createUpload(MAX_PHOTO_BYTES, {
      projectId: project.id,
      filename: "big.jpg",
    });
    expect(atLimit.status).toBe(201);
  });

  it("refuses an upload without its metadata or its length", async () => {
    const noProject = await createUpload(1000, { filename: "x.jpg" });
    expect(noProject.status).toBe(400);
    expect(((await noProject.json()) as { message: string }).message).toMatch(/projectId/);
    const noName = await createUpload(1000, { projectId: project.id });
    expect(noName.status).toBe(400);
    const deferred = await fetch(`${app.url}/api/uploads`, {
      method: "POST",
      headers: tusHeaders(cookie, {
        "upload-defer-length": "1",
        "upload-metadata": `projectId ${b64(project.id)},filename ${b64("x.jpg")}`,
      }),
    });
    expect(deferred.status).toBe(400);
  });

  it("refuses a studio's session: studios upload over the REST API", async () => {
    const operatorCookie = await browserSessionCookie(app.url, studio.email);
    const response = await createUpload(
      1000,
      { projectId: project.id, filename: "x.jpg" },
      operatorCookie,
    );
    expect(response.status).toBe(403);
  });

  it("keeps an upload to the photographer who started it", async () => {
    const colleague = await addPhotographer(api, studio.client, "Cal Colleague");
    await studio.client.post(`/v1/projects/${project.id}/photographers`, {
      photographerId: colleague.id,
    });
    const colleagueCookie = await browserSessionCookie(app.url, colleague.email);
    const bytes = await makePhoto({ seed: 16, width: 300, height: 200 });
    const url = await created(
      await createUpload(bytes.byteLength, { projectId: project.id, filename: "mine.jpg" }),
    );
    const peek = await fetch(url, { method: "HEAD", headers: tusHeaders(colleagueCookie) });
    expect(peek.status).toBe(404);
    expect((await patch(url, 0, bytes, colleagueCookie)).status).toBe(404);
    expect((await fetch(url, { method: "HEAD", headers: tusHeaders(null) })).status).toBe(401);
    // Untouched: the owner still finishes it.
    expect(await offsetOf(url)).toBe(0);
    expect((await patch(url, 0, bytes)).status).toBe(200);
  });
});
