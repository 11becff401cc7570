import { readdir, utimes } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { photoIdOfObjectKey, storageFromUrl } from "@/server/storage";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { addPhotographer, createProject, signUpOperator } from "../support/backoffice";
import { makePhoto } from "../support/images";
import { fetchFile, processedPhoto, uploadPhoto } from "../support/photos";
import { postgresServerUrl } from "../support/postgres";
import { type LocalS3, startLocalS3 } from "../support/s3";

/**
 * The app killed with SIGKILL in the middle of a batch of uploads, then
 * started again on the same data: every photo it knows ends processed (the
 * processing jobs cut off by the kill are taken up again once their worker's
 * heartbeat has stopped) with its files, no file is left without its photo
 * once the start-up sweep has run, and sending the whole batch again completes
 * it. The folder store's app dies while uploads are still arriving; the S3
 * store's, answering each upload at once (`Prefer: respond-async`), while it is
 * processing them.
 */

/** What a processed photo (not a card) has in storage. */
const FILES_PER_PHOTO = 5;

const BATCH = 12;
let photos: Buffer[];

beforeAll(async () => {
  photos = await Promise.all(
    Array.from({ length: BATCH }, (_, index) =>
      makePhoto({ width: 1200, height: 800, seed: 300 + index }),
    ),
  );
});

/** Every file under `folder`, to set back in time. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * On PostgreSQL the sweep spares files younger than its grace period (another
 * instance may be uploading them): let two hours pass for the files.
 */
async function ageFiles(folder: string) {
  const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
  for (const file of await filesUnder(folder)) await utimes(file, twoHoursAgo, twoHoursAgo);
}

