import { expect, type Page, test } from "@playwright/test";
import { DEMO_OPERATOR_EMAIL, DEMO_PASSWORD } from "../scripts/seed/demo";
import { signInAs } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

interface Analytics {
  kpis: Record<
    "membersEnrolled" | "revenueInCents" | "photosUploaded" | "usersTagged" | "packagesSold",
    number
  >;
  photosByPhotographer: { name: string; photoCount: number }[];
  packageSales: { name: string; count: number; revenueInCents: number }[];
  conversionFunnel: { enrolled: number; tagged: number; purchased: number };
}

// The demo studio is German: its pages speak German, in euros with German formatting.
const number = (value: number) => new Intl.NumberFormat("de-DE").format(value);
const euros = (cents: number) =>
  new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(cents / 100);

const kpi = (page: Page, key: string) => page.locator(`[data-kpi="${key}"] .value`);

async function expectKpis(page: Page, analytics: Analytics) {
  const { kpis } = analytics;
  await expect(kpi(page, "membersEnrolled")).toHaveText(number(kpis.membersEnrolled));
  await expect(kpi(page, "revenueInCents")).toHaveText(euros(kpis.revenueInCents));
  await expect(kpi(page, "photosUploaded")).toHaveText(number(kpis.photosUploaded));
  await expect(kpi(page, "usersTagged")).toHaveText(number(kpis.usersTagged));
  await expect(kpi(page, "packagesSold")).toHaveText(number(kpis.packagesSold));
}

/** The projects table's body rows. */
const projectRows = (page: Page) =>
  page.getByRole("region", { name: "Auftragsstatistik" }).locator("tbody tr");

const chart = (page: Page, title: string) => page.getByRole("region", { name: title });
const bars = (page: Page, title: string) =>
  chart(page, title).locator(".recharts-bar-rectangle path");

/**
 * What the page must show for the demo studio, worked out by hand from
 * scripts/seed/demo.ts rather than asked of the app, so that a mistake the API
 * and the page share is caught too. Its fixed random draws (mulberry32, seed
 * 2026) decide the portraits per photographed member and the orders; nothing
 * depends on the day it runs.
 *
 * - Members: the four past shoots' rosters, 120 + 45 + 90 + 60 = 315 (the two
 *   upcoming shoots have none). Tagged: every photographed member, by the card
 *   shot before them: 12 + 8 + 9 + 8 = 37.
 * - Photos (cards not counted): each crew's test shots (2 for its first
 *   photographer, 1 for the others), Riverside's group shot, and 2 to 4
 *   portraits per member, members taken by the crew in turn. Riverside: Ada 21,
 *   Ben 23. Wedding: Chiara 25. Marathon: Ada 13, Ben 10, Dev 10. Lakeside:
 *   Dev 23. So Ada 34, Ben 33, Dev 33, Chiara 25: 125.
 * - Paid orders (pending ones do not count; a tenth off is 1,710 / 11,610
 *   cents; parents visit after the invitation, a buyer orders one package and
 *   now and then a second, another one): Riverside Digital Basic 1,710 + 1,900
 *   + 1,900, Family Bundle 2 × 12,900; Wedding Classic Prints 3 × 3,900,
 *   Premium Album 2 × 7,900; Marathon Classic Prints 2 × 3,900, Digital Basic
 *   2 × 1,900; Lakeside Digital Basic 3 × 1,900, Family Bundle 11,610 +
 *   12,900. Buyers: 4 + 4 + 3 + 3 = 14.
 */
