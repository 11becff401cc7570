import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import { makeCardPhoto, makePhoto } from "../tests/support/images";
import { PASSWORD, post, registerOperator, signInAs, uniqueEmail } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

interface Member {
  id: string;
  name: string;
  accessCode: string;
}

async function uploadPhoto(
  request: APIRequestContext,
  headers: Record<string, string>,
  projectId: string,
  photographerId: string,
  name: string,
  buffer: Buffer,
) {
  const response = await request.post(`/v1/projects/${projectId}/photos`, {
    headers,
    multipart: { file: { name, mimeType: "image/jpeg", buffer }, photographerId },
  });
  expect(response.status(), `${name}: ${await response.text()}`).toBe(201);
  return (await response.json()) as { id: string; kind: string; cardMemberId: string | null };
}

/** No serious or critical axe violation on the page as it is now. */
async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(blocking, name).toEqual([]);
}

const tile = (page: Page, fileName: string) =>
  page.getByRole("list", { name: "Photos" }).getByRole("listitem").filter({ hasText: fileName });

/** Every thumbnail in the grid was served and decoded. */
async function expectImagesLoaded(images: Locator) {
  await expect
    .poll(() =>
      images.evaluateAll((elements) =>
        elements.every(
          (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
        ),
      ),
    )
    .toBe(true);
}

test("an operator reviews a shoot's photos, tags the untagged one by hand and finds a member's photos", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const studio = await registerOperator(request, "Tagging Studio");
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Lakeside School Day",
    startAt: "2030-05-04T08:00:00+02:00",
    timezone: "Europe/Berlin",
  });
  const photographer = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    { name: "Paula Lens", email: uniqueEmail("paula"), password: PASSWORD },
  );
  await post(request, `/v1/projects/${project.id}/photographers`, studio.headers, {
    photographerId: photographer.id,
  });
  const anna = await post<Member>(request, `/v1/projects/${project.id}/members`, studio.headers, {
    name: "Anna Weber",
    group: "4A",
  });
  const bruno = await post<Member>(request, `/v1/projects/${project.id}/members`, studio.headers, {
    name: "Bruno Klein",
    group: "4A",
  });

  // Before the shoot: nothing to show, and what to do about it.
  await signInAs(page, studio.email);
  await page.goto(`/projects/${project.id}/photos`);
  await expect(page.getByText("No photos yet")).toBeVisible();
  await expect(page.getByText("Photographers upload them in their portal")).toBeVisible();
  await captureScreens(page, "project-photos-empty");

  // In capture order: a photo before any card, Anna's card, two photos of Anna.
  const upload = (name: string, buffer: Buffer) =>
    uploadPhoto(request, studio.headers, project.id, photographer.id, name, buffer);
  const at = (time: string) => ({ takenAt: `2030:05:04 ${time}`, offset: "+02:00" });
  await upload("IMG_0001.jpg", await makePhoto({ ...at("10:00:00"), seed: 1 }));
  const card = await upload(
    "IMG_0002.jpg",
    await makeCardPhoto(anna.accessCode, {
      ...at("10:01:00"),
      width: 1600,
      height: 1200,
      cardFraction: 0.25,
      seed: 2,
    }),
  );
  expect(card).toMatchObject({ kind: "card", cardMemberId: anna.id });
  await upload("IMG_0003.jpg", await makePhoto({ ...at("10:02:00"), seed: 3 }));
  await upload("IMG_0004.jpg", await makePhoto({ ...at("10:03:00"), seed: 4 }));

  await page.goto(`/projects/${project.id}`);
  const summary = page.getByRole("region", { name: "Photos" });
  await expect(summary).toContainText("3 photos (without cards) and 1 card");
  await expect(summary).toContainText("1 untagged");
  await summary.getByRole("link", { name: "Open photos" }).click();

  // Every photo, the matched name on the two after the card, the card marked as Anna's.
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/photos$`));
  await expect(page.getByRole("heading", { level: 1, name: "Photos" })).toBeVisible();
  const grid = page.getByRole("list", { name: "Photos" });
  await expect(grid.getByRole("listitem").filter({ has: page.locator("img") })).toHaveCount(4);
  await expect(page.getByText("Showing 4 of 4 photos")).toBeVisible();
  await expect(tile(page, "IMG_0003.jpg").getByRole("list", { name: /Tagged in/ })).toHaveText(
    "Anna Weber by card",
  );
  await expect(tile(page, "IMG_0004.jpg")).toContainText("Anna Weber by card");
  await expect(tile(page, "IMG_0004.jpg")).toContainText("10:03:00"); // Berlin time, as shot
  await expect(tile(page, "IMG_0002.jpg")).toContainText("Card of Anna Weber");
  await expect(tile(page, "IMG_0002.jpg").getByRole("checkbox")).toBeDisabled();
  await expect(tile(page, "IMG_0001.jpg")).toContainText("Untagged");
  await expectImagesLoaded(grid.locator("img"));
  await captureScreens(page, "project-photos");
  await expectAccessible(page, "photos grid");

  // Shift-click ticks a range, Select all shown every photo shown: both leave the card out.
  const bar = page.getByRole("region", { name: "Tag selected photos" });
  const checkbox = (fileName: string) => tile(page, fileName).getByRole("checkbox");
  await checkbox("IMG_0001.jpg").check();
  await checkbox("IMG_0004.jpg").click({ modifiers: ["Shift"] });
  await expect(bar).toContainText("3 photos selected");
  await expect(checkbox("IMG_0003.jpg")).toBeChecked();
  await expect(checkbox("IMG_0002.jpg")).not.toBeChecked();
  await bar.getByRole("button", { name: "Clear selection" }).click();
  await expect(bar).toContainText("No photos selected");
  await bar.getByRole("button", { name: "Select all shown" }).click();
  await expect(bar).toContainText("3 photos selected");
  await bar.getByRole("button", { name: "Clear selection" }).click();

  // The preview: details in the project's time zone, the photographer, Next.
  await tile(page, "IMG_0003.jpg").getByRole("button", { name: "Open IMG_0003.jpg" }).click();
  const preview = page.getByRole("dialog", { name: "IMG_0003.jpg" });
  await expect(preview).toContainText("10:02");
  await expect(preview).toContainText("Paula Lens");
  await expect(preview.getByRole("link", { name: "Open the original" })).toHaveAttribute(
    "href",
    /\/api\/photos\/[0-9a-f-]+\/file\?size=original/,
  );
  await expectImagesLoaded(preview.getByRole("img", { name: "Preview of IMG_0003.jpg" }));
  await preview.getByRole("button", { name: "Next →" }).click();
  const next = page.getByRole("dialog", { name: "IMG_0004.jpg" });
  await expect(next).toContainText("4 of 4");
  await expect(next.getByRole("button", { name: "Next →" })).toBeDisabled();
  await expectImagesLoaded(next.getByRole("img", { name: "Preview of IMG_0004.jpg" }));
  await captureScreens(page, "project-photos-preview");
  await expectAccessible(page, "photo preview");

  // One photo's tags by hand, in the preview: Bruno is in it too.
  await next.getByRole("combobox", { name: "Add a member to this photo" }).fill("Bru");
  await next.getByRole("option", { name: /Bruno Klein/ }).click();
  await next.getByRole("button", { name: "Save tags" }).click();
  await expect(page.getByRole("status").getByText("IMG_0004.jpg: tags saved")).toBeVisible();
  await expect(next.getByRole("list", { name: "Tagged in this photo" })).toHaveText(
    /^Anna Weber by hand\s*Bruno Klein by hand$/,
  );
  await next.getByRole("button", { name: "Close" }).click();
  await expect(next).toBeHidden();

  // The review queue: the photo before the card, tagged by hand with Bruno.
  await page
    .getByRole("navigation", { name: "Show photos" })
    .getByRole("link", { name: /Untagged/ })
    .click();
  await expect(page).toHaveURL(/\?tagged=false$/);
  await expect(grid.getByRole("listitem")).toHaveCount(1);
  await page.goBack();
  await expect(grid.getByRole("listitem").filter({ has: page.locator("img") })).toHaveCount(4);
  await page.goForward();
  await expect(page).toHaveURL(/\?tagged=false$/);
  await expect(grid.getByRole("listitem")).toHaveCount(1);
  await tile(page, "IMG_0001.jpg").getByRole("checkbox", { name: "Select IMG_0001.jpg" }).check();
  await expect(bar).toContainText("1 photo selected");
  await bar.getByRole("combobox", { name: "Members to add or remove" }).fill("brun");
  await bar.getByRole("option", { name: /Bruno Klein/ }).click();
  await expect(bar.getByRole("list", { name: "Chosen members" })).toContainText("Bruno Klein");
  await bar.getByRole("button", { name: "Add to selected" }).click();
  await expect(page.getByRole("status").getByText("Bruno Klein added to 1 photo")).toBeVisible();
  await expect(page.getByText("Every photo is matched")).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Show photos" }).getByRole("link", { name: /Untagged/ }),
  ).toHaveText(/^Untagged\s*0$/);

  // Bruno's photos: both tagged by hand.
  await page.getByRole("combobox", { name: "Photos of a member" }).fill("Bruno");
  await page.getByRole("option", { name: /Bruno Klein/ }).click();
  await expect(page).toHaveURL(new RegExp(`\\?memberId=${bruno.id}$`));
  await expect(page.getByText("Photos of Bruno Klein")).toBeVisible();
  await expect(grid.getByRole("listitem").filter({ has: page.locator("img") })).toHaveCount(2);
  await expect(tile(page, "IMG_0001.jpg")).toContainText("Bruno Klein by hand");
  await expect(tile(page, "IMG_0004.jpg")).toContainText("Bruno Klein by hand");

  // The same view opens from a link, and the member's photo count leads to it.
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole("region", { name: "Photos" })).toContainText(
    "every photo is matched",
  );
  const members = page.getByRole("region", { name: "Members" });
  await expect(members.getByRole("link", { name: "2 photos of Bruno Klein" })).toBeVisible();
  await captureScreens(page, "project-photos-summary");
  await members.getByRole("link", { name: "2 photos of Anna Weber" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/photos\\?memberId=${anna.id}$`));
  await expect(page.getByText("Photos of Anna Weber")).toBeVisible();
  await expect(grid.getByRole("listitem").filter({ has: page.locator("img") })).toHaveCount(2);
  await expect(tile(page, "IMG_0003.jpg")).toBeVisible();
  await expect(tile(page, "IMG_0004.jpg")).toBeVisible();
});

