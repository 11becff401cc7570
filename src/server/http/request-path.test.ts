import { describe, expect, it } from "vitest";
import { hasDecodablePath, loggablePath, loggableQuery } from "./request-path";

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

describe("loggableQuery", () => {
  const query = (text: string) => loggableQuery(new URLSearchParams(text));

  it("hides search terms and tRPC inputs, and keeps the other parameters", () => {
    expect(query("limit=5&search=ABCDE-FGHJK&group=4a")).toBe("limit=5&search=[redacted]&group=4a");
    expect(query(`input=${encodeURIComponent('{"search":"ABCDEFGHJK"}')}&batch=1`)).toBe(
      "input=[redacted]&batch=1",
    );
    expect(query("search=&search=again")).toBe("search=[redacted]&search=[redacted]");
  });

  it("hides any value holding an e-mail address", () => {
    expect(query("memberId=x&note=ann%40example.com")).toBe("memberId=x&note=[redacted]");
  });

  it("is undefined without a query and bounded with a long one", () => {
    expect(query("")).toBeUndefined();
    expect(query(`x=${"a".repeat(5000)}`)!.length).toBeLessThanOrEqual(1001);
  });
});
