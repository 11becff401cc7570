import { describe, expect, it } from "vitest";
import { checkedAddressOf, RefusedAddressError, refusalOf } from "./address";

describe("refusalOf", () => {
  it.each([
    "169.254.169.254",
    "169.254.0.1",
    "fe80::1",
    "FE80::abcd:1",
    "fd00:ec2::254",
    "0.0.0.0",
    "::",
    "::ffff:169.254.169.254",
    "224.0.0.1",
  ])("refuses %s always", (address) => {
    expect(refusalOf(address, true)).not.toBeNull();
    expect(refusalOf(address, false)).not.toBeNull();
  });

  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.9",
    "192.168.1.1",
    "::1",
    "fd12::1",
    "::ffff:127.0.0.1",
    "100.64.0.1",
  ])("refuses %s unless private addresses are allowed", (address) => {
    expect(refusalOf(address, false)).toMatch(/private or loopback/);
    expect(refusalOf(address, true)).toBeNull();
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1"])(
    "accepts %s",
    (address) => {
      expect(refusalOf(address, false)).toBeNull();
    },
  );

  it("refuses hex-written IPv4-mapped addresses", () => {
    expect(refusalOf("::ffff:7f00:1", true)).not.toBeNull();
  });
});

describe("checkedAddressOf", () => {
  const resolvesTo =
    (...addresses: string[]) =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

  it("answers the checked address of a public name", async () => {
    await expect(
      checkedAddressOf("hooks.example.com", false, resolvesTo("93.184.216.34")),
    ).resolves.toEqual({
      address: "93.184.216.34",
      family: 4,
    });
  });

  it("refuses a name when any of its addresses is refused", async () => {
    await expect(
      checkedAddressOf("rebind.example.com", false, resolvesTo("93.184.216.34", "127.0.0.1")),
    ).rejects.toThrow(/resolves to 127\.0\.0\.1/);
    await expect(
      checkedAddressOf("rebind.example.com", true, resolvesTo("169.254.169.254")),
    ).rejects.toBeInstanceOf(RefusedAddressError);
  });

  it("refuses metadata host names and IPv6 literals in brackets", async () => {
    await expect(checkedAddressOf("metadata.google.internal", true)).rejects.toThrow(/metadata/);
    await expect(checkedAddressOf("[fe80::1]", true)).rejects.toThrow(/link-local/);
  });

  it("resolves localhost with the system resolver and refuses it without the flag", async () => {
    await expect(checkedAddressOf("localhost", false)).rejects.toThrow(/localhost resolves to/);
    await expect(checkedAddressOf("localhost", true)).resolves.toMatchObject({
      family: expect.any(Number),
    });
  });

  it("refuses a name that does not resolve", async () => {
    await expect(checkedAddressOf("no-such-host.invalid", true)).rejects.toThrow(
      /does not resolve/,
    );
  });
});
