import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
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
  return (
    <html lang="en">
      <body>
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}
