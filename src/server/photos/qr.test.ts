import { describe, expect, it } from "vitest";
import { makeCardPhoto, makePhoto } from "../../../tests/support/images";
import { codeFromQrText, readQrCode } from "./qr";

describe("readQrCode", () => {
  it("finds a card covering a tenth of a 3000x2000 frame, turned up to 15°", async () => {
    for (const angle of [0, 7, 15, -15]) {
      const photo = await makeCardPhoto("K7QX-M2PA", { angle, seed: angle + 20 });
      expect(await readQrCode(photo), `${angle}°`).toBe("K7QX-M2PA");
    }
  });

  it("finds nothing in a photo without a card", async () => {
    expect(await readQrCode(await makePhoto({ width: 3000, height: 2000 }))).toBeNull();
  });
});

describe("codeFromQrText", () => {
  it("takes a bare code, or the code of a gallery link", () => {
    expect(codeFromQrText(" K7QX-M2PA ")).toBe("K7QX-M2PA");
    expect(codeFromQrText("https://photos.example/gallery?code=K7QXM2PA")).toBe("K7QXM2PA");
    expect(codeFromQrText("https://photos.example/g/K7QXM2PA")).toBe("K7QXM2PA");
    expect(codeFromQrText("mailto:x@example.com")).toBe("mailto:x@example.com");
  });
});
