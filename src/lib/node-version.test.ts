import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isSupportedNode, SUPPORTED_NODE } from "./node-version";

describe("isSupportedNode", () => {
  it("admits 22 from 22.13, and 24 onwards", () => {
    for (const version of ["22.13.0", "v22.20.1", "24.0.0", "24.11.1", "26.1.0"]) {
      expect(isSupportedNode(version), version).toBe(true);
    }
    for (const version of ["20.19.0", "22.12.0", "23.11.0", "18.20.4"]) {
      expect(isSupportedNode(version), version).toBe(false);
    }
  });

  it("is what package.json's engines says", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(SUPPORTED_NODE);
  });
});
