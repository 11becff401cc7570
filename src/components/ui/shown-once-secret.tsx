"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
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
  /** What it is: the copy feedback names it. */
  noun: "key" | "secret";
  testId: string;
  onDone: () => void;
}) {
  const t = useTranslations("settingsSecret");
  const toast = useToast();
  return (
    <div className="alert success stack" role="status">
      <p>
        <strong>{title}</strong> {t(`${noun}NotShownAgain`)}
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
              .then(() => toast(noun === "key" ? t("keyCopied") : t("secretCopied")))
              .catch(() => toast(noun === "key" ? t("selectKey") : t("selectSecret")))
          }
        >
          {t("copy")}
        </button>
        <button type="button" className="button ghost small" onClick={onDone}>
          {t("done")}
        </button>
      </div>
    </div>
  );
}
