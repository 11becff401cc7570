import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import yauzl from "yauzl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/server/db/connection";
import { requestSnapshot } from "@/server/operations/control-socket";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp, TEST_AUTH_SECRET } from "../support/app-server";
import {
  addPhotographer,
  createPackage,
  createProject,
  PASSWORD,
  signUpOperator,
  type Studio,
} from "../support/backoffice";
import { makePhoto } from "../support/images";
import { postgresServerUrl } from "../support/postgres";
import { fetchFile, uploadPhoto } from "../support/photos";

const SIZES = ["original", "preview", "thumb"] as const;

/** Runs `npm run db:backup` / `db:restore`'s script the way npm does, on `dataDir`. */
function runScript(
  script: string,
  args: string[],
  dataDir: string,
  env: Record<string, string> = {},
) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}`, ...args], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        STORAGE_URL: "",
        AUTH_SECRET: TEST_AUTH_SECRET,
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

/** Rows per table, counted straight from an embedded database folder no app is running on. */
async function rowCounts(pgliteDir: string): Promise<Record<string, number>> {
  const database = openDatabase({ kind: "pglite", dataDir: pgliteDir });
  try {
    return await database.withSession(async (session) => {
      const tables = await session.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      const counts: Record<string, number> = {};
      for (const { name } of tables) {
        const [row] = await session.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${name}"`,
        );
        counts[name] = row!.n;
      }
      return counts;
    });
  } finally {
    await database.close();
  }
}

async function readManifest(file: string): Promise<any> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (error, opened) =>
      error ? reject(error) : resolve(opened),
    ),
  );
  return new Promise((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      if (entry.fileName !== "manifest.json") return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        let text = "";
        stream.on("data", (chunk) => (text += chunk));
        stream.once("end", () => {
          zip.close();
          resolve(JSON.parse(text));
        });
      });
    });
    zip.once("end", () => reject(new Error("no manifest.json")));
    zip.readEntry();
  });
}

const photoFile = (dataDir: string, studio: Studio, projectId: string, photoId: string) =>
  path.join(dataDir, "photos", "photos", studio.id, projectId, photoId, "original");

/** original, preview, thumb, and the gallery's watermarked thumb and preview. */
const FILES_PER_PHOTO = 5;

