import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./api/trpc";
import { delayPastLimitMs, rateLimitAddress } from "./rate-limit";

describe("the address a per-address limit counts", () => {
  it("counts every address of one IPv6 /64 as one client, however it is written", () => {
    const sameNetwork = [
      "2001:db8:1:2::1",
      "2001:db8:1:2::ffff",
      "2001:0DB8:0001:0002:aaaa:bbbb:cccc:dddd",
      "2001:db8:1:2:ffff:ffff:ffff:ffff",
      "[2001:db8:1:2::7]:443",
      "2001:db8:1:2::5%eth0",
      "2001:db8:1:2:0:0:192.0.2.1",
    ];
    for (const address of sameNetwork) {
      expect(rateLimitAddress(address), address).toBe("2001:db8:1:2::/64");
    }
  });

  it("keeps neighbouring /64s apart", () => {
    expect(rateLimitAddress("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(rateLimitAddress("2001:db8:1:2::1")).not.toBe(rateLimitAddress("2001:db8:1:3::1"));
    expect(rateLimitAddress("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitAddress("fe80::1")).toBe("fe80:0:0:0::/64");
  });

  it("reads an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(rateLimitAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitAddress("::FFFF:cb00:7107")).toBe("203.0.113.7");
    expect(rateLimitAddress("0:0:0:0:0:ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitAddress("[::ffff:203.0.113.7]:8080")).toBe("203.0.113.7");
  });

  it("keeps each IPv4 address apart, without its port", () => {
    expect(rateLimitAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitAddress(" 203.0.113.7:51234 ")).toBe("203.0.113.7");
    expect(rateLimitAddress("203.0.113.8")).toBe("203.0.113.8");
  });

  it("leaves anything that is not an address as it is", () => {
    expect(rateLimitAddress("unknown")).toBe("unknown");
    expect(rateLimitAddress("local")).toBe("local");
    expect(rateLimitAddress("2001:db8::1::2")).toBe("2001:db8::1::2");
  });

  it("is what requests count as: the right-most X-Forwarded-For entry, keyed", () => {
    const headers = new Headers({ "x-forwarded-for": "198.51.100.1, 2001:db8:9:9:1:2:3:4" });
    expect(clientAddressFrom(headers)).toBe("2001:db8:9:9::/64");
    expect(clientAddressFrom(new Headers())).toBe("unknown");
  });
});

describe("the wait past a limit", () => {
  const rule = { limit: 300 };
  const pace = { msPerLimit: 1_000, maxMs: 3_000 };

  it("is nothing within the limit", () => {
    expect(delayPastLimitMs({ hits: 0 }, rule, pace)).toBe(0);
    expect(delayPastLimitMs({ hits: 300 }, rule, pace)).toBe(0);
  });

  it("grows with how far past the limit, up to its cap", () => {
    const waits = [301, 450, 600, 900, 1_200, 100_000].map((hits) =>
      delayPastLimitMs({ hits }, rule, pace),
    );
    expect(waits).toEqual([4, 500, 1_000, 2_000, 3_000, 3_000]);
  });
});
