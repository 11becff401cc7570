import { describe, expect, it } from "vitest";
import { parseYesNo } from "./yes-no";

describe("parseYesNo", () => {
  it.each(["yes", "Yes", "TRUE", "true", "1", "ja", "JA", "x", "X", " y ", "j"])(
    "reads %j as yes",
    (text) => expect(parseYesNo(text)).toBe(true),
  );

  it.each(["no", "No", "FALSE", "false", "0", "nein", "Nein", " n "])("reads %j as no", (text) =>
    expect(parseYesNo(text)).toBe(false),
  );

  it("reads an empty cell as no answer", () => {
    for (const text of ["", "   ", null, undefined]) expect(parseYesNo(text)).toBeNull();
  });

  it("does not guess at anything else", () => {
    for (const text of ["maybe", "vielleicht", "2", "-", "yes please", "nope", "o"]) {
      expect(parseYesNo(text), text).toBeUndefined();
    }
  });
});
