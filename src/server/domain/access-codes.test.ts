import { describe, expect, it } from "vitest";
import { formatAccessCode } from "@/lib/access-code-format";
import { ACCESS_CODE_ALPHABET, generateAccessCode, normaliseAccessCode } from "./access-codes";

describe("access codes", () => {
  it("are 10 characters from an alphabet without look-alikes", () => {
    expect(ACCESS_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) expect(generateAccessCode()).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
  });

  it("do not repeat, and use the whole alphabet", () => {
    const codes = Array.from({ length: 2000 }, generateAccessCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join("")).size).toBe(ACCESS_CODE_ALPHABET.length);
  });

  it("are accepted in any case, with or without dashes and spaces", () => {
    const code = generateAccessCode();
    const typed = ` ${formatAccessCode(code).toLowerCase().replace("-", " - ")} `;
    expect(normaliseAccessCode(typed)).toBe(code);
    expect(normaliseAccessCode(formatAccessCode(code))).toBe(code);
  });

  it("refuse what cannot be a code", () => {
    expect(normaliseAccessCode("")).toBeNull();
    expect(normaliseAccessCode("ABCDE-FGHJ")).toBeNull();
    expect(normaliseAccessCode("ABCDE-FGHJ0")).toBeNull();
    expect(normaliseAccessCode("ABCDE-FGHJKM")).toBeNull();
    expect(normaliseAccessCode("https://example.com/ABCDEFGHJK")).toBeNull();
  });

  it("print in two groups of five", () => {
    expect(formatAccessCode("ABCDEFGHJK")).toBe("ABCDE-FGHJK");
  });
});
