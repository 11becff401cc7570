import { type APIRequestContext, expect, type Page } from "@playwright/test";

/** Test set-up through the public REST API, as any client would do it. */

export const PASSWORD = "correct horse battery";

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.test`;
}

export async function registerOperator(request: APIRequestContext, name = "E2E Studio") {
  const email = uniqueEmail("studio");
  // Each from its own address (the app trusts X-Forwarded-For here): the suite signs up more
  // studios than one address may in an hour.
  const response = await request.post("/v1/auth/register", {
    data: { name, email, password: PASSWORD },
    headers: { "x-forwarded-for": `10.77.${(counter >> 8) & 255}.${counter & 255}` },
  });
  expect(response.status()).toBe(201);
  const { token } = (await response.json()) as { token: string };
  return { email, token, headers: { authorization: `Bearer ${token}` } };
}

export async function post<T = Record<string, unknown>>(
  request: APIRequestContext,
  path: string,
  headers: Record<string, string>,
  data: unknown,
): Promise<T> {
  const response = await request.post(path, { headers, data });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

export async function signInAs(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/** Chooses `csv` as the file in the open "Import a class list" dialog; the dialog. */
export async function chooseClassList(page: Page, fileName: string, csv: string) {
  const dialog = page.getByRole("dialog", { name: "Import a class list" });
  await dialog.getByLabel("Class list file").setInputFiles({
    name: fileName,
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  return dialog;
}
