import { spawnSync } from "node:child_process";
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { hostname } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MAX_OPEN_UPLOADS_PER_PHOTOGRAPHER,
  MAX_STAGED_BYTES_PER_PHOTOGRAPHER,
} from "@/server/domain/open-uploads";
import { MAX_PHOTO_BYTES } from "@/server/photos/upload";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { addPhotographer, createProject, signUpOperator } from "../support/backoffice";
import { browserSessionCookie } from "../support/browser-session";
import { makeHugePng, makePhoto } from "../support/images";
import { uploadPhoto } from "../support/photos";
import { type SharedApp, sharedApp } from "../support/shared-app";

/**
 * Hostile uploads against the server's memory and disk: an image whose header
 * claims more pixels than any camera makes is refused before it is decoded,
 * on both upload paths; a photographer cannot stage unlimited resumable
 * uploads; and what waits on disk is private and swept after a crash.
 */

let app: SharedApp;
let api: ApiClient;
let studio: Awaited<ReturnType<typeof signUpOperator>>;
let projectId: string;

interface Photographer {
  id: string;
  client: ApiClient;
  cookie: string;
}

async function photographer(name: string): Promise<Photographer> {
  const added = await addPhotographer(api, studio.client, name);
  const assigned = await studio.client.post(`/v1/projects/${projectId}/photographers`, {
    photographerId: added.id,
  });
  expect(assigned.status).toBe(204);
  return { ...added, cookie: await browserSessionCookie(app.url, added.email) };
}

let ada: Photographer;

beforeAll(async () => {
  app = sharedApp();
  api = new ApiClient(app.url);
  studio = await signUpOperator(api, "Limits Studio");
  projectId = (await createProject(studio.client, { name: "Limits" })).id;
  ada = await photographer("Ada Limits");
});

const b64 = (text: string) => Buffer.from(text).toString("base64");
const tus = (cookie: string, extra: Record<string, string> = {}) => ({
  "tus-resumable": "1.0.0",
  cookie,
  ...extra,
});

function createUpload(who: Photographer, length: number, filename = "photo.png") {
  return fetch(`${app.url}/api/uploads`, {
    method: "POST",
    headers: tus(who.cookie, {
      "upload-length": String(length),
      "upload-metadata": `projectId ${b64(projectId)},filename ${b64(filename)}`,
    }),
  });
}

async function created(response: Response): Promise<string> {
  expect(response.status, await response.clone().text()).toBe(201);
  return `${app.url}${response.headers.get("location")}`;
}

function patch(who: Photographer, url: string, bytes: Uint8Array) {
  return fetch(url, {
    method: "PATCH",
    headers: tus(who.cookie, {
      "upload-offset": "0",
      "content-type": "application/offset+octet-stream",
    }),
    body: bytes as BodyInit,
  });
}

const cancel = (who: Photographer, url: string) =>
  fetch(url, { method: "DELETE", headers: tus(who.cookie) });

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

describe("an image of more pixels than a camera makes", () => {
  // 16383 x 16383: 268 megapixels in a file of about 30 KB.
  const bomb = makeHugePng(16383, 16383);

  it("is refused through POST /v1/projects/:id/photos with 413 naming the limit, and a photo still goes in", async () => {
    expect(bomb.byteLength).toBeLessThan(100_000);
    const refused = await uploadPhoto(ada.client, projectId, bomb, { fileName: "bomb.png" });
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: "file: the image is larger than 120 megapixels",
    });

    const photo = await uploadPhoto(ada.client, projectId, await makePhoto({ seed: 71 }));
    expect(photo.status).toBe(201);
    const list = await ada.client.get(`/v1/projects/${projectId}/photos?limit=200`);
    expect(list.body.items.map((p: { fileName: string }) => p.fileName)).toEqual(["photo.jpg"]);
  });

  it("is refused through a resumable upload with 413 naming the limit, and the upload is let go", async () => {
    const url = await created(await createUpload(ada, bomb.byteLength, "bomb.png"));
    const refused = await patch(ada, url, bomb);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({
      message: "The image is larger than 120 megapixels",
      fieldErrors: { file: ["must be at most 120 megapixels"] },
    });
    expect((await fetch(url, { method: "HEAD", headers: tus(ada.cookie) })).status).toBe(404);

    const bytes = await makePhoto({ seed: 72, width: 900, height: 600 });
    const filed = await patch(ada, await created(await createUpload(ada, bytes.byteLength)), bytes);
    expect(filed.status).toBe(200);
  });
});

