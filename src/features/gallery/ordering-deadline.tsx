"use client";

import { type ReactNode, useEffect, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { Formatted } from "@/components/ui/formatted";
import { formatDateTime } from "@/lib/format";
import { type TimeLeft, timeLeft, timeLeftKey } from "./countdown";
import type { Gallery } from "./gallery-view";

/** The current time, again every `everyMs`. */
function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

const fmt = (chunks: ReactNode) => <Formatted>{chunks}</Formatted>;
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/**
 * The project's ordering deadline with a countdown, and the early bird while
 * it runs, both in the project's time zone and the page's language. After the
 * deadline: ordering has closed, the photos can still be viewed.
 */
export function OrderingDeadline({
  gallery,
  onClosed,
}: {
  gallery: Gallery;
  /** Told when the countdown reaches the deadline while the page is open. */
  onClosed?: () => void;
}) {
  const t = useTranslations("galleryDeadline");
  const locale = useLocale();
  const now = useNow(30_000);
  const { ordersCloseAt, orderingClosed, earlyBird, timezone } = gallery.project;
  const left = ordersCloseAt ? timeLeft(new Date(ordersCloseAt), now) : null;
  const closed = orderingClosed || (ordersCloseAt !== null && left === null);
  useEffect(() => {
    if (closed && !orderingClosed) onClosed?.();
  }, [closed, orderingClosed, onClosed]);
  const birdLeft = earlyBird ? timeLeft(new Date(earlyBird.until), now) : null;
  const say = (time: TimeLeft) => t(timeLeftKey(time), { ...time });

  if (!ordersCloseAt && !earlyBird) return null;
  return (
    <div className="deadline-banner" data-testid="ordering-deadline">
      {ordersCloseAt &&
        (closed ? (
          <p className="alert info" role="status">
            {t.rich("closed", {
              date: formatDateTime(ordersCloseAt, timezone, locale),
              strong,
              fmt,
            })}
          </p>
        ) : (
          <p className="deadline-open">
            <span>
              {t.rich("orderBy", { date: formatDateTime(ordersCloseAt, timezone, locale), fmt })}
            </span>{" "}
            <strong className="countdown" data-testid="countdown" aria-live="off">
              {left && say(left)}
            </strong>
          </p>
        ))}
      {earlyBird && birdLeft && !closed && (
        <p className="early-bird">
          {t.rich("earlyBird", {
            percent: earlyBird.percentOff,
            date: formatDateTime(earlyBird.until, timezone, locale),
            left: say(birdLeft),
            strong,
            fmt,
          })}
        </p>
      )}
    </div>
  );
}
