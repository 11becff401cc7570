"use client";

import type { ReactNode } from "react";
import { IntlProvider, IntlErrorCode, type IntlError } from "use-intl";
import type { Messages } from "./messages";

/** The page's language, locale and messages for every client component below it. */
export function PageIntlProvider({
  locale,
  timeZone,
  messages,
  children,
}: {
  locale: string;
  timeZone: string;
  messages: Messages;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={locale} timeZone={timeZone} messages={messages} onError={reportMissing}>
      {children}
    </IntlProvider>
  );
}

function reportMissing(error: IntlError) {
  if (error.code === IntlErrorCode.MISSING_MESSAGE) console.error(error.message);
}
