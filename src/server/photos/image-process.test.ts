import { readdirSync, readFileSync } from "node:fs";
import { getPriority } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { makePhoto } from "../../../tests/support/images";
import {
  analysePhotoApart,
  IMAGE_PROCESS_NICENESS,
  stopImageProcess,
  watermarkedVariantsApart,
} from "./image-process";

/** The image processes this process has started (Linux: read from /proc). */
function imageProcessIds(): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        return (
          status.includes(`\nPPid:\t${process.pid}\n`) && cmdline.includes("image-process-entry")
        );
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}

afterAll(() => stopImageProcess());

describe.runIf(process.platform === "linux")("the image process", () => {
  it("does a photo's image work in a child process at a lower OS priority", async () => {
    const photo = await makePhoto({ width: 2000, height: 1000 });
    const analysed = await analysePhotoApart(photo, "UTC");
    expect(analysed).toMatchObject({ contentType: "image/jpeg", width: 2000, height: 1000 });
    expect(Buffer.isBuffer(analysed.preview)).toBe(true);
    const images = await watermarkedVariantsApart(analysed, "Studio Sonnenschein");
    expect(images["gallery-preview"].subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    const [child, ...others] = imageProcessIds();
    expect(others).toEqual([]);
    expect(getPriority(child!)).toBe(getPriority() + IMAGE_PROCESS_NICENESS);
  });

  it("answers the file's own problem as the error it is", async () => {
    await expect(analysePhotoApart(Buffer.from("%PDF-1.7"), "UTC")).rejects.toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      fieldErrors: { file: ["must be a JPEG, PNG or WebP image"] },
    });
  });

  it("fails the work in hand when the process dies, and starts again for the next", async () => {
    const photo = await makePhoto({ width: 3000, height: 2000 });
    const working = analysePhotoApart(photo, "UTC");
    const [child] = imageProcessIds();
    process.kill(child!, "SIGKILL");
    await expect(working).rejects.toThrow(/image process exited/);

    const analysed = await analysePhotoApart(photo, "UTC");
    expect(analysed.width).toBe(3000);
    expect(imageProcessIds()).not.toContain(child);
  });
});
