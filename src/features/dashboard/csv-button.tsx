"use client";

import { type ReactNode, useState } from "react";
import { useTranslations } from "use-intl";
import { useToast } from "@/components/ui/toast";
import { messageOf } from "@/trpc/react";

/** Words only screen readers hear, for `t.rich`: the "of …" after "Download CSV". */
export const visuallyHidden = (chunks: ReactNode) => (
  <span className="visually-hidden">{chunks}</span>
);

/** Hands text to the browser as a downloaded file. */
function saveText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads a report as a CSV file: the text comes from the report's tRPC CSV
 * procedure (the browser session; the REST .csv routes take bearer tokens).
 */
export function CsvButton({
  load,
  fileName,
  children,
}: {
  /** Fetches the CSV text, fresh. */
  load: () => Promise<string>;
  fileName: string;
  /** The button's text, e.g. "Download CSV" with a visually hidden "of …". */
  children: ReactNode;
}) {
  const t = useTranslations("dashboardCsv");
  const toast = useToast();
  const [pending, setPending] = useState(false);

  async function download() {
    setPending(true);
    try {
      saveText(await load(), fileName, "text/csv;charset=utf-8");
    } catch (error) {
      toast(t("failed", { message: messageOf(error) }), "error");
    } finally {
      setPending(false);
    }
  }

  return (
    <button
      type="button"
      className="button secondary small"
      onClick={() => void download()}
      disabled={pending}
      aria-busy={pending}
    >
      {children}
    </button>
  );
}
