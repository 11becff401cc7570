import type { Page } from "@playwright/test";
import { screenshotsEnabled } from "./screenshots";

/** The widths every page must fit: a phone and a desktop. */
export const WIDTHS = [
  { label: "390 px", width: 390, height: 844 },
  { label: "1440 px", width: 1440, height: 900 },
] as const;

/**
 * What sticks out of the current page at its current width, one line each
 * (empty when nothing does):
 * - the page itself scrolls sideways (document wider than the window), naming
 *   the innermost elements that reach past its right edge;
 * - a region scrolls sideways without a hint that it does (only elements
 *   marked as scroll areas, `.table-wrap` or `[data-scroll-area]`, may, and
 *   only when they draw the hint: shadows at the sides), or scrolls at all on
 *   a desktop, where a table has the room to show every column;
 * - an element is cut off by its clipping ancestor, or sticks out of its
 *   container (the nearest card, section, list item, field, dialog, table
 *   cell...), or out of the window; controls (buttons, links, inputs,
 *   selects) are held to this everywhere, other elements from the container
 *   inward;
 * - text runs out of its own box (a long amount that cannot wrap).
 * Elements inside a hinted scroll area may reach past it: that is what it is for.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SLACK = 1;
    const CONTROL = "button, input, select, textarea, a[href], [role='button'], summary";
    const CONTAINER = [
      ".card",
      ".kpi",
      ".list-item",
      ".auth-card",
      ".empty",
      ".alert",
      ".field",
      ".toolbar",
      "dialog",
      "section",
      "article",
      "aside",
      "fieldset",
      "form",
      "li",
      "td",
      "th",
      "header",
      "footer",
      "nav",
      "main",
      "body",
    ].join(", ");
    const SCROLL_AREA = ".table-wrap, [data-scroll-area]";
    // From this width on, tables have the room to show every column.
    const DESKTOP = 1200;
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;

    const describe = (element: Element): string => {
      const parts: string[] = [];
      let node: Element | null = element;
      for (let depth = 0; node && node !== document.body && depth < 4; depth++) {
        let part = node.tagName.toLowerCase();
        if (node.id) part += `#${node.id}`;
        const classes = [...node.classList].slice(0, 3);
        if (classes.length) part += `.${classes.join(".")}`;
        parts.unshift(part);
        node = node.parentElement;
      }
      const label =
        element.getAttribute("aria-label") ??
        element.getAttribute("name") ??
        (element.textContent ?? "").replace(/\s+/g, " ").trim();
      return `${parts.join(" > ")}${label ? ` "${label.slice(0, 50)}"` : ""}`;
    };

    const shown = (element: Element): element is HTMLElement => {
      if (!(element instanceof HTMLElement)) return false;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: false })) {
        return false;
      }
      const rect = element.getBoundingClientRect();
      // Visually hidden text (1 × 1 px, clipped) is for screen readers only.
      return rect.width > 1 && rect.height > 1;
    };

    const clipsX = (element: Element) => getComputedStyle(element).overflowX !== "visible";
    const scrollsX = (element: Element) => element.scrollWidth > element.clientWidth + SLACK;

    /** The nearest ancestor that clips or scrolls sideways. */
    const clipper = (element: Element): HTMLElement | null => {
      for (
        let node = element.parentElement;
        node && node !== document.body;
        node = node.parentElement
      ) {
        if (clipsX(node)) return node;
      }
      return null;
    };

    /** Inside a scroll area that shows it scrolls: reaching past it is allowed. */
    const inScrollArea = (element: Element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        if (node.matches(SCROLL_AREA)) return true;
      }
      return false;
    };

    // 1. The page scrolls sideways.
    if (document.documentElement.scrollWidth > window.innerWidth) {
      const past = [...document.body.querySelectorAll("*")].filter((element) => {
        if (!shown(element) || element.closest("svg")) return false;
        const clip = clipper(element);
        if (clip) return false;
        const rect = element.getBoundingClientRect();
        return rect.right > viewport + SLACK;
      });
      const innermost = past.filter(
        (element) => !past.some((other) => other !== element && element.contains(other)),
      );
      problems.push(
        `the page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window: ` +
          innermost.slice(0, 4).map(describe).join("; "),
      );
    }

    const all = [...document.body.querySelectorAll("*")].filter(
      (element): element is HTMLElement => shown(element) && !element.closest("svg"),
    );

    // 2. Regions that scroll sideways: only scroll areas that show it, and not on a desktop.
    for (const element of all) {
      const style = getComputedStyle(element);
      if (!["auto", "scroll"].includes(style.overflowX) || !scrollsX(element)) continue;
      // The hint: shadows at the sides, fixed to the area, under covers that scroll with it.
      const hinted =
        element.matches(SCROLL_AREA) &&
        style.backgroundImage.includes("gradient") &&
        style.backgroundAttachment.includes("local");
      if (!hinted) {
        problems.push(`scrolls sideways without a hint: ${describe(element)}`);
      } else if (window.innerWidth >= DESKTOP) {
        problems.push(
          `scrolls sideways on a desktop (${element.scrollWidth} px in ${element.clientWidth} px), ` +
            `hiding ${describe(element.querySelector("th:last-child") ?? element)}: ${describe(element)}`,
        );
      }
    }

    // 3. Elements cut off, sticking out of their container or the window; text out of its box.
    const flagged: Element[] = [];
    for (const element of all) {
      if (flagged.some((outer) => outer.contains(element))) continue;
      if (inScrollArea(element)) continue;
      const rect = element.getBoundingClientRect();
      const isControl = element.matches(CONTROL);

      const clip = clipper(element);
      if (clip && !clip.matches(SCROLL_AREA)) {
        const box = clip.getBoundingClientRect();
        if (rect.left < box.left - SLACK || rect.right > box.right + SLACK) {
          // Text cut short with an ellipsis on purpose is not cut off.
          const ellipsis = getComputedStyle(element).textOverflow === "ellipsis";
          if (!ellipsis && (isControl || rect.width <= box.width + SLACK)) {
            problems.push(`cut off by ${describe(clip)}: ${describe(element)}`);
            flagged.push(element);
            continue;
          }
        }
      }

      if (rect.left < -SLACK || rect.right > viewport + SLACK) {
        if (isControl) {
          problems.push(
            `outside the window (${Math.round(rect.left)}–${Math.round(rect.right)} px): ${describe(element)}`,
          );
          flagged.push(element);
          continue;
        }
      }

      const container = element.parentElement?.closest(CONTAINER);
      if (container && container !== document.body) {
        const box = container.getBoundingClientRect();
        if (rect.left < box.left - SLACK || rect.right > box.right + SLACK) {
          problems.push(
            `${isControl ? "control" : "element"} sticks out of ${describe(container)} by ` +
              `${Math.round(Math.max(box.left - rect.left, rect.right - box.right))} px: ${describe(element)}`,
          );
          flagged.push(element);
          continue;
        }
      }

      const style = getComputedStyle(element);
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== "",
      );
      if (
        hasText &&
        style.overflowX === "visible" &&
        !style.display.startsWith("inline") &&
        style.display !== "contents" &&
        element.scrollWidth > element.clientWidth + SLACK
      ) {
        problems.push(`text runs out of its box: ${describe(element)}`);
        flagged.push(element);
      }
    }
    return problems;
  });
}

/**
 * Checks the page open in `page` at each width (the same page, resized), and
 * returns its problems, each prefixed with the page's name and the width;
 * with screenshots on, saves the page at each width under
 * artifacts/screenshots/layout/ for a person to look at.
 */
export async function checkAtEveryWidth(page: Page, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const [index, { label, width, height }] of WIDTHS.entries()) {
    await page.setViewportSize({ width, height });
    if (index === 0) await settle(page);
    else await nextFrames(page);
    for (const problem of await layoutProblems(page)) found.push(`${name} at ${label}: ${problem}`);
    if (screenshotsEnabled) {
      const file = `${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}-${width}`;
      await page.screenshot({ path: `artifacts/screenshots/layout/${file}.png`, fullPage: true });
    }
  }
  return found;
}

/** Waits for the page's data and for the layout after a resize. */
export async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page
    .locator(".skeleton, [aria-busy='true']")
    .first()
    .waitFor({ state: "detached", timeout: 10_000 })
    .catch(() => undefined);
  await nextFrames(page);
}

/** Two frames: resize observers (charts) run, then layout settles. */
async function nextFrames(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}