const DEMO = {
  all: {
    kpis: {
      membersEnrolled: "315",
      revenueInCents: "1.006,20 €",
      photosUploaded: "125",
      usersTagged: "37",
      packagesSold: "19",
    },
    photos: "Ada Lovelace 34, Ben Okafor 33, Dev Patel 33, Chiara Rossi 25",
    sales:
      "Family Bundle 4 verkauft für 503,10 €, Classic Prints 5 verkauft für 195,00 €, " +
      "Premium Album 2 verkauft für 158,00 €, Digital Basic 8 verkauft für 150,10 €",
    funnel: "Eingetragen 315 (100 %), Zugeordnet 37 (11,7 %), Gekauft 14 (37,8 %)",
  },
  marathon: {
    kpis: {
      membersEnrolled: "90",
      revenueInCents: "116,00 €",
      photosUploaded: "33",
      usersTagged: "9",
      packagesSold: "4",
    },
    photos: "Ada Lovelace 13, Ben Okafor 10, Dev Patel 10",
    sales: "Classic Prints 2 verkauft für 78,00 €, Digital Basic 2 verkauft für 38,00 €",
    funnel: "Eingetragen 90 (100 %), Zugeordnet 9 (10 %), Gekauft 3 (33,3 %)",
  },
};

/** The page shows the hand-worked numbers: the key figures, and each chart's summary. */
async function expectDemoNumbers(page: Page, expected: (typeof DEMO)["all"]) {
  for (const [key, text] of Object.entries(expected.kpis)) {
    await expect(kpi(page, key), key).toHaveText(text);
  }
  const summary = (title: string) => chart(page, title).locator("figure");
  await expect(summary("Fotos nach Fotograf")).toHaveAccessibleName(
    `Fotos nach Fotograf: ${expected.photos}`,
  );
  await expect(summary("Paketverkäufe")).toHaveAccessibleName(`Paketverkäufe: ${expected.sales}`);
  await expect(summary("Verkaufstrichter")).toHaveAccessibleName(
    `Verkaufstrichter: ${expected.funnel}`,
  );
}

