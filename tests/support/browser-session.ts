import { expect } from "vitest";
import { PASSWORD } from "./backoffice";

/**
 * Signs in through next-auth's credentials flow, as the sign-in page does, and
 * answers the `Cookie` header a browser would send from then on.
 */
export async function browserSessionCookie(
  baseUrl: string,
  email: string,
  password = PASSWORD,
): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const pairs = (response: Response) =>
    response.headers.getSetCookie().map((value) => value.split(";")[0]!);
  const response = await fetch(`${baseUrl}/api/auth/callback/backoffice`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: pairs(csrf).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  expect(response.status).toBeLessThan(400);
  const session = pairs(response).find((pair) => pair.includes("session-token="));
  expect(session, "a session cookie").toBeTruthy();
  return session!;
}
