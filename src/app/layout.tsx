import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { PageIntlProvider } from "@/i18n/intl-provider";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { TRPCReactProvider } from "@/trpc/react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Photo Backoffice", template: "%s · Photo Backoffice" },
  description: "Run your studio's photo shoots: projects, photographers, packages and sales.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** Every page renders per request: its scripts carry that response's CSP nonce (src/proxy.ts). */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const { language, locale, timeZone } = await getPageIntl();
  return (
    <html lang={locale}>
      <body>
        <PageIntlProvider locale={locale} timeZone={timeZone} messages={messagesOf(language)}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </PageIntlProvider>
      </body>
    </html>
  );
}
