import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./paths";

describe("safeReturnPath", () => {
  it("keeps our own paths and drops anything that leaves the site", () => {
    expect(safeReturnPath("/projects/1?tab=team")).toBe("/projects/1?tab=team");
    for (const unsafe of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      null,
    ]) {
      expect(safeReturnPath(unsafe)).toBeNull();
    }
  });
});
