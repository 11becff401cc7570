import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { chooseClassList, post, registerOperator, signInAs } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/** Excel's semicolon CSV with German headers and one bad line. */
const CLASS_LIST = [
  "Name;E-Mail;Klasse",
  "Łucja Wróbel;lucja@example.com;4A",
  "Jürgen Groß;;4A",
  "Анна Павлова;anna@example.com;4B",
  "Bad Mail;not-an-email;4B",
].join("\r\n");

test("an operator imports a class list, finds a member and prints their cards", async ({
  page,
  request,
}) => {
  const studio = await registerOperator(request, "Roster Studio");
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Riverside School Day",
  });
  await signInAs(page, studio.email);
  await page.goto(`/projects/${project.id}`);

  const members = page.getByRole("region", { name: "Members" });
  await expect(members.getByText("No members yet")).toBeVisible();
  await members.getByRole("button", { name: "Import a class list" }).click();

  const dialog = await chooseClassList(page, "class-4.csv", CLASS_LIST);
  await expect(dialog.getByTestId("import-counts")).toContainText("3 new members");
  await expect(dialog.getByRole("list", { name: "Rejected lines" })).toContainText(
    "Line 5: email: must be a valid e-mail address",
  );
  await expect(dialog.getByRole("combobox", { name: "Group" })).toHaveValue("Klasse");
  await expect(dialog.getByRole("region", { name: "First rows" })).toContainText("4B");
  await captureScreens(page, "members-import");

  await dialog.getByRole("button", { name: "Import 3 members" }).click();
  await expect(page.getByRole("status").getByText(/Import finished: 3 new/)).toBeVisible();
  await expect(dialog).toBeHidden();

  const table = members.getByRole("region", { name: "Members table" });
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table).toContainText("Анна Павлова");
  await captureScreens(page, "members-table");

  await members.getByRole("searchbox", { name: "Search members" }).fill("groß");
  await members.getByRole("button", { name: "Search" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Jürgen Groß");
  await expect(table).not.toContainText("Łucja");

  const [response, download] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/member-cards")),
    page.waitForEvent("download"),
    members.getByRole("button", { name: "Print cards" }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(download.suggestedFilename()).toBe("member-cards.pdf");
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(10_000);
});

test("a class list whose name column is not recognised opens on the column pickers", async ({
  page,
  request,
}) => {
  const studio = await registerOperator(request, "Picker Studio");
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Summer Camp",
  });
  await signInAs(page, studio.email);
  await page.goto(`/projects/${project.id}`);
  const members = page.getByRole("region", { name: "Members" });
  await members.getByRole("button", { name: "Import a class list" }).click();

  const dialog = await chooseClassList(
    page,
    "camp.csv",
    ["Wer;Zelt", "Mia Wolf;Blau", "Tom Fuchs;Rot"].join("\r\n"),
  );
  await expect(dialog.getByText("No column was recognised as the name.")).toBeVisible();
  await dialog.getByRole("combobox", { name: "Name", exact: true }).selectOption("Wer");
  await dialog.getByRole("combobox", { name: "Group" }).selectOption("Zelt");
  await expect(dialog.getByTestId("import-counts")).toContainText("2 new members");
  await captureScreens(page, "members-import-pick-columns");

  await dialog.getByRole("button", { name: "Import 2 members" }).click();
  await expect(page.getByRole("status").getByText(/Import finished: 2 new/)).toBeVisible();
  const table = members.getByRole("region", { name: "Members table" });
  await expect(table).toContainText("Mia Wolf");
  await expect(table).toContainText("Rot");
});
