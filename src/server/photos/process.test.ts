import { describe, expect, it } from "vitest";
import { makeCardPhoto, makePhoto } from "../../../tests/support/images";
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
});
