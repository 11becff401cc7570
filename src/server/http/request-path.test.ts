import { describe, expect, it } from "vitest";
import { hasDecodablePath, loggablePath } from "./request-path";

describe("hasDecodablePath", () => {
  it("accepts plain and well-encoded paths, whatever the query says", () => {
    expect(hasDecodablePath("/v1/projects")).toBe(true);
    expect(hasDecodablePath("/v1/members/%C5%81ukasz")).toBe(true);
    expect(hasDecodablePath("/v1/analytics?projectId=%ED%A0%80")).toBe(true);
  });

  it("refuses lone surrogates, truncated sequences and stray percent signs", () => {
    expect(hasDecodablePath("/v1/photographers/%ED%A0%80")).toBe(false);
    expect(hasDecodablePath("/api/admins/%C5")).toBe(false);
    expect(hasDecodablePath("/v1/projects/%zz")).toBe(false);
  });
});

describe("loggablePath", () => {
  it("hides e-mail addresses, encoded or not, and keeps the rest", () => {
    expect(loggablePath("/api/admins/update-password-old/ann%40example.com")).toBe(
      "/api/admins/update-password-old/[email]",
    );
    expect(loggablePath("/api/admins/update-password-old/ann@example.com")).toBe(
      "/api/admins/update-password-old/[email]",
    );
    expect(loggablePath("/v1/projects/5d0c7d9e-4a3b-4f5e-9a1b-2c3d4e5f6a7b")).toBe(
      "/v1/projects/5d0c7d9e-4a3b-4f5e-9a1b-2c3d4e5f6a7b",
    );
  });
});