async function sweepReport(app: RunningApp): Promise<{ msg: string; removed: number }> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const line = app
      .output()
      .split("\n")
      .find((text) => text.includes("orphaned photo files"));
    if (line) return JSON.parse(line) as { msg: string; removed: number };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the orphan sweep did not report:\n${app.output()}`);
}

interface Store {
  name: string;
  /** STORAGE_URL, when not the default folder in DATA_DIR. */
  url?: string;
  /** Where the store keeps its files on this machine. */
  folder(app: RunningApp): string;
  /** Arms the kill: `kill` runs when the store says it is time. */
  killWhen(firstResponse: Promise<void>, kill: () => void): void;
  /** The uploads' Prefer header: answered at once (202) while the photos are processed. */
  prefer?: string;
}

let s3: LocalS3 | undefined;
afterAll(() => s3?.stop());

const stores: (() => Promise<Store>)[] = [
  async () => ({
    name: "the folder store",
    folder: (app) => path.join(app.dataDir, "photos"),
    killWhen: (firstResponse, kill) => void firstResponse.then(kill),
  }),
  async () => {
    s3 = await startLocalS3();
    const local = s3;
    return {
      name: "an S3 bucket",
      url: local.url,
      folder: () => local.directory,
      prefer: "respond-async",
      // The first file processing stores after a photo was answered (202 at once): its job, and
      // those of the photos behind it, are cut off half way and must be taken up again.
      killWhen(firstResponse, kill) {
        let armed = false;
        void firstResponse.then(() => (armed = true));
        local.onObjectCreated((key) => {
          if (armed && !key.endsWith("/original")) {
            kill();
            armed = false;
          }
        });
      },
    };
  },
];

describe.each(stores.map((make, index) => [index === 0 ? "folder" : "S3", make] as const))(
  "an upload batch cut off by SIGKILL (%s store)",
  (_name, makeStore) => {
    let store: Store;
    let app: RunningApp;
    afterAll(() => app?.stop());

    beforeAll(async () => {
      store = await makeStore();
      // One process, killed: what it leaves behind is the subject, not several instances.
      app = await startApp({
        instances: 1,
        env: { LOG_LEVEL: "info", ...(store.url && { STORAGE_URL: store.url }) },
      });
    });

    it("leaves every photo with its files and no file without its photo, and a retry completes it", async () => {
      const api = new ApiClient(app.url);
      const studio = await signUpOperator(api, "Crash Studio");
      const project = await createProject(studio.client, { name: "Crash day" });
      const photographer = await addPhotographer(api, studio.client, "Kim");
      const assigned = await studio.client.post(`/v1/projects/${project.id}/photographers`, {
        photographerId: photographer.id,
      });
      expect(assigned.status).toBe(204);

      // The batch, all at once; the app dies while most of it is still in flight.
      let answered!: () => void;
      const firstResponse = new Promise<void>((resolve) => (answered = resolve));
      const pid = app.process.pid!;
      let killed = false;
      let died!: () => void;
      const death = new Promise<void>((resolve) => (died = resolve));
      store.killWhen(firstResponse, () => {
        if (killed) return;
        killed = true;
        process.kill(pid, "SIGKILL");
        died();
      });
      const sent = await Promise.allSettled(
        photos.map(async (bytes, index) => {
          const response = await uploadPhoto(photographer.client, project.id, bytes, {
            fileName: `IMG_${1000 + index}.JPG`,
            prefer: store.prefer,
          });
          answered();
          return response;
        }),
      );
      // Answered at once, the photos are processed afterwards: the kill comes during that.
      await Promise.race([
        death,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error("the app was not killed within a minute")), 60_000),
        ),
      ]);
      expect(killed).toBe(true);
      const filedBeforeTheCrash = sent.filter(
        (result) => result.status === "fulfilled" && [201, 202].includes(result.value.status),
      ).length;
      const cutOff = sent.filter((result) => result.status === "rejected").length;
      expect(filedBeforeTheCrash).toBeGreaterThan(0);
      expect(filedBeforeTheCrash + cutOff).toBe(BATCH);
      // Without Prefer the folder store's app died with uploads still arriving.
      if (!store.prefer) expect(cutOff).toBeGreaterThan(0);

      if (postgresServerUrl()) await ageFiles(store.folder(app));
      app = await app.restart();
      const sweep = await sweepReport(app);
      expect(sweep.msg).toBe("orphaned photo files swept");

      const restarted = new ApiClient(app.url, photographer.token);
      const storage = storageFromUrl(store.url, app.dataDir);

      /** Each photo the app lists ends ready with its files, and the store holds nothing else. */
      async function expectPhotosWithTheirFiles() {
        const list = await restarted.get(`/v1/projects/${project.id}/photos?limit=100`);
        expect(list.status).toBe(200);
        const ids = new Set<string>(list.body.items.map((photo: { id: string }) => photo.id));
        for (const id of ids) {
          expect((await processedPhoto(restarted, id)).body.status, id).toBe("ready");
          for (const size of ["original", "preview", "thumb"]) {
            const file = await fetchFile(restarted, `/v1/photos/${id}/file?size=${size}`);
            expect(file.status, `${size} of ${id}`).toBe(200);
            expect(file.bytes.byteLength).toBeGreaterThan(0);
          }
        }
        const keys: string[] = [];
        for await (const object of storage.list("")) keys.push(object.key);
        const strays = keys.filter((key) => !ids.has(photoIdOfObjectKey(key) ?? ""));
        expect(strays).toEqual([]);
        expect(keys).toHaveLength(ids.size * FILES_PER_PHOTO);
        return ids;
      }

      const survivors = await expectPhotosWithTheirFiles();
      expect(survivors.size).toBeGreaterThanOrEqual(filedBeforeTheCrash);

      const retried = await Promise.all(
        photos.map((bytes, index) =>
          uploadPhoto(restarted, project.id, bytes, { fileName: `IMG_${1000 + index}.JPG` }),
        ),
      );
      for (const response of retried) expect([200, 201], response.text).toContain(response.status);
      expect(retried.filter((response) => response.status === 200)).toHaveLength(survivors.size);

      const all = await expectPhotosWithTheirFiles();
      expect(all.size).toBe(BATCH);
    }, 300_000);
  },
);
