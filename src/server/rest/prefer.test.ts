import { describe, expect, it } from "vitest";
import { asyncPreference, parsePrefer } from "./prefer";

describe("parsePrefer", () => {
  it("reads a list of preferences, case-insensitive, with quoted values and ignored parameters", () => {
    const prefer = parsePrefer('Respond-Async, wait="10"; foo=bar, return=minimal');
    expect([...prefer]).toEqual([
      ["respond-async", ""],
      ["wait", "10"],
      ["return", "minimal"],
    ]);
  });

  it("keeps the first of a repeated preference and skips what is malformed", () => {
    expect([...parsePrefer("wait=5, wait=9, =x, a b")]).toEqual([["wait", "5"]]);
    expect(parsePrefer(null).size).toBe(0);
  });
});

describe("asyncPreference", () => {
  it("answers at once for respond-async, or within the wait the client names", () => {
    expect(asyncPreference("respond-async")).toEqual({ respondAsync: true, waitSeconds: 0 });
    expect(asyncPreference("respond-async, wait=3")).toEqual({
      respondAsync: true,
      waitSeconds: 3,
    });
    expect(asyncPreference("wait=12")).toEqual({ respondAsync: false, waitSeconds: 12 });
    expect(asyncPreference("wait=soon")).toEqual({ respondAsync: false, waitSeconds: undefined });
    expect(asyncPreference(null)).toEqual({ respondAsync: false, waitSeconds: undefined });
  });
});
