import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import yauzl from "yauzl";
import { post, signInAs } from "./support/backoffice";
import { createGalleryShoot } from "./support/gallery";
import { captureScreens } from "./support/screenshots";

/** The names and SHA-256 of a zip's files, in order. */
async function zipContents(bytes: Buffer): Promise<[string, string][]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, file) =>
      error ? reject(error) : resolve(file),
    ),
  );
  const files: [string, string][] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) =>
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const hash = createHash("sha256");
        stream.on("data", (chunk: Buffer) => hash.update(chunk));
        stream.on("end", () => {
          files.push([entry.fileName, hash.digest("hex")]);
          zip.readEntry();
        });
      }),
    );
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  });
  return files;
}

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function imageLoaded(page: Page, selector: ReturnType<Page["locator"]>) {
  await expect
    .poll(() => selector.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
}

for (const width of [390, 1440]) {
  test(`a member opens their gallery, orders, and downloads once paid (${width} px)`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const shoot = await createGalleryShoot(request, `Lumen Studio ${width}`);
    const suffix = width === 390 ? "phone-journey" : "desktop-journey";

    await test.step("a wrong code, then the right one", async () => {
      await page.goto("/gallery");
      await expect(page.getByRole("heading", { level: 1, name: "Your photos" })).toBeVisible();
      await page.getByLabel("Access code").fill("ABCDE-FGHJK");
      await page.getByRole("button", { name: "Open my gallery" }).click();
      await expect(page.getByText("This access code is not valid")).toBeVisible();
      await captureScreens(page, `gallery-wrong-code-${suffix}`);
      const code = shoot.anna.accessCode;
      await page
        .getByLabel("Access code")
        .fill(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
      await page.getByRole("button", { name: "Open my gallery" }).click();
      await expect(page).toHaveURL(/\/gallery\/photos$/);
    });

    const photos = page.getByRole("list", { name: "Your photos" });
    await test.step("only the member's own photos, as lazy thumbnails", async () => {
      await expect(page.getByRole("heading", { level: 1, name: "Spring Portraits" })).toBeVisible();
      await expect(page.getByText(`Lumen Studio ${width}`)).toBeVisible();
      await expect(photos.getByRole("listitem")).toHaveCount(3);
      const images = photos.getByRole("img");
      await expect(images.first()).toHaveAttribute("loading", "lazy");
      const sources = await images.evaluateAll((all) =>
        all.map((img) => img.getAttribute("src") ?? ""),
      );
      expect(sources).toEqual(
        shoot.annaPhotos.map((photo) => `/api/gallery/photos/${photo.id}?size=thumb`),
      );
      await imageLoaded(page, images.first());
      await expect(page.getByText("Ben Baker")).toHaveCount(0);
      await captureScreens(page, `gallery-photos-${suffix}`);
    });

    await test.step("a large, watermarked preview", async () => {
      await photos.getByRole("button", { name: "Open photo 2 of 3 larger" }).click();
      const viewer = page.getByRole("dialog", { name: "Photo 2 of 3" });
      const preview = viewer.getByRole("img", { name: /preview with watermark/ });
      await imageLoaded(page, preview);
      await expect(preview).toHaveAttribute(
        "src",
        `/api/gallery/photos/${shoot.annaPhotos[1]!.id}?size=preview`,
      );
      await captureScreens(page, `gallery-preview-${suffix}`);
      await viewer.getByRole("button", { name: "Next" }).click();
      await expect(page.getByRole("dialog", { name: "Photo 3 of 3" })).toBeVisible();
      await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
      await expect(page.getByRole("dialog")).toHaveCount(0);
    });

    let orderNumber = "";
    await test.step("order the package with two chosen photos", async () => {
      await page.getByRole("radio", { name: /Duo/ }).check();
      await expect(page.getByRole("radio", { name: /Duo/ })).toBeChecked();
      await expect(page.getByText(/\$25\.00/).first()).toBeVisible();
      await page.getByRole("checkbox", { name: "Choose photo 1 of 3" }).check();
      await page.getByRole("checkbox", { name: "Choose photo 3 of 3" }).check();
      await expect(page.getByRole("checkbox", { name: "Choose photo 2 of 3" })).toBeDisabled();
      const summary = page.getByRole("region", { name: "Your order" });
      await expect(summary).toContainText("2 of 2 chosen");
      await expect(summary.getByRole("button", { name: "Place order" })).toBeDisabled();
      await summary.getByRole("checkbox", { name: "I accept the terms and conditions" }).check();
      await captureScreens(page, `gallery-order-${suffix}`);
      await summary.getByRole("button", { name: "Place order" }).click();
      const placed = page.getByTestId("placed-order-number");
      await expect(placed).toHaveText(/^[0-9A-F]{8}$/);
      orderNumber = (await placed.textContent())!;
      await expect(
        page.getByRole("status").filter({ hasText: "Pay at the studio or by invoice" }),
      ).toBeVisible();
      const order = page.getByRole("listitem", { name: `Order ${orderNumber}` });
      await expect(order).toContainText("Pending");
      await expect(order.getByRole("link", { name: /Download/ })).toHaveCount(0);
      await captureScreens(page, `gallery-pending-${suffix}`);
    });

    await test.step("the studio marks it paid; the zip holds exactly the ordered originals", async () => {
      const list = await request.get(`/v1/projects/${shoot.project.id}/orders`, {
        headers: shoot.studio.headers,
      });
      const { items } = (await list.json()) as { items: { id: string; status: string }[] };
      const order = items.find((item) => item.id.slice(0, 8).toUpperCase() === orderNumber)!;
      expect(order.status).toBe("pending");
      const paid = await request.post(`/v1/orders/${order.id}/mark-paid`, {
        headers: shoot.studio.headers,
      });
      expect(paid.status()).toBe(200);

      await page.reload();
      const card = page.getByRole("listitem", { name: `Order ${orderNumber}` });
      await expect(card).toContainText("Paid");
      const link = card.getByRole("link", { name: "Download 2 photos (zip, full resolution)" });
      await expect(link).toBeVisible();
      await captureScreens(page, `gallery-paid-${suffix}`);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toBe(`spring-portraits-${orderNumber}.zip`);
      const zip = await readFile((await download.path())!);
      const ordered = [shoot.annaPhotos[0]!, shoot.annaPhotos[2]!];
      expect(await zipContents(zip)).toEqual(
        ordered.map((photo) => [photo.fileName, sha(photo.bytes)]),
      );
    });
  });
}

for (const width of [390, 1440]) {
  test(`a member without an e-mail orders posted prints, sees how to pay, and saves one photo once paid (${width} px)`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const shoot = await createGalleryShoot(request, `Lumen Studio ${width}`);
    const suffix = width === 390 ? "phone-checkout" : "desktop-checkout";
    const bank = "Lumen Studio GmbH\nIBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX";
    const benPhotos = [shoot.benPhoto, await shoot.upload(105, "IMG_2005.JPG", shoot.ben.id)];

    await test.step("the studio posts prints and says how to pay", async () => {
      const prints = await post<{ id: string }>(request, "/v1/packages", shoot.studio.headers, {
        name: "Prints by post",
        price: 3900,
        photoCount: 10,
        requiresShipping: true,
      });
      await post(request, `/v1/projects/${shoot.project.id}/packages`, shoot.studio.headers, {
        packageId: prints.id,
      });
      const saved = await request.put("/v1/operators/me/payments/instructions", {
        headers: shoot.studio.headers,
        data: {
          bankDetails: bank,
          reference: "Photos {number}",
          contact: "billing@lumen.example",
          deadline: "within 14 days of ordering",
        },
      });
      expect(saved.status(), await saved.text()).toBe(200);
    });

    await test.step("Ben opens his gallery: the package holds all of his photos", async () => {
      await page.goto("/gallery");
      await page.getByLabel("Access code").fill(shoot.ben.accessCode);
      await page.getByRole("button", { name: "Open my gallery" }).click();
      await expect(page).toHaveURL(/\/gallery\/photos$/);
      const prints = page.getByRole("radio", { name: /Prints by post/ });
      await expect(page.locator(".package-choice", { has: prints })).toContainText(
        "all 2 of your photos",
      );
      await prints.check();
      await expect(page.getByText("Prints by post holds all 2 of your photos")).toBeVisible();
      await expect(page.getByText(/Choose up to/)).toHaveCount(0);
      await page.getByRole("button", { name: "Choose all 2" }).click();
      await expect(page.getByRole("checkbox", { name: "Choose photo 2 of 2" })).toBeChecked();
    });

    let orderNumber = "";
    await test.step("the checkout asks for an e-mail address and a postal address", async () => {
      const summary = page.getByRole("region", { name: "Your order" });
      await expect(summary).toContainText("2 of 2 chosen");
      await summary.getByRole("checkbox", { name: "I accept the terms and conditions" }).check();
      await summary.getByRole("button", { name: "Place order" }).click();
      // Nothing typed yet: both are named at their fields.
      await expect(summary.getByLabel("Your e-mail address")).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await expect(summary.getByLabel("Street and number")).toHaveAttribute("aria-invalid", "true");
      await summary.getByLabel("Your e-mail address").fill("ben.parent@example.test");
      await expect(summary.getByLabel("Name")).toHaveValue("Ben Baker");
      await summary.getByLabel("Street and number").fill("Lindenallee 4");
      await summary.getByLabel("Postcode").fill("50667");
      await summary.getByLabel("City").fill("Köln");
      await summary.getByLabel("Country").fill("Germany");
      await captureScreens(page, `gallery-checkout-form-${suffix}`);
      await summary.getByRole("button", { name: "Place order" }).click();
      const placed = page.getByTestId("placed-order-number");
      await expect(placed).toHaveText(/^[0-9A-F]{8}$/);
      orderNumber = (await placed.textContent())!;
      const notice = page.getByRole("status").filter({ has: placed });
      await expect(notice).toContainText("Pay by bank transfer to:");
      await expect(notice).toContainText("IBAN DE89 3704 0044 0532 0130 00");
      await expect(notice).toContainText(`Photos ${orderNumber}`);
      await expect(notice).toContainText("within 14 days of ordering");
      await expect(notice).toContainText("billing@lumen.example");
      await expect(notice).toContainText("We sent a confirmation to your e-mail address.");
      const order = page.getByRole("listitem", { name: `Order ${orderNumber}` });
      await expect(order).toContainText("Posted to Ben Baker, Lindenallee 4, 50667 Köln, Germany");
      await expect(order.getByTestId("payment-instructions")).toContainText(
        `Photos ${orderNumber}`,
      );
      await captureScreens(page, `gallery-checkout-placed-${suffix}`);
    });

    await test.step("paid, each photo can be saved on its own", async () => {
      const list = await request.get(`/v1/projects/${shoot.project.id}/orders`, {
        headers: shoot.studio.headers,
      });
      const { items } = (await list.json()) as {
        items: { id: string; number: string; shippingAddress: unknown; email: string }[];
      };
      const order = items.find((item) => item.number === orderNumber)!;
      expect(order.email).toBe("ben.parent@example.test");
      expect(order.shippingAddress).toEqual({
        name: "Ben Baker",
        street: "Lindenallee 4",
        postcode: "50667",
        city: "Köln",
        country: "Germany",
      });
      const paid = await request.post(`/v1/orders/${order.id}/mark-paid`, {
        headers: shoot.studio.headers,
      });
      expect(paid.status()).toBe(200);

      await page.reload();
      const card = page.getByRole("listitem", { name: `Order ${orderNumber}` });
      await expect(card).toContainText("Paid");
      await expect(card.getByTestId("payment-instructions")).toHaveCount(0);
      const saves = card.getByRole("list", { name: `Photos of order ${orderNumber}` });
      await expect(saves.getByRole("link", { name: /^Save photo/ })).toHaveCount(2);
      await captureScreens(page, `gallery-checkout-paid-${suffix}`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        saves.getByRole("link", { name: "Save photo 1" }).click(),
      ]);
      const bytes = await readFile((await download.path())!);
      const saved = benPhotos.find((photo) => photo.fileName === download.suggestedFilename());
      expect(saved, download.suggestedFilename()).toBeDefined();
      expect(sha(bytes)).toBe(sha(saved!.bytes));
    });

    await test.step("the studio's order page shows the address for the print lab", async () => {
      const orders = await request.get(`/v1/projects/${shoot.project.id}/orders`, {
        headers: shoot.studio.headers,
      });
      const { items } = (await orders.json()) as { items: { id: string; number: string }[] };
      const order = items.find((item) => item.number === orderNumber)!;
      await page.context().clearCookies();
      await signInAs(page, shoot.studio.email);
      await page.goto(`/projects/${shoot.project.id}/orders/${order.id}`);
      const address = page.getByTestId("shipping-address");
      await expect(address).toContainText("Lindenallee 4");
      await expect(address).toContainText("50667 Köln");
      await expect(page.getByRole("link", { name: "ben.parent@example.test" })).toBeVisible();
      await captureScreens(page, `studio-order-shipping-${suffix}`);
    });
  });
}
