import { expect } from "vitest";
import { PASSWORD } from "./backoffice";

const cookiePairs = (response: Response) =>
  response.headers.getSetCookie().map((value) => value.split(";")[0]!);

/**
 * next-auth's credentials sign-in as the sign-in page sends it (`json: true`):
 * the CSRF round trip, then the sign-in itself, whose response is answered as is.
 */
export async function credentialsSignIn(
  baseUrl: string,
  email: string,
  password = PASSWORD,
): Promise<Response> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return fetch(`${baseUrl}/api/auth/callback/backoffice`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiePairs(csrf).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
}

/**
 * Signs in through next-auth's credentials flow, as the sign-in page does, and
 * answers the `Cookie` header a browser would send from then on.
 */
export async function browserSessionCookie(
  baseUrl: string,
  email: string,
  password = PASSWORD,
): Promise<string> {
  const response = await credentialsSignIn(baseUrl, email, password);
  expect(response.status).toBeLessThan(400);
  const session = cookiePairs(response).find((pair) => pair.includes("session-token="));
  expect(session, "a session cookie").toBeTruthy();
  return session!;
}
