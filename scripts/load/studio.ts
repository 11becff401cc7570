import { randomBytes } from "node:crypto";
import { callJson } from "../lib/http-json";
import { portraitPhoto } from "../seed/images";

/**
 * The studio the load runs against, made through the public API: an operator,
 * a photographer on one project with a package, members who each have photos
 * (tagged by hand, fifty members a photo) and an open gallery session each.
 */
export interface LoadStudio {
  projectId: string;
  packageId: string;
  operator: { email: string; token: string };
  photographer: { id: string; email: string; token: string };
  /** Gallery visitors: their session cookie and the photos they may order. */
  visitors: { memberId: string; cookie: string; photoIds: string[] }[];
  /** Access codes, for opening galleries during the load. */
  accessCodes: string[];
}

export const LOAD_PASSWORD = "load-test-password-1234";
const MEMBERS_PER_PHOTO = 50;

/** A client address of its own for every call, as many families on many networks. */
export function someAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c! | 1}`;
}

async function upload(url: string, token: string, projectId: string, bytes: Buffer, name: string) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), name);
  const response = await fetch(`${url}/v1/projects/${projectId}/photos`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (response.status !== 201) throw new Error(`upload ${name}: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

async function openGallery(url: string, code: string): Promise<string> {
  const response = await fetch(`${url}/api/trpc/gallery.open`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": someAddress() },
    body: JSON.stringify({ code }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .find((pair) => pair.startsWith("gallery-session="));
  if (!response.ok || !cookie) throw new Error(`gallery.open: ${response.status}`);
  return cookie;
}

export async function setUpLoadStudio(url: string, memberCount: number): Promise<LoadStudio> {
  const suffix = randomBytes(4).toString("hex");
  const operatorEmail = `load-${suffix}@example.com`;
  const { token: operator } = await callJson<{ token: string }>(
    `${url}/v1/auth/register`,
    undefined,
    "POST",
    { name: "Load Studio", email: operatorEmail, password: LOAD_PASSWORD },
  );
  const photographerEmail = `shooter-${suffix}@example.com`;
  const { id: photographerId } = await callJson<{ id: string }>(
    `${url}/v1/auth/register-photographer`,
    operator,
    "POST",
    { name: "Load Photographer", email: photographerEmail, password: LOAD_PASSWORD },
  );
  const { token: photographerToken } = await callJson<{ token: string }>(
    `${url}/v1/auth/login`,
    undefined,
    "POST",
    { email: photographerEmail, password: LOAD_PASSWORD },
  );
  const project = await callJson<{ id: string }>(`${url}/v1/projects`, operator, "POST", {
    name: "Evening after the shoot",
    timezone: "Europe/Berlin",
  });
  const pkg = await callJson<{ id: string }>(`${url}/v1/packages`, operator, "POST", {
    name: "Trio",
    price: 2900,
    photoCount: 3,
  });
  await callJson(`${url}/v1/projects/${project.id}/packages`, operator, "POST", {
    packageId: pkg.id,
  });
  await callJson(`${url}/v1/projects/${project.id}/photographers`, operator, "POST", {
    photographerId,
  });

  const members: { id: string; accessCode: string }[] = [];
  for (let i = 0; i < memberCount; i++) {
    members.push(
      await callJson(`${url}/v1/projects/${project.id}/members`, operator, "POST", {
        name: `Member ${i + 1}`,
        group: `Class ${Math.floor(i / MEMBERS_PER_PHOTO) + 1}`,
      }),
    );
  }

  // Three photos per group of fifty members, each tagged with the whole group.
  const photosOf = new Map<string, string[]>();
  for (let first = 0; first < members.length; first += MEMBERS_PER_PHOTO) {
    const group = members.slice(first, first + MEMBERS_PER_PHOTO);
    for (let shot = 0; shot < 3; shot++) {
      const bytes = await portraitPhoto({ seed: 9000 + first + shot, pose: shot, width: 900 });
      const photoId = await upload(
        url,
        photographerToken,
        project.id,
        bytes,
        `GROUP_${first}_${shot}.jpg`,
      );
      await callJson(`${url}/v1/photos/${photoId}/tags`, operator, "PUT", {
        memberIds: group.map((member) => member.id),
      });
      for (const member of group)
        photosOf.set(member.id, [...(photosOf.get(member.id) ?? []), photoId]);
    }
  }

  const visitors = [];
  for (const member of members) {
    visitors.push({
      memberId: member.id,
      cookie: await openGallery(url, member.accessCode),
      photoIds: photosOf.get(member.id)!,
    });
  }
  return {
    projectId: project.id,
    packageId: pkg.id,
    operator: { email: operatorEmail, token: operator },
    photographer: { id: photographerId, email: photographerEmail, token: photographerToken },
    visitors,
    accessCodes: members.map((member) => member.accessCode),
  };
}
