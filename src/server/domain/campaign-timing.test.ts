import { describe, expect, it } from "vitest";
import { quietUntil, reminderDue, unpaidOrderDue } from "./campaign-timing";

const at = (iso: string) => new Date(iso);

describe("quiet hours", () => {
  it("let e-mails go from 08:00 to 20:59 in the project's zone", () => {
    // 08:00, 14:30 and 20:59 in Berlin (UTC+1 in December).
    expect(quietUntil(at("2026-12-10T07:00:00Z"), "Europe/Berlin")).toBeNull();
    expect(quietUntil(at("2026-12-10T13:30:00Z"), "Europe/Berlin")).toBeNull();
    expect(quietUntil(at("2026-12-10T19:59:59Z"), "Europe/Berlin")).toBeNull();
  });

  it("hold them from 21:00 until the next 08:00 there", () => {
    // 21:00 Berlin: until 08:00 the next morning.
    expect(quietUntil(at("2026-12-10T20:00:00Z"), "Europe/Berlin")).toEqual(
      at("2026-12-11T07:00:00Z"),
    );
    // 23:59 Berlin.
    expect(quietUntil(at("2026-12-10T22:59:00Z"), "Europe/Berlin")).toEqual(
      at("2026-12-11T07:00:00Z"),
    );
    // 00:30 and 07:59 Berlin: until 08:00 the same morning.
    expect(quietUntil(at("2026-12-10T23:30:00Z"), "Europe/Berlin")).toEqual(
      at("2026-12-11T07:00:00Z"),
    );
    expect(quietUntil(at("2026-12-11T06:59:00Z"), "Europe/Berlin")).toEqual(
      at("2026-12-11T07:00:00Z"),
    );
  });

  it("follow the zone, not the server: 22:00 UTC is quiet in London, daytime in Los Angeles", () => {
    expect(quietUntil(at("2026-12-10T22:00:00Z"), "Europe/London")).toEqual(
      at("2026-12-11T08:00:00Z"),
    );
    expect(quietUntil(at("2026-12-10T22:00:00Z"), "America/Los_Angeles")).toBeNull();
    // 06:00 in Tokyo (UTC+9): until 08:00 Tokyo, 23:00 UTC.
    expect(quietUntil(at("2026-12-10T21:00:00Z"), "Asia/Tokyo")).toEqual(
      at("2026-12-10T23:00:00Z"),
    );
  });

  it("end at 08:00 local across a change of daylight saving time", () => {
    // Berlin springs forward on 2026-03-29 at 02:00: 08:00 that morning is UTC+2.
    expect(quietUntil(at("2026-03-28T21:30:00Z"), "Europe/Berlin")).toEqual(
      at("2026-03-29T06:00:00Z"),
    );
    // And falls back on 2026-10-25: 08:00 that morning is UTC+1 again.
    expect(quietUntil(at("2026-10-24T20:30:00Z"), "Europe/Berlin")).toEqual(
      at("2026-10-25T07:00:00Z"),
    );
  });
});

describe("reminders before the close", () => {
  const close = at("2026-12-20T17:00:00Z");

  it("are due from d days before the close, the nearest due day only", () => {
    expect(reminderDue(at("2026-12-13T16:59:59Z"), close, [7, 1])).toBeNull();
    expect(reminderDue(at("2026-12-13T17:00:00Z"), close, [7, 1])).toBe(7);
    expect(reminderDue(at("2026-12-19T16:59:00Z"), close, [7, 1])).toBe(7);
    expect(reminderDue(at("2026-12-19T17:00:00Z"), close, [7, 1])).toBe(1);
    expect(reminderDue(at("2026-12-20T16:59:59Z"), close, [1, 7])).toBe(1);
  });

  it("stop at the close, and never come without a deadline or days", () => {
    expect(reminderDue(at("2026-12-20T17:00:00Z"), close, [7, 1])).toBeNull();
    expect(reminderDue(at("2026-12-25T12:00:00Z"), close, [7, 1])).toBeNull();
    expect(reminderDue(at("2026-12-19T18:00:00Z"), null, [7, 1])).toBeNull();
    expect(reminderDue(at("2026-12-19T18:00:00Z"), close, [])).toBeNull();
  });

  it("go out once for a deadline set late: the nearest day, not every passed one", () => {
    // Set 12 hours before the close: 7 and 1 are both past; only the 1-day reminder is due.
    expect(reminderDue(at("2026-12-20T05:00:00Z"), close, [7, 3, 1])).toBe(1);
  });
});

describe("the unpaid-order reminder", () => {
  const placed = at("2026-12-10T10:00:00Z");
  it("is due 24 hours after the order was placed, for two weeks", () => {
    expect(unpaidOrderDue(at("2026-12-11T09:59:59Z"), placed)).toBe(false);
    expect(unpaidOrderDue(at("2026-12-11T10:00:00Z"), placed)).toBe(true);
    expect(unpaidOrderDue(at("2026-12-24T09:59:00Z"), placed)).toBe(true);
    expect(unpaidOrderDue(at("2026-12-24T10:00:00Z"), placed)).toBe(false);
  });
});
