import { describe, expect, it } from "vitest";
import { openWith, SealError, sealWith } from "./sealed";

const SECRET = "a-secret-that-is-at-least-thirty-two-characters";
const mail = { to: "ada@example.test", subject: "Your code", text: "your code is 123456" };

describe("sealed values", () => {
  it("open to what was sealed, and show nothing of it", () => {
    const sealed = sealWith(SECRET, "mail", mail);
    expect(openWith(SECRET, "mail", sealed)).toEqual(mail);
    expect(sealed).not.toContain("123456");
    expect(sealed).not.toContain("ada");
    expect(Buffer.from(sealed.slice(3), "base64url").toString("latin1")).not.toContain("123456");
  });

  it("differ each time, even for the same value", () => {
    expect(sealWith(SECRET, "mail", mail)).not.toBe(sealWith(SECRET, "mail", mail));
  });

  it("do not open under another secret or for another purpose", () => {
    const sealed = sealWith(SECRET, "mail", mail);
    expect(() => openWith(`${SECRET}x`, "mail", sealed)).toThrow(SealError);
    expect(() => openWith(SECRET, "webhook", sealed)).toThrow(SealError);
  });

  it("do not open once a single byte is changed", () => {
    const sealed = sealWith(SECRET, "mail", mail);
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    for (const at of [0, 12, 28, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[at]! ^= 1;
      expect(() => openWith(SECRET, "mail", `v1.${changed.toString("base64url")}`)).toThrow(
        SealError,
      );
    }
    expect(() => openWith(SECRET, "mail", "v1.")).toThrow(SealError);
    expect(() => openWith(SECRET, "mail", JSON.stringify(mail))).toThrow(SealError);
  });
});
