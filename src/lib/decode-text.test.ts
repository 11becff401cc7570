import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";

describe("decodeText", () => {
  it("reads UTF-8 and drops a byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Łukasz;Straße")]);
    expect(decodeText(bytes)).toBe("Łukasz;Straße");
  });

  it("reads Windows-1252 when the bytes are not UTF-8", () => {
    // "Müller €" as Excel on Windows writes it.
    const bytes = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80]);
    expect(decodeText(bytes)).toBe("Müller €");
  });

  it("follows a charset the sender names", () => {
    expect(decodeText(new Uint8Array([0xe9, 0x00]), "utf-16le")).toBe("\u00e9");
    expect(decodeText(new Uint8Array([0x93, 0x94]), "windows-1252")).toBe("“”");
    expect(decodeText(new Uint8Array([0xc3, 0xa9]), "no-such-charset")).toBe("é");
  });
});
