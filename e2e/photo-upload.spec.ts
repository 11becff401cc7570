import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type Route, test } from "@playwright/test";
import { makeCardPhoto, makePhoto } from "../tests/support/images";
import { PASSWORD, post, registerOperator, signInAs, uniqueEmail } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/**
 * A photographer uploads a shoot from the portal: a card and the photos after
 * it, one photo from before it and a file that is no photo. Every file gets
 * its row and progress, three travel at once, a connection dropped mid-file
 * resumes by itself, the failure says why and can be retried, and the grid
 * shows whom each photo is of.
 */

async function studioWithPhotographer(request: Parameters<typeof registerOperator>[0]) {
  const studio = await registerOperator(request, "Upload Studio");
  const email = uniqueEmail("uploader");
  const photographer = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    { name: "Pia Pixel", email, password: PASSWORD },
  );
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Lakeside Sports Day",
    timezone: "Europe/Berlin",
  });
  await post(request, `/v1/projects/${project.id}/photographers`, studio.headers, {
    photographerId: photographer.id,
  });
  return { studio, email, project };
}

async function choosePhotos(
  page: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[],
) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Choose photos" }).click();
  await (await chooser).setFiles(files);
}

const jpeg = (name: string, buffer: Buffer) => ({ name, mimeType: "image/jpeg", buffer });

/** No serious or critical axe violation at either width, with the rows and the grid on screen. */
async function expectAccessibleAtBothWidths(page: Page) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const blocking = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(blocking, `at ${width}px`).toEqual([]);
  }
}

