import { expect, test } from "@playwright/test";
import { PASSWORD, post, registerOperator, signInAs, uniqueEmail } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

test("deleting an assigned photographer shows the conflict, and nothing is deleted", async ({
  page,
  request,
}) => {
  const studio = await registerOperator(request, "Busy Studio");
  const photographer = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    {
      name: "Busy Bee",
      email: uniqueEmail("bee"),
      password: PASSWORD,
    },
  );
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Autumn Gala",
  });
  await post(request, `/v1/projects/${project.id}/photographers`, studio.headers, {
    photographerId: photographer.id,
  });

  await signInAs(page, studio.email);
  await page.goto("/photographers");
  await page.getByRole("button", { name: "Delete Busy Bee" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete photographer?" });
  await dialog.getByRole("button", { name: "Delete photographer" }).click();
  await expect(dialog.getByRole("alert")).toContainText("still assigned to 1 project: Autumn Gala");
  await captureScreens(page, "photographer-conflict");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole("heading", { name: "Busy Bee" })).toBeVisible();
  const list = await request.get("/v1/photographers", { headers: studio.headers });
  expect((await list.json()).map((p: { id: string }) => p.id)).toContain(photographer.id);
});
