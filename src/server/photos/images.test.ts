import exifr from "exifr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { makeHugePng, makePhoto } from "../../../tests/support/images";
import {
  captureTime,
  DERIVED_SIZES,
  derivedJpeg,
  imageSize,
  MAX_IMAGE_PIXELS,
  sha256,
  sniffImageType,
} from "./images";

describe("sniffImageType", () => {
  it("recognises JPEG, PNG and WebP by content", async () => {
    expect(sniffImageType(await makePhoto())).toBe("image/jpeg");
    expect(sniffImageType(await makePhoto({ format: "png" }))).toBe("image/png");
    expect(sniffImageType(await makePhoto({ format: "webp" }))).toBe("image/webp");
  });

  it("refuses everything else, whatever it is called", async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    for (const bytes of [
      gif,
      Buffer.from("%PDF-1.7"),
      Buffer.from("not an image"),
      Buffer.alloc(0),
    ])
      expect(sniffImageType(bytes)).toBeNull();
  });
});

describe("captureTime", () => {
  it("applies the offset the camera wrote", async () => {
    const bytes = await makePhoto({ takenAt: "2026:06:01 09:15:00", offset: "+02:00" });
    expect((await captureTime(bytes, "America/New_York"))?.toISOString()).toBe(
      "2026-06-01T07:15:00.000Z",
    );
  });

  it("reads a time without an offset in the shoot's time zone", async () => {
    const bytes = await makePhoto({ takenAt: "2026:06:01 09:15:00" });
    expect((await captureTime(bytes, "Europe/Berlin"))?.toISOString()).toBe(
      "2026-06-01T07:15:00.000Z",
    );
    expect((await captureTime(bytes, "America/New_York"))?.toISOString()).toBe(
      "2026-06-01T13:15:00.000Z",
    );
  });

  it("is null for a file without EXIF", async () => {
    expect(await captureTime(await makePhoto(), "UTC")).toBeNull();
    expect(await captureTime(await makePhoto({ format: "png" }), "UTC")).toBeNull();
  });
});

describe("derived files", () => {
  it("fit the long edge, apply the orientation and drop location and serial number", async () => {
    const original = await makePhoto({
      width: 2400,
      height: 1200,
      orientation: 6,
      takenAt: "2026:06:01 09:15:00",
      private: true,
    });
    expect(await imageSize(original)).toEqual({ width: 1200, height: 2400 });
    const before = await exifr.parse(original, { gps: true, exif: true });
    expect(before.SerialNumber).toBe("SN-4242-SECRET");
    expect(before.GPSLatitude).toEqual([52, 31, 0]);

    const thumb = await derivedJpeg(original, DERIVED_SIZES.thumb);
    const metadata = await sharp(thumb).metadata();
    expect(metadata.format).toBe("jpeg");
    expect([metadata.width, metadata.height]).toEqual([200, 400]);
    expect(metadata.orientation ?? 1).toBe(1);
    const after = (await exifr.parse(thumb, { gps: true, exif: true })) ?? {};
    expect(after.SerialNumber).toBeUndefined();
    expect(after.GPSLatitude).toBeUndefined();
  });

  it("never enlarge a small photo", async () => {
    const small = await makePhoto({ width: 300, height: 200 });
    const preview = await sharp(await derivedJpeg(small, DERIVED_SIZES.preview)).metadata();
    expect([preview.width, preview.height]).toEqual([300, 200]);
  });

  it("refuse a damaged file with a 400", async () => {
    const damaged = (await makePhoto()).subarray(0, 2000);
    await expect(derivedJpeg(damaged, 400)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("the pixel limit", () => {
  it("refuses a 16383 x 16383 PNG of a few KB from its header with a 413 naming the limit", async () => {
    const bomb = makeHugePng(16383, 16383);
    expect(bomb.byteLength).toBeLessThan(100_000);
    await expect(imageSize(bomb)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: "file: the image is larger than 120 megapixels",
    });
    await expect(derivedJpeg(bomb, 400)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("lets through an image of exactly the limit's size, as a 100 MP camera makes", async () => {
    const width = 12_000;
    const height = Math.floor(MAX_IMAGE_PIXELS / width);
    expect(await imageSize(makeHugePng(width, height))).toEqual({ width, height });
    await expect(imageSize(makeHugePng(width, height + 1))).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
  });
});

describe("sha256", () => {
  it("names identical bytes identically", async () => {
    const photo = await makePhoto({ seed: 3 });
    expect(sha256(photo)).toBe(sha256(Buffer.from(photo)));
    expect(sha256(photo)).not.toBe(sha256(await makePhoto({ seed: 4 })));
  });
});
