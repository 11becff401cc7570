"use client";

import { useEffect, useState } from "react";
import { Formatted } from "@/components/ui/formatted";
import { formatDateTime } from "@/lib/format";
import { timeLeft } from "./countdown";
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

/**
 * The project's ordering deadline with a countdown, and the early bird while
 * it runs, both in the project's time zone. After the deadline: ordering has
 * closed, the photos can still be viewed.
 */
export function OrderingDeadline({
  gallery,
  onClosed,
}: {
  gallery: Gallery;
  /** Told when the countdown reaches the deadline while the page is open. */
  onClosed?: () => void;
}) {
  const now = useNow(30_000);
  const { ordersCloseAt, orderingClosed, earlyBird, timezone } = gallery.project;
  const { locale } = gallery.studio;
  const left = ordersCloseAt ? timeLeft(new Date(ordersCloseAt), now) : null;
  const closed = orderingClosed || (ordersCloseAt !== null && left === null);
  useEffect(() => {
    if (closed && !orderingClosed) onClosed?.();
  }, [closed, orderingClosed, onClosed]);
  const birdLeft = earlyBird ? timeLeft(new Date(earlyBird.until), now) : null;

  if (!ordersCloseAt && !earlyBird) return null;
  return (
    <div className="deadline-banner" data-testid="ordering-deadline">
      {ordersCloseAt &&
        (closed ? (
          <p className="alert info" role="status">
            <strong>Ordering has closed</strong> (
            <Formatted>{formatDateTime(ordersCloseAt, timezone, locale)}</Formatted>). You can still
            view your photos and download paid orders.
          </p>
        ) : (
          <p className="deadline-open">
            <span>
              Order by <Formatted>{formatDateTime(ordersCloseAt, timezone, locale)}</Formatted>
            </span>{" "}
            <strong className="countdown" data-testid="countdown" aria-live="off">
              {left}
            </strong>
          </p>
        ))}
      {earlyBird && birdLeft && !closed && (
        <p className="early-bird">
          <strong>Early bird: {earlyBird.percentOff}% off</strong> orders placed before{" "}
          <Formatted>{formatDateTime(earlyBird.until, timezone, locale)}</Formatted> ({birdLeft})
        </p>
      )}
    </div>
  );
}
