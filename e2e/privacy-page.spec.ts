import { expect, test } from "@playwright/test";
import { post, registerOperator, signInAs } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/**
 * The studio writes its privacy contact and notice in Settings; a member finds
 * the gallery's privacy page from the footer: before entering a code it speaks
 * in general words and names no studio, after it shows the studio's contact
 * and notice.
 */
test("a member reads the studio's privacy contact on the gallery's privacy page", async ({
  page,
  request,
}) => {
  const studio = await registerOperator(request, "Birch Lane Photo");
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Birch Lane Primary",
    timezone: "UTC",
  });
  const member = await post<{ accessCode: string }>(
    request,
    `/v1/projects/${project.id}/members`,
    studio.headers,
    { name: "Ivy Moss" },
  );

  await test.step("the studio writes its privacy contact and notice in Settings", async () => {
    await signInAs(page, studio.email);
    await page.goto("/settings");
    await page.getByLabel("Privacy contact").fill("privacy@birchlane.example");
    await page.getByLabel("Privacy notice").fill("We keep class photos only for this school year.");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved")).toBeVisible();
    await page.context().clearCookies();
  });

  await test.step("signed out, the privacy page speaks in general words", async () => {
    await page.goto("/gallery");
    await page.getByRole("link", { name: /Privacy/ }).click();
    await expect(page).toHaveURL(/\/gallery\/privacy$/);
    await expect(page.getByRole("heading", { level: 1, name: /Privacy/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What the studio stores" })).toBeVisible();
    await expect(page.getByText("your access code;")).toBeVisible();
    await expect(page.getByText("Birch Lane")).toHaveCount(0);
    await expect(page.getByText("privacy@birchlane.example")).toHaveCount(0);
    await captureScreens(page, "gallery-privacy-signed-out");
  });

  await test.step("signed in, it shows the studio's contact and notice", async () => {
    await page.getByRole("link", { name: "Enter your access code" }).click();
    await page.getByLabel("Access code").fill(member.accessCode);
    await page.getByRole("button", { name: "Open my gallery" }).click();
    await expect(page).toHaveURL(/\/gallery\/photos$/);
    await page.getByRole("link", { name: /Privacy/ }).click();
    await expect(page).toHaveURL(/\/gallery\/privacy$/);
    const contact = page.getByRole("link", { name: "privacy@birchlane.example" });
    await expect(contact).toBeVisible();
    await expect(contact).toHaveAttribute("href", "mailto:privacy@birchlane.example");
    await expect(
      page.getByRole("heading", { name: "Birch Lane Photo’s privacy notice" }),
    ).toBeVisible();
    await expect(page.getByText("We keep class photos only for this school year.")).toBeVisible();
    await expect(
      page.getByText("Birch Lane Photo took the photos of Birch Lane Primary"),
    ).toBeVisible();
    await captureScreens(page, "gallery-privacy-signed-in");
    await page.getByRole("link", { name: "Back to your photos" }).click();
    await expect(page).toHaveURL(/\/gallery\/photos$/);
  });
});
