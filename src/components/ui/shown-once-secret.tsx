"use client";

import type { ReactNode } from "react";
import { useToast } from "./toast";

/** A secret the server shows only once: to copy now, then dismissed. */
export function ShownOnceSecret({
  title,
  value,
  noun,
  testId,
  onDone,
}: {
  title: ReactNode;
  value: string;
  /** "key", "secret": what the copy feedback calls it. */
  noun: string;
  testId: string;
  onDone: () => void;
}) {
  const toast = useToast();
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <div className="alert success stack" role="status">
      <p>
        <strong>{title}</strong> it is not shown again.
      </p>
      <code data-testid={testId} className="secret-value">
        {value}
      </code>
      <div className="button-row">
        <button
          type="button"
          className="button secondary small"
          onClick={() =>
            navigator.clipboard
              .writeText(value)
              .then(() => toast(`${capitalised} copied`))
              .catch(() => toast(`Select the ${noun} and copy it`))
          }
        >
          Copy
        </button>
        <button type="button" className="button ghost small" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
