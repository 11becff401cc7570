import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { appInstanceCount, type RunningApp, startApp } from "../support/app-server";
import { addPhotographer, PASSWORD, signUpOperator, type Studio } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";

/**
 * Creating a photographer costs a bcrypt hash: limited per studio (100 an
 * hour) and per client address (200). A taken e-mail address is a 409 that
 * tells it is registered somewhere on the platform: a studio may meet 20 of
 * those an hour (creating or renaming), then 429.
 */
let app: RunningApp;
let api: ApiClient;

/** Each block gets its own app: the address's budget must start empty. */
function freshApp() {
  beforeAll(async () => {
    app = await startApp({ instances: appInstanceCount() });
    api = new ApiClient(app.url);
  });
  afterAll(() => app?.stop());
}

const create = (studio: Studio, email = uniqueEmail("photographer")) =>
  studio.client.post("/v1/auth/register-photographer", { name: "P", email, password: PASSWORD });

async function createMany(studio: Studio, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push((await create(studio)).status);
  return statuses;
}

describe("POST /v1/auth/register-photographer limits", () => {
  freshApp();

  it("allows 100 new photographers per studio an hour, 200 per client address", async () => {
    const first = await signUpOperator(api, "First");
    const second = await signUpOperator(api, "Second");
    const third = await signUpOperator(api, "Third");

    expect(await createMany(first, 101)).toEqual([...Array(100).fill(201), 429]);
    const blocked = await create(first);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(3000);

    // Another studio from the same address has its own budget, up to the address's 200.
    expect(await createMany(second, 100)).toEqual(Array(100).fill(201));
    expect((await create(third)).status).toBe(429);
  });
});

describe("e-mail conflicts per studio", () => {
  freshApp();

  it("answers 409 for 20 taken addresses an hour, then 429; free addresses cost nothing", async () => {
    const studio = await signUpOperator(api, "Prober");
    const other = await signUpOperator(api, "Other");
    const photographer = await addPhotographer(api, studio.client, "Renamed");
    const path = `/v1/photographers/${photographer.id}`;

    for (let i = 0; i < 25; i++) {
      const free = await studio.client.patch(path, { email: uniqueEmail("free") });
      expect(free.status).toBe(200);
    }

    const taken = [other.email, studio.email];
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await create(studio, taken[i % 2])).status);
    for (let i = 0; i < 11; i++) {
      statuses.push((await studio.client.patch(path, { email: taken[i % 2] })).status);
    }
    expect(statuses).toEqual([...Array(20).fill(409), 429]);

    const blocked = await studio.client.patch(path, { email: uniqueEmail("free") });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect((await create(studio, other.email)).status).toBe(429);

    // The limit is the studio's: another studio still gets its plain 409.
    expect((await create(other, studio.email)).status).toBe(409);
  });
});