describe.skipIf(postgresServerUrl())(
  "db:backup and db:restore (embedded database only: PostgreSQL is backed up with pg_dump)",
  () => {
    let scratch: string;
    let original: { dataDir: string; app?: RunningApp };
    let studio: Studio;
    let projectId: string;
    let ada: Awaited<ReturnType<typeof addPhotographer>>;
    const photoIds: string[] = [];
    const served = new Map<string, Buffer>();
    let backupFile: string;

    beforeAll(async () => {
      scratch = await mkdtemp(path.join(tmpdir(), "backup-restore-"));
      original = { dataDir: path.join(scratch, "original") };
      original.app = await startApp({ env: { DATA_DIR: original.dataDir } });
      const api = new ApiClient(original.app.url);
      studio = await signUpOperator(api, "Backed-up Studio");
      projectId = (await createProject(studio.client, { name: "Spring" })).id;
      const packageId = (await createPackage(studio.client, { name: "Prints", photoCount: 2 })).id;
      await studio.client.post(`/v1/projects/${projectId}/packages`, { packageId });
      const anna = (await studio.client.post(`/v1/projects/${projectId}/members`, { name: "Anna" }))
        .body.id as string;
      await studio.client.post(`/v1/projects/${projectId}/members`, { name: "Bert" });
      ada = await addPhotographer(api, studio.client, "Ada");
      await studio.client.post(`/v1/projects/${projectId}/photographers`, {
        photographerId: ada.id,
      });
      for (const seed of [1, 2, 3]) {
        const bytes = await makePhoto({ seed, width: 600, height: 400 });
        const uploaded = await uploadPhoto(ada.client, projectId, bytes, {
          fileName: `IMG_000${seed}.JPG`,
        });
        expect(uploaded.status).toBe(201);
        photoIds.push(uploaded.body.id);
      }
      for (const id of photoIds.slice(0, 2)) {
        await studio.client.put(`/v1/photos/${id}/tags`, { memberIds: [anna] });
      }
      const order = await studio.client.post(`/v1/projects/${projectId}/orders`, {
        memberId: anna,
        packageId,
        photoIds: photoIds.slice(0, 2),
      });
      expect(order.status).toBe(201);
    });

    afterAll(async () => {
      await original?.app?.stop();
      await rm(scratch, { recursive: true, force: true });
    });

    it("keeps a deleted photo's files while a backup holds the snapshot, and removes them after", async () => {
      const bytes = await makePhoto({ seed: 9, width: 600, height: 400 });
      const doomed = (await uploadPhoto(ada.client, projectId, bytes)).body.id as string;
      const file = photoFile(original.dataDir, studio, projectId, doomed);
      expect(existsSync(file)).toBe(true);

      const snapshot = await requestSnapshot(original.dataDir);
      expect(snapshot).not.toBeNull();
      expect(Buffer.from(snapshot!.tar.subarray(0, 2)).toString("hex")).toBe("1f8b"); // gzip
      expect((await studio.client.delete(`/v1/photos/${doomed}`)).status).toBe(204);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(existsSync(file)).toBe(true);

      snapshot!.release();
      const deadline = Date.now() + 10_000;
      while (existsSync(file) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(existsSync(file)).toBe(false);
    });

    it(
      "writes one archive from the running app, with every photo file",
      { timeout: 120_000 },
      async () => {
        for (const id of photoIds) {
          for (const size of SIZES) {
            const file = await fetchFile(studio.client, `/v1/photos/${id}/file?size=${size}`);
            expect(file.status).toBe(200);
            served.set(`${id}/${size}`, file.bytes);
          }
        }
        backupFile = path.join(scratch, "backup.zip");
        const backup = await runScript("db-backup.ts", [backupFile], original.dataDir);
        expect(backup.output).toContain("snapshot taken by the running app");
        expect(backup.code).toBe(0);
        expect((await stat(backupFile)).mode & 0o777).toBe(0o600);

        const manifest = await readManifest(backupFile);
        expect(manifest).toMatchObject({
          format: "photo-backoffice-backup",
          formatVersion: 1,
          photos: {
            included: true,
            storage: "folder",
            files: photoIds.length * FILES_PER_PHOTO,
            missing: [],
          },
        });
        expect(manifest.database.rowCounts).toMatchObject({
          operators: 1,
          photos: photoIds.length,
          orders: 1,
          order_photos: 2,
          members: 2,
        });
        expect(manifest.database.migrations.length).toBeGreaterThan(0);
        // The app is still serving.
        expect((await studio.client.get("/v1/projects")).status).toBe(200);
      },
    );

    it(
      "restores into an empty DATA_DIR: every row and every photo file back",
      { timeout: 180_000 },
      async () => {
        await original.app!.stop();
        original.app = undefined;
        const before = await rowCounts(path.join(original.dataDir, "pglite"));

        const restoredDir = path.join(scratch, "restored");
        const restore = await runScript("db-restore.ts", [backupFile], restoredDir);
        expect(restore.output).toContain(`photos: ${photoIds.length * FILES_PER_PHOTO} files`);
        expect(restore.code).toBe(0);

        const after = await rowCounts(path.join(restoredDir, "pglite"));
        expect(Object.keys(after).length).toBeGreaterThan(10);
        expect(after).toEqual(before);

        const restored = await startApp({ env: { DATA_DIR: restoredDir } });
        try {
          const api = new ApiClient(restored.url);
          const login = await api.post("/v1/auth/login", {
            email: studio.email,
            password: PASSWORD,
          });
          expect(login.status).toBe(200);
          const client = api.as(login.body.token);
          const projects = await client.get("/v1/projects");
          expect(projects.body.items ?? projects.body).toEqual(
            expect.arrayContaining([expect.objectContaining({ id: projectId, name: "Spring" })]),
          );
          for (const id of photoIds) {
            for (const size of SIZES) {
              const file = await fetchFile(client, `/v1/photos/${id}/file?size=${size}`);
              expect(file.status).toBe(200);
              expect(file.bytes.equals(served.get(`${id}/${size}`)!)).toBe(true);
            }
          }
        } finally {
          await restored.stop();
        }
      },
    );

    it(
      "refuses to restore over an existing database, naming its folder",
      { timeout: 60_000 },
      async () => {
        const restore = await runScript("db-restore.ts", [backupFile], original.dataDir);
        expect(restore.code).toBe(1);
        expect(restore.output).toContain(`${path.join(original.dataDir, "pglite")} is not empty`);
      },
    );

    it("backs up a stopped app by opening its database itself", { timeout: 120_000 }, async () => {
      const file = path.join(scratch, "stopped.zip");
      const backup = await runScript("db-backup.ts", [file], original.dataDir);
      expect(backup.output).toContain("snapshot taken by this process");
      expect(backup.code).toBe(0);
      const manifest = await readManifest(file);
      expect(manifest.database.rowCounts).toEqual(
        await rowCounts(path.join(original.dataDir, "pglite")),
      );
      expect(manifest.photos.files).toBe(photoIds.length * FILES_PER_PHOTO);
    });

    it(
      "points to pg_dump and pg_restore when DATABASE_URL is set",
      { timeout: 60_000 },
      async () => {
        const env = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres" };
        const backup = await runScript(
          "db-backup.ts",
          [path.join(scratch, "pg.zip")],
          scratch,
          env,
        );
        expect(backup.code).toBe(1);
        expect(backup.output).toContain("pg_dump");
        const restore = await runScript("db-restore.ts", [backupFile], scratch, env);
        expect(restore.code).toBe(1);
        expect(restore.output).toContain("pg_restore");
      },
    );
  },
);