describe("open resumable uploads", () => {
  it(`are at most ${MAX_OPEN_UPLOADS_PER_PHOTOGRAPHER} per photographer, counted once however many arrive at once`, async () => {
    const ben = await photographer("Ben Many");
    const attempts = await Promise.all(
      Array.from({ length: MAX_OPEN_UPLOADS_PER_PHOTOGRAPHER + 5 }, () => createUpload(ben, 1000)),
    );
    const statuses = attempts.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(
      MAX_OPEN_UPLOADS_PER_PHOTOGRAPHER,
    );
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
    const refusal = (await attempts.find((response) => response.status === 429)!.json()) as {
      message: string;
    };
    expect(refusal.message).toMatch(/20 unfinished uploads, the most a photographer may have open/);

    // Another photographer is not held up by Ben's.
    expect((await createUpload(ada, 1000)).status).toBe(201);

    // A cancelled upload gives its place back; so does a finished one.
    const open = attempts.filter((response) => response.status === 201);
    expect((await cancel(ben, await created(open[0]!))).status).toBe(204);
    const bytes = await makePhoto({ seed: 73, width: 600, height: 400 });
    const next = await created(await createUpload(ben, bytes.byteLength));
    expect((await createUpload(ben, 1000)).status).toBe(429);
    expect((await patch(ben, next, bytes)).status).toBe(200);
    expect((await createUpload(ben, 1000)).status).toBe(201);
  });

  it(`declare at most ${MAX_STAGED_BYTES_PER_PHOTOGRAPHER / 1024 / 1024} MB together per photographer`, async () => {
    const cleo = await photographer("Cleo Large");
    const fit = MAX_STAGED_BYTES_PER_PHOTOGRAPHER / MAX_PHOTO_BYTES;
    expect(Number.isInteger(fit) && fit < MAX_OPEN_UPLOADS_PER_PHOTOGRAPHER).toBe(true);
    for (let index = 0; index < fit; index++) {
      expect((await createUpload(cleo, MAX_PHOTO_BYTES)).status).toBe(201);
    }
    const over = await createUpload(cleo, 1);
    expect(over.status).toBe(429);
    expect(((await over.json()) as { message: string }).message).toMatch(
      /would hold more than 500 MB/,
    );
  });
});

describe("what waits on disk", () => {
  it("is readable by the app's user alone: folders 0700, files 0600", async () => {
    // A resumable upload: both of its files, and their folder.
    const url = await created(await createUpload(ada, 5000));
    const id = new URL(url).pathname.split("/").pop()!;
    const uploads = path.join(app.dataDir, "uploads");
    expect(await modeOf(uploads)).toBe(0o700);
    expect(await modeOf(path.join(uploads, id))).toBe(0o600);
    expect(await modeOf(path.join(uploads, `${id}.json`))).toBe(0o600);
    await cancel(ada, url);

    // A multipart upload half sent: its staged file, and the folders above it.
    const boundary = "----limits-test";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.jpg"\r\n` +
        "Content-Type: image/jpeg\r\n\r\n",
    );
    const request = httpRequest(`${app.url}/v1/projects/${projectId}/photos`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${ada.client.token}`,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(head.byteLength + 200_000),
      },
    });
    request.on("error", () => undefined);
    request.write(Buffer.concat([head, Buffer.alloc(100_000, 1)]));
    const staging = path.join(app.dataDir, "staging");
    const stagedFiles = async () => {
      const folders = await readdir(staging).catch(() => []);
      const files = await Promise.all(
        folders.map(async (folder) =>
          (await readdir(path.join(staging, folder)).catch(() => [])).map((name) =>
            path.join(staging, folder, name),
          ),
        ),
      );
      return files.flat();
    };
    await expect.poll(stagedFiles, { timeout: 20_000 }).toHaveLength(1);
    const [file] = await stagedFiles();
    // Read while the upload is still arriving: once it is cut off, its file goes.
    const modes = [await modeOf(staging), await modeOf(path.dirname(file!)), await modeOf(file!)];
    request.destroy();
    expect(modes).toEqual([0o700, 0o700, 0o600]);
  });
});

describe("the staging folder at start", () => {
  let own: RunningApp;
  beforeAll(async () => {
    own = await startApp();
  });
  afterAll(() => own?.stop());

  it("is swept of what a crashed process left, before the first request", async () => {
    const staging = path.join(own.dataDir, "staging");
    const { pid: crashed } = spawnSync(process.execPath, ["-e", ""]);
    const left = path.join(staging, `${hostname()}-${crashed}`);
    await mkdir(left, { recursive: true });
    await writeFile(path.join(left, "9c1d-half-received"), Buffer.alloc(4096));
    await writeFile(path.join(staging, "stray"), "x");

    own = await own.restart();
    expect(await readdir(staging)).toEqual([]);
    expect(await modeOf(staging)).toBe(0o700);
  }, 120_000);
});
