import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * The Chromium the browser journeys drive: the one at CHROMIUM_PATH, else
 * Debian's (/usr/bin/chromium), else Playwright's own download. Shared by
 * playwright.config.ts and the test runner's preflight so both pick the same.
 */
export interface FoundBrowser {
  /** undefined: Playwright's own, at its default place. */
  executablePath: string | undefined;
  source: "CHROMIUM_PATH" | "system" | "playwright";
}

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export function findChromium(): FoundBrowser | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    return existsSync(configured)
      ? { executablePath: configured, source: "CHROMIUM_PATH" }
      : undefined;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: "system" };
  if (existsSync(chromium.executablePath()))
    return { executablePath: undefined, source: "playwright" };
  return undefined;
}

function isDebianFamily(): boolean {
  try {
    return /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(readFileSync("/etc/os-release", "utf8"));
  } catch {
    return false;
  }
}

/** The commands that install a browser on this machine. */
function installSteps(): { command: string; args: string[] }[] {
  const root = process.getuid?.() === 0;
  if (root && isDebianFamily() && existsSync("/usr/bin/apt-get")) {
    return [
      { command: "apt-get", args: ["update", "-qq"] },
      { command: "apt-get", args: ["install", "-y", "-qq", "chromium"] },
    ];
  }
  return [{ command: "npx", args: ["playwright", "install", "chromium"] }];
}

/** What a person runs to get a browser when installing one here failed. */
export function installAdvice(): string {
  return isDebianFamily()
    ? "sudo apt-get install chromium   (or: npx playwright install chromium)"
    : "npx playwright install chromium   (or set CHROMIUM_PATH to a Chromium or Chrome)";
}

/**
 * Finds a Chromium, installing one when there is none: Debian's package when
 * running as root on Debian or Ubuntu, Playwright's download otherwise.
 * Returns undefined when that failed too.
 */
export function ensureChromium(log: (line: string) => void): FoundBrowser | undefined {
  const found = findChromium();
  if (found || process.env.CHROMIUM_PATH) return found;
  for (const step of installSteps()) {
    log(`no Chromium found; running: ${step.command} ${step.args.join(" ")}`);
    const result = spawnSync(step.command, step.args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) return undefined;
  }
  return findChromium();
}
