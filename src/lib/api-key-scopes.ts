/** What an API key may do: read or change one part of the studio through `/v1`. */
export const API_KEY_SCOPES = [
  "projects:read",
  "projects:write",
  "members:read",
  "members:write",
  "photos:read",
  "photos:write",
  "orders:read",
  "orders:write",
  "analytics:read",
  "webhooks:write",
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
