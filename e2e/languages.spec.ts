import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Page, test } from "@playwright/test";
import { post, registerOperator, signInAs } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/**
 * Which language the studio's pages speak: a German studio's dashboard is
 * German (words, dates, money) until the operator picks English in Settings;
 * an American studio's is English. One sale of 1,079.40 shows how money reads.
 */

const PRICE = 107_940;
/** The shoot: ten days ago, 09:00 UTC. */
const shootAt = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
shootAt.setUTCHours(9, 0, 0, 0);

/** A studio with one project, one member and one paid sale of 1,079.40 in its currency. */
async function studioWithOneSale(
  request: APIRequestContext,
  profile?: { currency: string; locale: string; timezone: string },
) {
  const studio = await registerOperator(request, "Atelier Sonnenschein");
  if (profile) {
    const patched = await request.patch("/v1/operators/me", {
      headers: studio.headers,
      data: profile,
    });
    expect(patched.ok(), await patched.text()).toBe(true);
  }
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Grundschule am Park",
    startAt: shootAt.toISOString(),
  });
  const pkg = await post<{ id: string }>(request, "/v1/packages", studio.headers, {
    name: "Fotobuch XL",
    price: PRICE,
    photoCount: 10,
  });
  await post(request, `/v1/projects/${project.id}/packages`, studio.headers, { packageId: pkg.id });
  const member = await post<{ id: string }>(
    request,
    `/v1/projects/${project.id}/members`,
    studio.headers,
    { name: "Lena Schmidt", group: "3b" },
  );
  await post(request, `/v1/projects/${project.id}/orders`, studio.headers, {
    memberId: member.id,
    packageId: pkg.id,
  });
  return studio;
}

/** Every message of a language, flattened. */
function leaves(messages: object, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "object" && value !== null) {
      for (const [k, v] of leaves(value as object, `${prefix}${key}.`)) found.set(k, v);
    } else found.set(`${prefix}${key}`, String(value));
  }
  return found;
}

/** A language's messages: every part file of src/i18n/messages/<language>/. */
function messagesOf(language: "en" | "de"): object {
  const folder = path.resolve("src/i18n/messages", language);
  return Object.assign(
    {},
    ...readdirSync(folder)
      .filter((file) => file.endsWith(".json"))
      .map((file) => JSON.parse(readFileSync(path.join(folder, file), "utf8")) as object),
  );
}

/**
 * The English messages that must not show on a German page: whole sentences
 * and labels (no placeholders or markup) whose German differs, of 6 letters or
 * more so that a word never matches inside another.
 */
const ENGLISH_ONLY = (() => {
  const german = leaves(messagesOf("de"));
  return [...leaves(messagesOf("en"))]
    .filter(([key, text]) => !/[{<]/.test(text) && text.length >= 6 && german.get(key) !== text)
    .map(([, text]) => text);
})();

/** Whether `text` occurs in `words` as whole words ("Interval" is not in "Intervall"). */
function containsWords(words: string, text: string): boolean {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, "u").test(words);
}

/** What a person and a screen reader meet on the page: its text and its accessible names. */
async function wordsOn(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label")),
    ].join("\n"),
  );
}

const kpi = (page: Page, key: string) => page.locator(`[data-kpi="${key}"]`);
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const shootCell = (page: Page) =>
  page.locator(".report-table tbody tr").first().getByRole("cell").nth(1);

/** The shoot's day as `locale` writes it in the studio's time zone. */
const shootDay = (locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone,
  }).format(shootAt);

