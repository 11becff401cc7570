import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { type Download, expect, type Locator, type Page, test } from "@playwright/test";
import { post, registerOperator, signInAs } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/** The studio sells in euros with German formatting, in Berlin's days. */
const euros = (cents: number) =>
  new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(cents / 100);
const percent = (ratio: number) =>
  new Intl.NumberFormat("de-DE", { style: "percent", maximumFractionDigits: 1 }).format(ratio);

const kpi = (scope: Page | Locator, key: string) => scope.locator(`[data-kpi="${key}"] .value`);

async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`).join(", ")}`,
    );
  expect(blocking, name).toEqual([]);
}

async function downloadText(download: Download) {
  return readFile(await download.path(), "utf8");
}

test.describe.configure({ timeout: 120_000 });

test("a studio's sales: orders on the project page, a refund, and the dashboard's reports over a period", async ({
  page,
  request,
}) => {
  const studio = await registerOperator(request, "Sales Studio");
  const profile = await request.patch("/v1/operators/me", {
    headers: studio.headers,
    data: { currency: "EUR", locale: "de-DE", timezone: "Europe/Berlin" },
  });
  expect(profile.ok()).toBe(true);
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Spring School Day",
    startAt: new Date().toISOString(),
  });
  await post(request, "/v1/projects", studio.headers, { name: "Autumn Portraits" });
  const pkg = await post<{ id: string }>(request, "/v1/packages", studio.headers, {
    name: "Classic Prints",
    price: 2500,
    photoCount: 5,
  });
  await post(request, `/v1/projects/${project.id}/packages`, studio.headers, { packageId: pkg.id });
  const member = async (name: string) =>
    (
      await post<{ id: string }>(request, `/v1/projects/${project.id}/members`, studio.headers, {
        name,
        group: "4A",
      })
    ).id;
  const ann = await member("Ann Lee");
  const bo = await member("Bo Chan");
  const cleo = await member("Cleo Diaz");
  // Three paid sales reported by the studio's shop: 25 €, 30 € (a price agreed there), 25 €.
  const order = (memberId: string, extra: Record<string, unknown> = {}) =>
    post(request, `/v1/projects/${project.id}/orders`, studio.headers, {
      memberId,
      packageId: pkg.id,
      ...extra,
    });
  await order(ann);
  await order(bo, { amountInCents: 3000, externalId: "SHOP-1002" });
  await order(cleo);

  await signInAs(page, studio.email);

  await test.step("the project page shows its numbers and its orders", async () => {
    await page.goto(`/projects/${project.id}`);
    const numbers = page.getByRole("region", { name: "Zahlen" });
    await expect(kpi(numbers, "revenue")).toHaveText(euros(8000));
    await expect(kpi(numbers, "orders")).toHaveText("3");
    await expect(kpi(numbers, "purchased")).toHaveText("3");
    await expect(kpi(numbers, "enrolled")).toHaveText("3");
    await expect(kpi(numbers, "viewed")).toHaveText("0");

    const orders = page.getByRole("region", { name: "Tabelle der Bestellungen" });
    await expect(orders.getByRole("row")).toHaveCount(4);
    // Newest first.
    await expect(orders.getByRole("row").nth(1)).toContainText("Cleo Diaz");
    const boRow = orders.getByRole("row").filter({ hasText: "Bo Chan" });
    await expect(boRow).toContainText("Classic Prints");
    await expect(boRow).toContainText(euros(3000));
    await expect(boRow).toContainText("SHOP-1002");
    await expect(boRow).toContainText("Bezahlt");
  });

  await test.step("a refund asks first, then takes the sale out of the numbers", async () => {
    const orders = page.getByRole("region", { name: "Tabelle der Bestellungen" });
    const boRow = orders.getByRole("row").filter({ hasText: "Bo Chan" });
    await boRow.getByRole("button", { name: "Erstatten – Bestellung von Bo Chan" }).click();
    const dialog = page.getByRole("dialog", { name: "Diese Bestellung erstatten?" });
    await expect(dialog).toContainText(
      `Die Bestellung von Bo Chan (Classic Prints, ${euros(3000)})`,
    );
    await expectAccessible(page, "refund dialog");
    // The dialog's own buttons speak the German page's language (the orders' texts not yet).
    await dialog.getByRole("button", { name: "Abbrechen" }).click();
    await expect(dialog).toBeHidden();
    await expect(boRow).toContainText("Bezahlt");

    await boRow.getByRole("button", { name: "Erstatten – Bestellung von Bo Chan" }).click();
    await dialog.getByRole("button", { name: "Bestellung erstatten" }).click();
    await expect(
      page.getByRole("status").getByText("Bestellung von Bo Chan erstattet"),
    ).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(boRow.locator(".badge")).toHaveText("Erstattet");
    await expect(boRow.getByRole("button", { name: /Erstatten/ })).toHaveCount(0);

    const numbers = page.getByRole("region", { name: "Zahlen" });
    await expect(kpi(numbers, "revenue")).toHaveText(euros(5000));
    await expect(kpi(numbers, "orders")).toHaveText("2");
    await expect(kpi(numbers, "purchased")).toHaveText("2");
  });

  await test.step("the orders filter by status", async () => {
    const section = page.getByRole("region", { name: "Bestellungen", exact: true });
    const orders = page.getByRole("region", { name: "Tabelle der Bestellungen" });
    await section.getByLabel("Status").selectOption("Erstattet");
    await expect(orders.getByRole("row")).toHaveCount(2);
    await expect(orders).toContainText("Bo Chan");
    await section.getByLabel("Status").selectOption("Offen");
    await expect(section.getByText("Keine offenen Bestellungen")).toBeVisible();
    await section.getByRole("button", { name: "Alle Bestellungen zeigen" }).click();
    await expect(orders.getByRole("row")).toHaveCount(4);
    await captureScreens(page, "project-sales");
  });

  await test.step("the dashboard (German, the studio's language) counts paid sales only, per project", async () => {
    await page.goto("/dashboard");
    await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
    await expect(kpi(page, "revenueInCents")).toHaveText(euros(5000));
    await expect(kpi(page, "packagesSold")).toHaveText("2");

    const table = page.getByRole("region", { name: "Auftragsstatistik" });
    const rows = table.getByRole("row");
    await expect(rows).toHaveCount(3);
    // Most revenue first.
    const spring = rows.nth(1);
    await expect(spring.getByRole("link", { name: "Spring School Day" })).toHaveAttribute(
      "href",
      `/projects/${project.id}`,
    );
    const cells = spring.getByRole("cell");
    // Project, shoot, enrolled, viewed, tagged, purchased, orders, revenue, average, per member, rates.
    await expect(cells.nth(2)).toHaveText("3");
    await expect(cells.nth(3)).toHaveText("0");
    await expect(cells.nth(5)).toHaveText("2");
    await expect(cells.nth(6)).toHaveText("2");
    await expect(cells.nth(7)).toHaveText(euros(5000));
    await expect(cells.nth(8)).toHaveText(euros(2500));
    await expect(cells.nth(9)).toHaveText(euros(1667));
    await expect(cells.nth(10)).toHaveText(percent(0));
    await expect(cells.nth(11)).toHaveText(percent(2 / 3));
    await expect(rows.nth(2)).toContainText("Autumn Portraits");
    await expect(rows.nth(2).getByRole("cell").nth(11)).toHaveText("–keine");

    await table.getByRole("button", { name: "Umsatz" }).click();
    await expect(table.getByRole("columnheader", { name: "Umsatz" })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await expect(rows.nth(1)).toContainText("Autumn Portraits");
    await table.getByRole("button", { name: "Projekt" }).click();
    await expect(table.getByRole("columnheader", { name: "Projekt" })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await expect(rows.nth(1)).toContainText("Autumn Portraits");
    await table.getByRole("button", { name: "Projekt" }).click();
    await expect(rows.nth(1)).toContainText("Spring School Day");

    const chart = page.getByRole("region", { name: "Umsatz im Zeitverlauf" });
    await expect(chart.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
    await chart.getByRole("button", { name: "Tabelle zeigen" }).click();
    await expect(chart.getByRole("table")).toContainText(euros(5000));
    await chart.getByRole("button", { name: "Monat" }).click();
    await expect(page).toHaveURL(/interval=month/);
    await expect(chart.getByRole("button", { name: "Monat" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await captureScreens(page, "dashboard-sales");
    await expectAccessible(page, "dashboard with sales");
  });

  await test.step("the period changes the numbers and stays in the address", async () => {
    const period = page.getByLabel("Zeitraum", { exact: true });
    await period.selectOption("Letzte 7 Tage");
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await expect(kpi(page, "revenueInCents")).toHaveText(euros(5000));

    await period.selectOption("Benutzerdefiniert…");
    await page.getByLabel("Von", { exact: true }).fill("2030-01-01");
    await page.getByLabel("Bis", { exact: true }).fill("2030-01-31");
    await page.getByRole("button", { name: "Anwenden" }).click();
    await expect(page).toHaveURL(/from=2030-01-01&to=2030-01-31$/);
    await expect(kpi(page, "revenueInCents")).toHaveText(euros(0));
    await expect(kpi(page, "packagesSold")).toHaveText("0");
    const chart = page.getByRole("region", { name: "Umsatz im Zeitverlauf" });
    await expect(chart.getByText("Keine Verkäufe in diesem Zeitraum")).toBeVisible();
    const spring = page
      .getByRole("region", { name: "Auftragsstatistik" })
      .getByRole("row")
      .filter({ hasText: "Spring School Day" });
    await expect(spring.getByRole("cell").nth(7)).toHaveText(euros(0));

    await page.reload();
    await expect(page.getByLabel("Zeitraum", { exact: true })).toHaveValue("custom");
    await expect(page.getByLabel("Von", { exact: true })).toHaveValue("2030-01-01");
    await expect(kpi(page, "revenueInCents")).toHaveText(euros(0));
    await captureScreens(page, "dashboard-empty-period");

    await page.getByLabel("Zeitraum", { exact: true }).selectOption("Gesamter Zeitraum");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(kpi(page, "revenueInCents")).toHaveText(euros(5000));
  });

  await test.step("each report downloads as CSV in the studio's currency", async () => {
    const [projectsCsv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "CSV herunterladen (Projekttabelle)" }).click(),
    ]);
    expect(projectsCsv.suggestedFilename()).toBe("projects-all-time.csv");
    const projects = await downloadText(projectsCsv);
    expect(projects.split("\r\n")[0]).toContain("revenue (EUR)");
    expect(projects).toContain("Spring School Day");
    expect(projects).toContain(",50.00,");

    await page.getByLabel("Projekt", { exact: true }).selectOption("Spring School Day");
    await expect(page).toHaveURL(new RegExp(`projectId=${project.id}`));
    const [summaryCsv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "CSV-Zusammenfassung herunterladen" }).click(),
    ]);
    expect(summaryCsv.suggestedFilename()).toBe("summary-spring-school-day-all-time.csv");
    const summary = await downloadText(summaryCsv);
    // A byte-order mark first, so that Excel reads the file as UTF-8.
    expect(summary.split("\r\n")[0]).toBe("\ufeffsection,name,count,revenue (EUR)");
    expect(summary).toContain("kpis,packagesSold,2,50.00");
  });
});
