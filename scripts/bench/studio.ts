import { randomBytes } from "node:crypto";
import { callJson } from "../lib/http-json";
import { scenePhoto } from "../seed/images";

/**
 * A small studio made through the public API, for the API benchmarks: one
 * operator with three photographers and three packages, two projects (the
 * benchmarked one has every photographer and package), members, a few
 * uploaded photos tagged with them, and paid orders.
 */
export interface BenchStudio {
  operatorId: string;
  projectId: string;
  email: string;
  password: string;
  token: string;
}

export const BENCH_PASSWORD = "bench-password-1234";

export async function setUpBenchStudio(
  url: string,
  { members = 60, photos = 6, orders = 30 } = {},
): Promise<BenchStudio> {
  const suffix = randomBytes(4).toString("hex");
  const email = `bench-${suffix}@example.com`;
  const { token } = await callJson<{ token: string }>(
    `${url}/v1/auth/register`,
    undefined,
    "POST",
    { name: "Bench Studio", email, password: BENCH_PASSWORD },
  );
  const post = <T>(path: string, body: unknown) =>
    callJson<T>(`${url}${path}`, token, "POST", body);

  const project = await post<{ id: string }>("/v1/projects", {
    name: "Spring portraits",
    locationName: "Hillside School",
    startAt: "2026-04-20T08:00:00.000Z",
    endAt: "2026-04-22T16:00:00.000Z",
    projectLink: "https://example.com/spring",
    termsAndConditions: "Photos are for private use only. ".repeat(8),
    timezone: "Europe/Berlin",
  });
  await post("/v1/projects", { name: "Autumn team photos", timezone: "Europe/Berlin" });

  const photographerIds: string[] = [];
  for (const name of ["Ada Lens", "Ben Shutter", "Cleo Frame"]) {
    const { id } = await post<{ id: string }>("/v1/auth/register-photographer", {
      name,
      email: `${name.split(" ")[0]!.toLowerCase()}-${suffix}@example.com`,
      password: BENCH_PASSWORD,
    });
    photographerIds.push(id);
    await post(`/v1/projects/${project.id}/photographers`, { photographerId: id });
  }
  const packageIds: string[] = [];
  for (const [name, price, photoCount] of [
    ["Single", 900, 1],
    ["Trio", 2400, 3],
    ["Everything", 4900, 10],
  ] as const) {
    const { id } = await post<{ id: string }>("/v1/packages", { name, price, photoCount });
    packageIds.push(id);
    await post(`/v1/projects/${project.id}/packages`, { packageId: id });
  }

  const memberIds: string[] = [];
  for (let i = 0; i < members; i++) {
    const { id } = await post<{ id: string }>(`/v1/projects/${project.id}/members`, {
      name: `Member ${i + 1}`,
      group: `Class ${(i % 3) + 1}`,
    });
    memberIds.push(id);
  }

  const { token: photographerToken } = await callJson<{ token: string }>(
    `${url}/v1/auth/login`,
    undefined,
    "POST",
    { email: `ada-${suffix}@example.com`, password: BENCH_PASSWORD },
  );
  for (let i = 0; i < photos; i++) {
    const form = new FormData();
    const bytes = await scenePhoto({ seed: 500 + i, width: 480 });
    form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), `B_${i}.jpg`);
    const response = await fetch(`${url}/v1/projects/${project.id}/photos`, {
      method: "POST",
      headers: { authorization: `Bearer ${photographerToken}` },
      body: form,
    });
    if (response.status !== 201) throw new Error(`upload: ${response.status}`);
    const { id } = (await response.json()) as { id: string };
    const tagged = memberIds.filter((_, index) => index % photos === i);
    await callJson(`${url}/v1/photos/${id}/tags`, token, "PUT", { memberIds: tagged });
  }

  for (let i = 0; i < orders; i++) {
    await post(`/v1/projects/${project.id}/orders`, {
      memberId: memberIds[i % memberIds.length],
      packageId: packageIds[i % packageIds.length],
      externalId: `bench-${i}`,
    });
  }
  const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as {
    sub: string;
  };
  return { operatorId: claims.sub, projectId: project.id, email, password: BENCH_PASSWORD, token };
}