test("a photographer uploads a shoot: progress per file, a resumed drop, a failure retried, the photos tagged", async ({
  page,
  request,
}) => {
  const { studio, email, project } = await studioWithPhotographer(request);
  const member = await post<{ id: string; accessCode: string }>(
    request,
    `/v1/projects/${project.id}/members`,
    studio.headers,
    { name: "Mira Okafor", group: "6B" },
  );

  const files = [
    jpeg("IMG_0999.jpg", await makePhoto({ seed: 1, takenAt: "2030:06:01 08:59:00" })),
    jpeg(
      "IMG_1000.jpg",
      await makeCardPhoto(member.accessCode, {
        width: 2000,
        height: 1400,
        cardFraction: 0.15,
        seed: 2,
        takenAt: "2030:06:01 09:00:00",
      }),
    ),
    jpeg("IMG_1001.jpg", await makePhoto({ seed: 3, takenAt: "2030:06:01 09:01:00" })),
    jpeg("IMG_1002.jpg", await makePhoto({ seed: 4, takenAt: "2030:06:01 09:02:00" })),
    jpeg("IMG_1003.jpg", await makePhoto({ seed: 5, takenAt: "2030:06:01 09:03:00" })),
    jpeg("IMG_1004.jpg", await makePhoto({ seed: 6, takenAt: "2030:06:01 09:04:00" })),
    {
      name: "shot-list.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Class 6B first, then the relay teams.\n"),
    },
  ];

  // Hold the uploads' data requests, to see them queue; drop the first one's connection.
  const held: Route[] = [];
  let holding = true;
  await page.route("**/api/uploads/*", async (route) => {
    if (route.request().method() !== "PATCH" || !holding) return route.fallback();
    held.push(route);
  });
  // Hold the page's questions about filed photos too, to see them processing.
  const followUps: Route[] = [];
  let holdingFollowUps = true;
  await page.route(
    (url) => url.pathname.startsWith("/api/trpc/") && url.pathname.includes("photos.get"),
    async (route) => {
      if (!holdingFollowUps) return route.fallback();
      followUps.push(route);
    },
  );

  await signInAs(page, email);
  await page.goto(`/portal/projects/${project.id}`);
  const grid = page.getByRole("region", { name: "My photos" });
  await expect(grid.getByText("No photos yet")).toBeVisible();
  await expect(grid).toContainText("Shoot each person’s QR card first, then their photos");

  await choosePhotos(page, files);
  const upload = page.getByRole("region", { name: "Upload photos" });
  const row = (name: string) => upload.getByRole("listitem").filter({ hasText: name });
  await expect(upload.getByRole("listitem")).toHaveCount(files.length);

  // Three at a time: the first three are sending, the rest wait their turn.
  await expect.poll(() => held.length).toBe(3);
  for (const name of ["IMG_0999.jpg", "IMG_1000.jpg", "IMG_1001.jpg"]) {
    await expect(row(name)).toContainText(/Uploading \d+%/);
  }
  for (const name of ["IMG_1002.jpg", "IMG_1003.jpg", "IMG_1004.jpg", "shot-list.txt"]) {
    await expect(row(name)).toContainText("Waiting");
  }
  await expect(upload.getByRole("status")).toHaveText("0 of 7 uploaded");
  await captureScreens(page, "portal-upload-queued");

  holding = false;
  const [dropped, ...rest] = held;
  await dropped!.abort("connectionreset");
  for (const route of rest) await route.fallback();

  // Filed at once, then processed by the server: the row says so until the page hears back.
  await expect(row("IMG_0999.jpg")).toContainText("Processing…", { timeout: 30_000 });
  await expect(upload.getByRole("status")).toContainText(/processing/);
  await expect.poll(() => followUps.length).toBeGreaterThan(0);
  holdingFollowUps = false;
  for (const route of followUps) await route.fallback();

  // Every photo arrives, the dropped one too (tus asked where it stopped and went on).
  for (const name of [
    "IMG_0999.jpg",
    "IMG_1001.jpg",
    "IMG_1002.jpg",
    "IMG_1003.jpg",
    "IMG_1004.jpg",
  ]) {
    await expect(row(name)).toContainText("Uploaded", { timeout: 30_000 });
  }
  await expect(row("IMG_1000.jpg")).toContainText("Uploaded · Card Mira Okafor", {
    timeout: 30_000,
  });
  await expect(upload.getByRole("progressbar", { name: "IMG_1004.jpg" })).toHaveJSProperty(
    "value",
    100,
  );

  // The file that is no photo fails with the server's reason, and can be retried.
  const failure = "Failed: Must be a JPEG, PNG or WebP image (recognised by its content)";
  await expect(row("shot-list.txt")).toContainText(failure, { timeout: 30_000 });
  await expect(upload.getByRole("status")).toHaveText("6 of 7 uploaded · 1 failed");
  await expect(upload.getByRole("button", { name: "Retry all failed" })).toBeVisible();
  held.length = 0;
  holding = true;
  await upload.getByRole("button", { name: "Retry shot-list.txt" }).click();
  await expect.poll(() => held.length).toBe(1);
  await expect(row("shot-list.txt")).toContainText(/Uploading \d+%/);
  await expect(upload.getByRole("status")).toHaveText("6 of 7 uploaded");
  holding = false;
  await held[0]!.fallback();
  await expect(row("shot-list.txt")).toContainText(failure, { timeout: 30_000 });
  await expect(upload.getByRole("status")).toHaveText("6 of 7 uploaded · 1 failed");

  // The grid: in shooting order, the card marked with whose it is, the photos after it tagged.
  const tiles = grid.getByRole("list", { name: "Photos" }).getByRole("listitem");
  await expect(tiles).toHaveCount(6, { timeout: 15_000 });
  await expect(tiles.nth(0)).toContainText("Not tagged");
  await expect(tiles.nth(1)).toContainText("Card Mira Okafor");
  await expect(tiles.nth(1).getByText("Card", { exact: true })).toBeVisible();
  for (const index of [2, 3, 4, 5]) await expect(tiles.nth(index)).toContainText("Mira Okafor");
  await expect(tiles.nth(5)).toContainText("IMG_1004.jpg");
  const thumbnail = tiles.nth(2).getByRole("img");
  await expect(thumbnail).toHaveAttribute("loading", "lazy");
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(400);
  await captureScreens(page, "portal-upload");
  await expectAccessibleAtBothWidths(page);

  // Still there after a reload: the list comes from the server.
  await page.reload();
  await expect(tiles).toHaveCount(6);
  await expect(grid).toContainText("6 photos in shooting order");
});

