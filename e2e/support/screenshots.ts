import type { Page } from "@playwright/test";

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
} as const;

/** On by default; off in CI (where nobody looks at them) unless SCREENSHOTS=1. */
export const screenshotsEnabled = process.env.SCREENSHOTS
  ? process.env.SCREENSHOTS === "1"
  : !process.env.CI;

/**
 * Saves full-page screenshots of the current page at phone and desktop widths
 * under artifacts/screenshots/ (kept out of git), for a person to look at.
 */
export async function captureScreens(page: Page, name: string): Promise<void> {
  if (!screenshotsEnabled) return;
  const original = page.viewportSize();
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `artifacts/screenshots/${name}-${label}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}
