import type { ReactNode } from "react";

/**
 * Text produced by Intl (money, dates) in a component that renders on the
 * server and hydrates in the browser: their ICU data can differ in a space or
 * a symbol, which is not worth a hydration error.
 */
export function Formatted({ children }: { children: ReactNode }) {
  return <span suppressHydrationWarning>{children}</span>;
}
