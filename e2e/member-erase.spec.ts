import { expect, test } from "@playwright/test";
import { post, registerOperator, signInAs } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/**
 * A parent asks for a copy of their child's data and then its erasure: the
 * operator downloads the export from the members table, then erases the
 * member on a phone, typing the name back before the button works.
 */
test("an operator exports a member's data, then erases them with the name typed back", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const studio = await registerOperator(request, "Privacy Studio");
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Hillside Class Photos",
  });
  const mia = await post<{ id: string }>(
    request,
    `/v1/projects/${project.id}/members`,
    studio.headers,
    { name: "Mia Lindqvist", email: "mia.parent@example.com" },
  );
  await post(request, `/v1/projects/${project.id}/members`, studio.headers, {
    name: "Noah Berg",
  });
  await signInAs(page, studio.email);
  await page.goto(`/projects/${project.id}`);

  const members = page.getByRole("region", { name: "Members" });
  const table = members.getByRole("region", { name: "Members table" });
  await expect(table.getByRole("row")).toHaveCount(3);

  const exportLink = table.getByRole("link", { name: "Export data of Mia Lindqvist" });
  await expect(exportLink).toHaveAttribute("href", `/api/members/${mia.id}/export`);
  const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
  expect(download.suggestedFilename()).toBe(`member-${mia.id}.zip`);
  const zip = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of zip) chunks.push(chunk as Buffer);
  // A zip: the local file header, then member.json as its first entry.
  const bytes = Buffer.concat(chunks);
  expect(bytes.subarray(0, 4).toString("hex")).toBe("504b0304");
  expect(bytes.toString("latin1")).toContain("member.json");

  await table.getByRole("button", { name: "Erase… Mia Lindqvist" }).click();
  const dialog = page.getByRole("dialog", { name: "Erase member?" });
  const confirm = dialog.getByRole("button", { name: "Erase member" });
  await expect(confirm).toBeDisabled();
  const typed = dialog.getByLabel("Type the member's name to confirm");
  await typed.fill("Mia");
  await expect(confirm).toBeDisabled();
  await typed.fill("Mia Lindqvist");
  await expect(confirm).toBeEnabled();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await captureScreens(page, "member-erase-confirm");

  await confirm.click();
  await expect(dialog.getByRole("status")).toContainText("Mia Lindqvist was erased");
  const report = dialog.getByRole("list", { name: "What was erased" });
  await expect(report).toContainText("0 photos deleted");
  await expect(report).toContainText("0 orders kept without the member");
  await captureScreens(page, "member-erase-report");
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();

  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).not.toContainText("Mia Lindqvist");
  await expect(table).toContainText("Noah Berg");
  const gone = await request.get(`/v1/members/${mia.id}`, { headers: studio.headers });
  expect(gone.status()).toBe(404);
});
