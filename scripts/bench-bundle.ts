/**
 * `npm run bench:bundle`: the JavaScript each page costs a browser, gzip bytes.
 *
 * First load = the scripts the page's HTML references (what must arrive before
 * the page is interactive); after idle = everything fetched until the network
 * is quiet (lazily loaded chunks such as the dashboard's charts included).
 * Measured in Chromium against the production build (`npm run build` first).
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page, type Response } from "@playwright/test";
import { launchApp } from "./lib/app-process";

const BUDGET_KB = { "/dashboard": 200 } as Record<string, number>;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function measure(page: Page, url: string) {
  const bodies = new Map<string, Promise<Buffer>>();
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === "script") bodies.set(response.url(), response.body());
  };
  page.on("response", onResponse);
  const navigation = await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", onResponse);
  const html = (await navigation?.text()) ?? "";
  const referenced = new Set(
    [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) =>
      new URL(match[1]!, url).toString(),
    ),
  );
  let firstLoad = 0;
  let total = 0;
  for (const [scriptUrl, body] of bodies) {
    const gzipped = gzipSync(await body).byteLength;
    total += gzipped;
    if (referenced.has(scriptUrl)) firstLoad += gzipped;
  }
  return { firstLoad, total, scripts: bodies.size };
}

const dataDir = await mkdtemp(path.join(tmpdir(), "bench-bundle-"));
const app = await launchApp({
  env: { AUTH_SECRET: randomBytes(32).toString("hex"), DATA_DIR: dataDir, LOG_LEVEL: "warn" },
});
const browser = await chromium.launch({
  executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
let overBudget = false;
try {
  const email = `bundle-${Date.now()}@example.com`;
  const password = "bundle password";
  await fetch(`${app.url}/v1/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Bundle Studio", email, password }),
  });

  const rows: [string, Awaited<ReturnType<typeof measure>>][] = [];
  const visitor = await browser.newPage();
  for (const route of ["/", "/signin"])
    rows.push([route, await measure(visitor, `${app.url}${route}`)]);

  const operator = await browser.newPage();
  await operator.goto(`${app.url}/signin`);
  await operator.getByLabel("E-mail").fill(email);
  await operator.getByLabel("Password").fill(password);
  await operator.getByRole("button", { name: "Sign in" }).click();
  await operator.waitForURL(/\/dashboard$/);
  for (const route of ["/dashboard", "/projects", "/settings"]) {
    const fresh = await browser.newPage({ storageState: await operator.context().storageState() });
    rows.push([route, await measure(fresh, `${app.url}${route}`)]);
    await fresh.close();
  }

  console.log("\nJavaScript per page, gzip (production build, Chromium)\n");
  console.log("route        first load kB   after idle kB   scripts   budget");
  for (const [route, row] of rows) {
    const budget = BUDGET_KB[route];
    const verdict =
      budget === undefined
        ? ""
        : row.firstLoad / 1024 <= budget
          ? `≤ ${budget} kB ok`
          : `> ${budget} kB OVER`;
    if (budget !== undefined && row.firstLoad / 1024 > budget) overBudget = true;
    console.log(
      `${route.padEnd(12)} ${kb(row.firstLoad).padStart(13)} ${kb(row.total).padStart(15)} ${String(row.scripts).padStart(9)}   ${verdict}`,
    );
  }
} finally {
  await browser.close();
  await app.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exitCode = overBudget ? 1 : 0;
