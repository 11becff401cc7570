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
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/./\\evil.example",
      "/.//evil.example",
      "",
      null,
    ]) {
      expect(safeReturnPath(unsafe)).toBeNull();
    }
  });
});

describe("safeReturnPath normalises what it keeps", () => {
  it("returns the path the browser will open", () => {
    expect(safeReturnPath("/projects/../dashboard")).toBe("/dashboard");
    expect(safeReturnPath("/admin/studios?page=2#top")).toBe("/admin/studios?page=2#top");
  });
});