test(
  "the demo studio's dashboard, in German, shows the API's numbers and charts, and the project filter changes them",
  { tag: "@smoke" },
  async ({ page, request }) => {
    const login = await request.post("/v1/auth/login", {
      data: { email: DEMO_OPERATOR_EMAIL, password: DEMO_PASSWORD },
    });
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    const all = (await (await request.get("/v1/analytics", { headers })).json()) as Analytics;
    const projects = (await (await request.get("/v1/projects", { headers })).json()) as {
      id: string;
      name: string;
    }[];
    const marathon = projects.find((p) => p.name === "City Marathon 2026")!;
    const scoped = (await (
      await request.get(`/v1/analytics?projectId=${marathon.id}`, { headers })
    ).json()) as Analytics;
    expect(scoped.kpis.membersEnrolled).toBeLessThan(all.kpis.membersEnrolled);

    await signInAs(page, DEMO_OPERATOR_EMAIL, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
    await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
    await expectKpis(page, all);
    await expectDemoNumbers(page, DEMO.all);
    // The photo count says what it counts.
    await expect(page.locator('[data-kpi="photosUploaded"] .label')).toHaveText(
      "Fotos (ohne Karten)",
    );
    await expect(projectRows(page)).toHaveCount(projects.length);

    await expect(bars(page, "Fotos nach Fotograf")).toHaveCount(all.photosByPhotographer.length);
    await expect(bars(page, "Paketverkäufe")).toHaveCount(
      all.packageSales.filter((p) => p.count > 0).length +
        all.packageSales.filter((p) => p.revenueInCents > 0).length,
    );
    await expect(bars(page, "Verkaufstrichter")).toHaveCount(3);
    for (const title of ["Fotos nach Fotograf", "Paketverkäufe", "Verkaufstrichter"]) {
      await expect(
        chart(page, title).locator(".recharts-wrapper > svg.recharts-surface"),
      ).toBeVisible();
    }
    await expect(chart(page, "Verkaufstrichter")).toContainText(
      `${number(all.conversionFunnel.enrolled)}`,
    );
    await captureScreens(page, "dashboard");

    await page.getByLabel("Projekt", { exact: true }).selectOption({ label: marathon.name });
    await expect(page).toHaveURL(new RegExp(`projectId=${marathon.id}`));
    await expectKpis(page, scoped);
    await expectDemoNumbers(page, DEMO.marathon);
    await test.step("the projects table shows only the picked project", async () => {
      await expect(projectRows(page)).toHaveCount(1);
      await expect(projectRows(page).getByRole("link")).toHaveText(marathon.name);
      await expect(page.getByRole("button", { name: "Alle Projekte zeigen" })).toBeVisible();
    });
    await expect(bars(page, "Fotos nach Fotograf")).toHaveCount(scoped.photosByPhotographer.length);

    await page.reload();
    await expect(page.getByLabel("Projekt", { exact: true })).toHaveValue(marathon.id);
    await expectKpis(page, scoped);
    await expect(projectRows(page)).toHaveCount(1);

    await test.step("the table view carries the same numbers", async () => {
      await chart(page, "Fotos nach Fotograf")
        .getByRole("button", { name: "Tabelle zeigen" })
        .click();
      const table = chart(page, "Fotos nach Fotograf").getByRole("table");
      for (const row of scoped.photosByPhotographer) {
        await expect(
          table.getByRole("row", { name: `${row.name} ${number(row.photoCount)}` }),
        ).toBeVisible();
      }
      for (const row of DEMO.marathon.photos.split(", ")) {
        await expect(table.getByRole("row", { name: row, exact: true })).toBeVisible();
      }
      await chart(page, "Fotos nach Fotograf")
        .getByRole("button", { name: "Diagramm zeigen" })
        .click();
    });

    await test.step("Alle Projekte zeigen (show all projects) clears the project everywhere", async () => {
      await page.getByRole("button", { name: "Alle Projekte zeigen" }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByLabel("Projekt", { exact: true })).toHaveValue("");
      await expect(projectRows(page)).toHaveCount(projects.length);
      await expect(page.getByRole("button", { name: "Alle Projekte zeigen" })).toHaveCount(0);
      await expectKpis(page, all);
    });

    await page.getByLabel("Projekt", { exact: true }).selectOption({ label: marathon.name });
    await expect(projectRows(page)).toHaveCount(1);
    await page.getByLabel("Projekt", { exact: true }).selectOption({ label: "Alle Projekte" });
    await expect(page).toHaveURL(/\/dashboard$/);
    await expectKpis(page, all);
    await expectDemoNumbers(page, DEMO.all);
    await expect(projectRows(page)).toHaveCount(projects.length);
  },
);

test("the From and To boxes (Von, Bis) show only for a custom period", async ({ page }) => {
  await signInAs(page, DEMO_OPERATOR_EMAIL, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const period = page.getByLabel("Zeitraum", { exact: true });
  const from = page.getByLabel("Von", { exact: true });
  const to = page.getByLabel("Bis", { exact: true });
  const apply = page.getByRole("button", { name: "Anwenden" });

  await expect(period).toHaveValue("all-time");
  await expect(from).toHaveCount(0);
  await expect(to).toHaveCount(0);
  await expect(apply).toHaveCount(0);

  await period.selectOption({ label: "Letzte 30 Tage" });
  await expect(page).toHaveURL(/from=.*&to=/);
  await expect(from).toHaveCount(0);

  await period.selectOption({ label: "Benutzerdefiniert…" });
  await expect(from).toBeVisible();
  await expect(from).toBeFocused();
  await expect(to).toBeVisible();
  await from.fill("2026-01-01");
  await to.fill("2026-06-30");
  await apply.click();
  await expect(page).toHaveURL(/\/dashboard\?from=2026-01-01&to=2026-06-30$/);
  await expect(period).toHaveValue("custom");

  // A custom period from the address opens with its days shown.
  await page.reload();
  await expect(period).toHaveValue("custom");
  await expect(from).toHaveValue("2026-01-01");
  await expect(to).toHaveValue("2026-06-30");

  await period.selectOption({ label: "Gesamter Zeitraum" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(from).toHaveCount(0);
  await expect(to).toHaveCount(0);
});
