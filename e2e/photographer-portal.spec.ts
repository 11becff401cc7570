import { expect, test } from "@playwright/test";
import { PASSWORD, post, registerOperator, signInAs, uniqueEmail } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

test("a photographer sees only their projects, and a not-found page for any other", async ({
  page,
  request,
}) => {
  const studio = await registerOperator(request, "Portal Studio");
  const email = uniqueEmail("shooter");
  const photographer = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    {
      name: "Sam Shooter",
      email,
      password: PASSWORD,
    },
  );
  const assigned = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Harbour Regatta",
    locationName: "North Pier",
    startAt: "2030-06-01T09:00:00Z",
    endAt: "2030-06-01T17:00:00Z",
    timezone: "Europe/Lisbon",
    projectLink: "https://example.com/regatta",
    termsAndConditions: "Prints within 10 days.",
  });
  const other = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Secret Gala",
  });
  const pkg = await post<{ id: string }>(request, "/v1/packages", studio.headers, {
    name: "Sailing Set",
    price: 4500,
    photoCount: 12,
  });
  await post(request, `/v1/projects/${assigned.id}/photographers`, studio.headers, {
    photographerId: photographer.id,
  });
  await post(request, `/v1/projects/${assigned.id}/packages`, studio.headers, {
    packageId: pkg.id,
  });
  await post(request, `/v1/projects/${assigned.id}/members`, studio.headers, {
    name: "Nina Sailor",
    group: "Juniors",
  });

  await signInAs(page, email);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: "My projects" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Harbour Regatta" })).toBeVisible();
  await expect(page.getByText("Secret Gala")).toHaveCount(0);
  await captureScreens(page, "portal");

  await page.getByRole("link", { name: "Harbour Regatta" }).click();
  await expect(page.getByRole("heading", { name: "Harbour Regatta" })).toBeVisible();
  await expect(page.getByText("North Pier").first()).toBeVisible();
  await expect(page.getByText("Europe/Lisbon")).toBeVisible();
  await expect(page.getByText("10:00 AM").first()).toBeVisible(); // 09:00 UTC is 10:00 in Lisbon in summer
  await expect(page.getByText("Sailing Set")).toBeVisible();
  await expect(page.getByText("$45.00")).toBeVisible();
  // On the shoot: the upload box first, then whom to photograph and who is still missing.
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.slice(0, 3)).toEqual(["Upload photos", "Members", "My photos"]);
  await expect(
    page.getByRole("row", { name: /Nina Sailor/ }).getByText("No card yet"),
  ).toBeVisible();
  await captureScreens(page, "portal-project");

  const response = await page.goto(`/portal/projects/${other.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect((await page.goto("/portal/projects/not-a-uuid"))?.status()).toBe(404);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto(`/projects/${assigned.id}`);
  await expect(page).toHaveURL(/\/portal$/);
});
