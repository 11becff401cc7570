import { createTranslator } from "use-intl";
import { describe, expect, it } from "vitest";
import { messagesOf } from "@/i18n/messages";
import { timeLeft, timeLeftKey } from "./countdown";

const now = new Date("2026-12-18T10:00:00Z");
const after = (ms: number) => new Date(now.getTime() + ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function say(language: "en" | "de", ms: number): string | null {
  const t = createTranslator({
    locale: language,
    messages: messagesOf(language),
    namespace: "galleryDeadline",
  });
  const left = timeLeft(after(ms), now);
  return left && t(timeLeftKey(left), { ...left });
}

describe("timeLeft", () => {
  it("says days and hours, hours and minutes, or minutes", () => {
    expect(say("en", 2 * DAY + 5 * HOUR + 10 * MINUTE)).toBe("2 days 5 hours left");
    expect(say("en", DAY)).toBe("1 day left");
    expect(say("en", 3 * HOUR + 20 * MINUTE)).toBe("3 hours 20 minutes left");
    expect(say("en", HOUR)).toBe("1 hour left");
    expect(say("en", 12 * MINUTE)).toBe("12 minutes left");
    expect(say("en", 10_000)).toBe("1 minute left");
  });

  it("says it in German", () => {
    expect(say("de", 2 * DAY + 5 * HOUR + 10 * MINUTE)).toBe("noch 2 Tage 5 Stunden");
    expect(say("de", DAY)).toBe("noch 1 Tag");
    expect(say("de", 3 * HOUR + 1 * MINUTE)).toBe("noch 3 Stunden 1 Minute");
    expect(say("de", 12 * MINUTE)).toBe("noch 12 Minuten");
  });

  it("is null once the time has passed", () => {
    expect(timeLeft(now, now)).toBeNull();
    expect(timeLeft(after(-MINUTE), now)).toBeNull();
  });
});
