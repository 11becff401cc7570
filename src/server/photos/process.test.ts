import { describe, expect, it } from "vitest";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeCardPhoto, makeHugePng, makePhoto } from "../../../tests/support/images";
import { analysePhoto } from "./process";

describe("analysePhoto", () => {
  it("finds a card covering a tenth of a 3000x2000 frame, turned 15°, from its preview", async () => {
    const card = await makeCardPhoto("RVSDEDEM26", { cardFraction: 0.1, angle: 15 });
    const processed = await analysePhoto(card, "UTC");
    expect(processed.qrText).toBe("RVSDEDEM26");
    expect({ width: processed.width, height: processed.height }).toEqual({
      width: 3000,
      height: 2000,
    });
  });

  it("reads type, capture time and both derived files from one photo", async () => {
    const photo = await makePhoto({ format: "png", width: 2000, height: 1000 });
    const processed = await analysePhoto(photo, "UTC");
    expect(processed).toMatchObject({ contentType: "image/png", takenAt: null, qrText: null });
    expect(processed.preview.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(processed.thumb.byteLength).toBeLessThan(processed.preview.byteLength);
  });

  it("refuses a file that is not an image with a 415", async () => {
    await expect(analysePhoto(Buffer.from("%PDF-1.7"), "UTC")).rejects.toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
    });
  });

  it("refuses an image of more than 120 megapixels with a 413 before decoding it", async () => {
    await expect(analysePhoto(makeHugePng(16383, 16383), "UTC")).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      fieldErrors: { file: ["must be at most 120 megapixels"] },
    });
  });

  it("reads a staged file by its path as it reads bytes", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "process-test-"));
    try {
      const bytes = await makePhoto({ width: 2000, height: 1000, takenAt: "2030:01:02 03:04:05" });
      const file = path.join(folder, "staged");
      await writeFile(file, bytes);
      const fromFile = await analysePhoto(file, "UTC");
      expect(fromFile).toMatchObject({
        contentType: "image/jpeg",
        width: 2000,
        height: 1000,
        takenAt: new Date("2030-01-02T03:04:05Z"),
      });
      expect(fromFile.preview).toEqual((await analysePhoto(bytes, "UTC")).preview);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
