import { spawnSync } from "node:child_process";
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { privateFolder, stagingFolder, sweepStaging } from "./staging";

let root: string;
beforeEach(async () => {
  root = path.join(await mkdtemp(path.join(tmpdir(), "staging-test-")), "staging");
});
afterEach(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

/** The id of a process that has just exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ["-e", ""]);
  return pid!;
}

async function stagedFile(folder: string): Promise<string> {
  await mkdir(path.join(root, folder), { recursive: true });
  const file = path.join(root, folder, "f1b2c3d4-photo");
  await writeFile(file, "half a photo");
  return file;
}

describe("the staging folder", () => {
  it("is this user's alone: 0700, even where it existed with wider rights", async () => {
    await mkdir(root, { recursive: true, mode: 0o755 });
    await chmod(root, 0o755);
    const own = await stagingFolder(root);
    expect(path.dirname(own)).toBe(root);
    expect(path.basename(own)).toBe(`${hostname()}-${process.pid}`);
    expect(await modeOf(root)).toBe(0o700);
    expect(await modeOf(own)).toBe(0o700);
  });

  it("refuses a link planted where the folder should be", async () => {
    const elsewhere = await mkdtemp(path.join(tmpdir(), "planted-"));
    try {
      await symlink(elsewhere, root);
      await expect(privateFolder(root)).rejects.toThrow(/must be a folder/);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});

describe("sweepStaging", () => {
  it("removes at start what stopped processes left, and keeps what running ones are receiving", async () => {
    const dead = await stagedFile(`${hostname()}-${deadPid()}`);
    const ownEarlierLife = await stagedFile(`${hostname()}-${process.pid}`);
    const loose = path.join(root, "0d5e-from-an-older-layout");
    await writeFile(loose, "x");
    const running = await stagedFile(`${hostname()}-${process.ppid}`);
    const otherHostNow = await stagedFile("other-host-4242");
    const otherHostOld = await stagedFile("gone-host-4243");
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await utimes(path.dirname(otherHostOld), twoDaysAgo, twoDaysAgo);

    expect(await sweepStaging(root)).toBe(4);
    const left = await readdir(root);
    for (const gone of [dead, ownEarlierLife, loose, otherHostOld]) {
      expect(left).not.toContain(path.relative(root, gone).split(path.sep)[0]);
    }
    expect(await readdir(path.dirname(running))).toEqual([path.basename(running)]);
    expect(await readdir(path.dirname(otherHostNow))).toEqual([path.basename(otherHostNow)]);
    expect(await modeOf(root)).toBe(0o700);
  });

  it("has nothing to do where nothing was ever staged", async () => {
    expect(await sweepStaging(root)).toBe(0);
  });
});