/** Waits for the numbers and the revenue chart: the page is whole. */
async function dashboardLoaded(page: Page, revenueChart: string) {
  await expect(kpi(page, "revenueInCents").locator(".value")).not.toBeEmpty();
  await expect(
    page
      .getByRole("region", { name: revenueChart })
      .locator(".recharts-wrapper > svg.recharts-surface"),
  ).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function expectGermanDashboard(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
  await expect(page).toHaveTitle("Übersicht · Photo Backoffice");
  await expect(mainNav(page).getByRole("link", { name: "Übersicht" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
  await dashboardLoaded(page, "Umsatz im Zeitverlauf");

  await expect(kpi(page, "membersEnrolled").locator(".label")).toHaveText(
    "Eingetragene Mitglieder",
  );
  await expect(kpi(page, "revenueInCents").locator(".label")).toHaveText("Umsatz");
  await expect(kpi(page, "photosUploaded").locator(".label")).toHaveText("Fotos (ohne Karten)");
  await expect(kpi(page, "usersTagged").locator(".label")).toHaveText("Zugeordnete Mitglieder");
  await expect(kpi(page, "packagesSold").locator(".label")).toHaveText("Verkaufte Pakete");
  await expect(kpi(page, "revenueInCents").locator(".value")).toHaveText("1.079,40 €");

  await expect(page.getByLabel("Zeitraum", { exact: true })).toHaveValue("all-time");
  await expect(page.getByLabel("Zeitraum", { exact: true }).locator("option:checked")).toHaveText(
    "Gesamter Zeitraum",
  );
  await expect(page.getByRole("heading", { name: "Projekte", exact: true })).toBeVisible();
  const table = page.getByRole("region", { name: "Auftragsstatistik" });
  // Long German headings carry a soft hyphen where they may break ("Bestell-quote").
  await expect(table.getByRole("columnheader").first()).toBeVisible();
  const headings = (await table.getByRole("columnheader").allInnerTexts()).map((text) =>
    text.replace(/\u00ad/g, ""),
  );
  for (const header of ["Projekt", "Shooting", "Eingetragen", "Umsatz", "Bestellquote"]) {
    expect(
      headings.some((text) => text.startsWith(header)),
      header,
    ).toBe(true);
  }
  // German dates and money in the table: "27. Nov. 2026", "1.079,40 €", "100 %".
  await expect(shootCell(page)).toHaveText(shootDay("de-DE", "Europe/Berlin"));
  await expect(shootCell(page)).toHaveText(/^\d{1,2}\. \S+ \d{4}$/);
  await expect(table.getByRole("row").nth(1)).toContainText("1.079,40 €");
  await expect(table.getByRole("row").nth(1)).toContainText("100 %");

  const revenue = page.getByRole("region", { name: "Umsatz im Zeitverlauf" });
  await expect(revenue.locator("figure")).toHaveAccessibleName(
    /^Umsatz im Zeitverlauf, pro Tag: 1\.079,40\s€ aus 1 bezahlten Bestellung; höchster Umsatz: \d{1,2}\. \S+ \d{4}, 1\.079,40\s€$/,
  );
  await expect(revenue.locator(".recharts-legend-item-text")).toHaveText([
    "Bestellungen",
    "Umsatz",
  ]);
  // The axes: German days ("27. Nov.") and euros ("1.000 €").
  await expect(
    revenue.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").first(),
  ).toHaveText(/^\d{1,2}\. \S+$/);
  await expect(
    revenue
      .locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")
      .filter({ hasText: "€" }),
  ).not.toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Verkaufstrichter" }).locator("figure"),
  ).toHaveAccessibleName(
    "Verkaufstrichter: Eingetragen 1 (100 %), Zugeordnet 0 (0 %), Gekauft 1 (0 %)",
  );
  await expect(
    page.getByRole("button", { name: "CSV-Zusammenfassung herunterladen" }),
  ).toBeVisible();
  await expect(
    page.getByRole("button", { name: "CSV herunterladen (Projekttabelle)" }),
  ).toBeVisible();

  await test.step("the tooltip of the revenue chart is German", async () => {
    await revenue.locator(".recharts-bar-rectangle path").last().hover();
    const tooltip = revenue.locator(".recharts-tooltip-wrapper");
    await expect(tooltip).toContainText("Umsatz");
    await expect(tooltip).toContainText("1.079,40 €");
    await expect(tooltip).toContainText("Bestellungen");
  });

  await test.step("the table views are German too", async () => {
    await revenue.getByRole("button", { name: "Tabelle zeigen" }).click();
    await expect(revenue.getByRole("columnheader")).toHaveText(["Tag", "Bestellungen", "Umsatz"]);
    await revenue.getByRole("button", { name: "Diagramm zeigen" }).click();
  });

  const words = await wordsOn(page);
  expect(
    ENGLISH_ONLY.filter((text) => containsWords(words, text)),
    "English left on the German dashboard",
  ).toEqual([]);
}

async function expectEnglishDashboard(page: Page, lang: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page).toHaveTitle("Dashboard · Photo Backoffice");
  await expect(mainNav(page).getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await dashboardLoaded(page, "Revenue over time");
  await expect(kpi(page, "membersEnrolled").locator(".label")).toHaveText("Members enrolled");
  await expect(kpi(page, "revenueInCents").locator(".label")).toHaveText("Revenue");
  await expect(kpi(page, "photosUploaded").locator(".label")).toHaveText("Photos (without cards)");
  await expect(page.getByLabel("Period", { exact: true }).locator("option:checked")).toHaveText(
    "All time",
  );
  const table = page.getByRole("region", { name: "Job statistics" });
  await expect(table.getByRole("columnheader", { name: "Order rate" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Revenue over time" }).locator("figure"),
  ).toHaveAccessibleName(/^Revenue over time, per day: \S+ from 1 paid order; most in /);
  await expect(
    page.getByRole("region", { name: "Conversion funnel" }).locator("figure"),
  ).toHaveAccessibleName("Conversion funnel: Enrolled 1 (100%), Tagged 0 (0%), Purchased 1 (0%)");
}

test.describe.configure({ timeout: 120_000 });

test("a German studio's dashboard is German: words, dates and money", async ({ page, request }) => {
  const studio = await studioWithOneSale(request, {
    currency: "EUR",
    locale: "de-DE",
    timezone: "Europe/Berlin",
  });
  await signInAs(page, studio.email);
  await page.goto("/dashboard");
  await expectGermanDashboard(page);
  await captureScreens(page, "dashboard-german");

  await test.step("the operator picks English in Settings: the same dashboard is English", async () => {
    await mainNav(page).getByRole("link", { name: "Einstellungen" }).click();
    const language = page.getByRole("combobox", { name: "Sprache", exact: true });
    await expect(language.locator("option")).toHaveText([
      "Sprache des Studios (Deutsch)",
      "English",
      "Deutsch",
    ]);
    await language.selectOption({ label: "English" });
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(page.getByRole("combobox", { name: "Language", exact: true })).toHaveValue("en");

    await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
    await expectEnglishDashboard(page, "en-GB");
    // English words, the studio's euros written the British way.
    await expect(kpi(page, "revenueInCents").locator(".value")).toHaveText("€1,079.40");
    await expect(shootCell(page)).toHaveText(shootDay("en-GB", "Europe/Berlin"));
    await expect(shootCell(page)).toHaveText(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/);
    await page.reload();
    await expectEnglishDashboard(page, "en-GB");
  });

  await test.step("picking the studio's language makes it German again", async () => {
    await mainNav(page).getByRole("link", { name: "Settings" }).click();
    const language = page.getByRole("combobox", { name: "Language", exact: true });
    await expect(language.locator("option").first()).toHaveText("The studio's language (Deutsch)");
    await language.selectOption({ index: 0 });
    await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
    await expect(page.getByRole("combobox", { name: "Sprache", exact: true })).toHaveValue("");
    await mainNav(page).getByRole("link", { name: "Übersicht" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    // Afresh: the toast of the save ("Language saved") was worded before the switch.
    await page.reload();
    await expectGermanDashboard(page);
  });
});

test("an American studio's dashboard is English, in US style", async ({ page, request }) => {
  const studio = await studioWithOneSale(request);
  await signInAs(page, studio.email);
  await page.goto("/dashboard");
  await expectEnglishDashboard(page, "en-US");
  await expect(kpi(page, "revenueInCents").locator(".value")).toHaveText("$1,079.40");
  await expect(shootCell(page)).toHaveText(shootDay("en-US", "UTC"));
  await expect(shootCell(page)).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
});