test("a long shoot pages with Load more, and the preview walks on into the next page", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const studio = await registerOperator(request, "Paging Studio");
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Marathon",
    timezone: "UTC",
  });
  const photographer = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    { name: "Rui Runner", email: uniqueEmail("rui"), password: PASSWORD },
  );
  await post(request, `/v1/projects/${project.id}/photographers`, studio.headers, {
    photographerId: photographer.id,
  });
  // One more page than the grid's first (60): small photos, a few at a time.
  const names = Array.from({ length: 62 }, (_, i) => `RUN_${String(i + 1).padStart(3, "0")}.jpg`);
  for (let start = 0; start < names.length; start += 4) {
    await Promise.all(
      names.slice(start, start + 4).map(async (name, offset) => {
        const i = start + offset;
        const seconds = String(i % 60).padStart(2, "0");
        const minutes = String(10 + Math.floor(i / 60)).padStart(2, "0");
        const buffer = await makePhoto({
          takenAt: `2030:06:01 09:${minutes}:${seconds}`,
          width: 240,
          height: 160,
          seed: i + 1,
        });
        await uploadPhoto(request, studio.headers, project.id, photographer.id, name, buffer);
      }),
    );
  }

  await signInAs(page, studio.email);
  await page.goto(`/projects/${project.id}/photos`);
  const grid = page.getByRole("list", { name: "Photos" });
  await expect(page.getByText("Showing 60 of 62 photos")).toBeVisible();
  await expect(grid.getByRole("listitem")).toHaveCount(60);
  await expect(tile(page, "RUN_060.jpg")).toBeVisible();
  await expect(tile(page, "RUN_061.jpg")).toHaveCount(0);

  await page.getByRole("button", { name: "Load more" }).click();
  await expect(page.getByText("Showing 62 of 62 photos")).toBeVisible();
  await expect(grid.getByRole("listitem")).toHaveCount(62);
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);

  // From the last photo of the first page, Next fetches the next page and goes on.
  await page.reload();
  await expect(page.getByText("Showing 60 of 62 photos")).toBeVisible();
  await tile(page, "RUN_060.jpg").getByRole("button", { name: "Open RUN_060.jpg" }).click();
  await expect(page.getByRole("dialog", { name: "RUN_060.jpg" })).toContainText("60 of 62");
  await page.getByRole("dialog").getByRole("button", { name: "Next →" }).click();
  await expect(page.getByRole("dialog", { name: "RUN_061.jpg" })).toContainText("61 of 62");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("dialog", { name: "RUN_060.jpg" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByText("Showing 62 of 62 photos")).toBeVisible();
});