test("a long shoot's photos page with Load more", async ({ page, request }) => {
  const { email, project } = await studioWithPhotographer(request);
  const files = [];
  for (let i = 1; i <= 32; i++) {
    const minute = String(i).padStart(2, "0");
    files.push(
      jpeg(
        `DSC_${String(i).padStart(4, "0")}.jpg`,
        await makePhoto({
          seed: 100 + i,
          width: 240,
          height: 160,
          takenAt: `2030:06:02 10:${minute}:00`,
        }),
      ),
    );
  }
  await signInAs(page, email);
  await page.goto(`/portal/projects/${project.id}`);
  await choosePhotos(page, files);
  const upload = page.getByRole("region", { name: "Upload photos" });
  await expect(upload.getByRole("status")).toHaveText("32 of 32 uploaded", { timeout: 60_000 });
  const overall = upload.getByRole("progressbar", { name: "All uploads" });
  expect(await overall.evaluate((bar: HTMLProgressElement) => bar.value === bar.max)).toBe(true);

  const grid = page.getByRole("region", { name: "My photos" });
  const tiles = grid.getByRole("list", { name: "Photos" }).getByRole("listitem");
  await expect(grid.getByText("Showing 30 of 32")).toBeVisible({ timeout: 15_000 });
  await expect(tiles).toHaveCount(30);
  await expect(tiles.nth(29)).toContainText("DSC_0030.jpg");
  await grid.getByRole("button", { name: "Load more" }).click();
  await expect(tiles).toHaveCount(32);
  await expect(tiles.nth(31)).toContainText("DSC_0032.jpg");
  await expect(grid.getByRole("button", { name: "Load more" })).toHaveCount(0);
});

test("photos without capture times: the portal warns, and a card chosen last still tags the photos after it by file number", async ({
  page,
  request,
}) => {
  const { studio, email, project } = await studioWithPhotographer(request);
  const member = await post<{ id: string; accessCode: string }>(
    request,
    `/v1/projects/${project.id}/members`,
    studio.headers,
    { name: "Noor Haddad", group: "4A" },
  );
  // No EXIF: exported or sent through an app that drops it. The card comes last in the pick.
  const files = [
    jpeg("IMG_0003.jpg", await makePhoto({ seed: 31, width: 800, height: 600 })),
    jpeg("IMG_0002.jpg", await makePhoto({ seed: 32, width: 800, height: 600 })),
    jpeg(
      "IMG_0001_card.jpg",
      await makeCardPhoto(member.accessCode, {
        width: 2000,
        height: 1400,
        cardFraction: 0.15,
        seed: 33,
      }),
    ),
  ];
  await signInAs(page, email);
  await page.goto(`/portal/projects/${project.id}`);
  const upload = page.getByRole("region", { name: "Upload photos" });
  const warning = upload.getByRole("note");
  await expect(warning).toHaveCount(0);

  await choosePhotos(page, files);
  await expect(upload.getByRole("status")).toHaveText("3 of 3 uploaded", { timeout: 60_000 });
  await expect(warning).toHaveText(
    "These photos carry no capture time: they are matched to cards by file number (IMG_0002), then by upload order. Keep each card and its photos in one upload, with the camera’s file names.",
  );

  const grid = page.getByRole("region", { name: "My photos" });
  const tile = (name: string) =>
    grid.getByRole("list", { name: "Photos" }).getByRole("listitem").filter({ hasText: name });
  await expect(tile("IMG_0001_card.jpg")).toContainText("Card Noor Haddad", { timeout: 15_000 });
  for (const name of ["IMG_0002.jpg", "IMG_0003.jpg"]) {
    await expect(tile(name)).toContainText("Noor Haddad");
    await expect(tile(name)).not.toContainText("Not tagged");
  }
  await captureScreens(page, "portal-upload-no-capture-time");
  await expectAccessibleAtBothWidths(page);
});
