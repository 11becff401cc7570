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

// The demo studio works in euros with German formatting.
const number = (value: number) => new Intl.NumberFormat("de-DE").format(value);
const euros = (cents: number) =>
  new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(cents / 100);

async function expectKpis(page: Page, analytics: Analytics) {
  const { kpis } = analytics;
  const card = (key: string) => page.locator(`[data-kpi="${key}"] .value`);
  await expect(card("membersEnrolled")).toHaveText(number(kpis.membersEnrolled));
  await expect(card("revenueInCents")).toHaveText(euros(kpis.revenueInCents));
  await expect(card("photosUploaded")).toHaveText(number(kpis.photosUploaded));
  await expect(card("usersTagged")).toHaveText(number(kpis.usersTagged));
  await expect(card("packagesSold")).toHaveText(number(kpis.packagesSold));
}

const chart = (page: Page, title: string) => page.getByRole("region", { name: title });
const bars = (page: Page, title: string) =>
  chart(page, title).locator(".recharts-bar-rectangle path");

test("the dashboard shows the API's numbers and charts, and the project filter changes them", async ({
  page,
  request,
}) => {
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
  await expectKpis(page, all);

  await expect(bars(page, "Photos by photographer")).toHaveCount(all.photosByPhotographer.length);
  await expect(bars(page, "Package sales")).toHaveCount(
    all.packageSales.filter((p) => p.count > 0).length +
      all.packageSales.filter((p) => p.revenueInCents > 0).length,
  );
  await expect(bars(page, "Conversion funnel")).toHaveCount(3);
  for (const title of ["Photos by photographer", "Package sales", "Conversion funnel"]) {
    await expect(
      chart(page, title).locator(".recharts-wrapper > svg.recharts-surface"),
    ).toBeVisible();
  }
  await expect(chart(page, "Conversion funnel")).toContainText(
    `${number(all.conversionFunnel.enrolled)}`,
  );
  await captureScreens(page, "dashboard");

  await page.getByLabel("Project", { exact: true }).selectOption({ label: marathon.name });
  await expect(page).toHaveURL(new RegExp(`projectId=${marathon.id}`));
  await expectKpis(page, scoped);
  await expect(bars(page, "Photos by photographer")).toHaveCount(
    scoped.photosByPhotographer.length,
  );

  await page.reload();
  await expect(page.getByLabel("Project", { exact: true })).toHaveValue(marathon.id);
  await expectKpis(page, scoped);

  await test.step("the table view carries the same numbers", async () => {
    await chart(page, "Photos by photographer").getByRole("button", { name: "Show table" }).click();
    const table = chart(page, "Photos by photographer").getByRole("table");
    for (const row of scoped.photosByPhotographer) {
      await expect(
        table.getByRole("row", { name: `${row.name} ${number(row.photoCount)}` }),
      ).toBeVisible();
    }
  });

  await page.getByLabel("Project", { exact: true }).selectOption({ label: "All projects" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expectKpis(page, all);
});
