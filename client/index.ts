import createClient from "openapi-fetch";
import type { paths } from "./api-types";

export type { components, paths, webhooks } from "./api-types";

/**
 * A typed client of the Backoffice API: every path, parameter and answer is
 * checked against the OpenAPI document. `credential` is an API key (`pbk_…`)
 * or a sign-in's access token.
 */
export function createBackofficeClient(baseUrl: string, credential: string) {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${credential}` } });
}
