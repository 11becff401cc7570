import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient, ApiResponse } from "../support/api-client";
import { addPhotographer, createProject, type Studio, withTwoStudios } from "../support/backoffice";
import type { SharedApp } from "../support/shared-app";

/**
 * The audit log over HTTP: each action on personal data leaves one entry in
 * the studio's log (an import, a reissued code, a deleted member, a gallery
 * opened with a code), with the actor who did it (operator, API key, member)
 * and ids only; GET /v1/audit-log pages them newest first, for the studio's
 * operators only.
 */

let app: SharedApp;
let api: ApiClient;
let studio: Studio;
let rival: Studio;
let projectId: string;
/** Every name, address and code of the test's members, to look for in the log. */
const personalData = new Set<string>();

interface Entry {
  id: string;
  at: string;
  actor: { type: string; id: string | null };
  action: string;
  subject: { type: string; id: string };
  details: Record<string, unknown> | null;
}

const ROSTER = [
  "name,email,student id",
  "Annika Auditfeld,annika.parent@example.test,S-1",
  "Bruno Auditfeld,bruno.parent@example.test,S-2",
  ",no-name@example.test,S-3",
].join("\n");

function importCsv(client: ApiClient, csv: string, query = "") {
  return client.post(`/v1/projects/${projectId}/members/import${query}`, undefined, {
    rawBody: csv,
    headers: { "content-type": "text/csv" },
  });
}

async function log(client: ApiClient, query = ""): Promise<{ items: Entry[]; total: number }> {
  const response = await client.get(`/v1/audit-log${query}`);
  expect(response.status, response.text).toBe(200);
  return response.body;
}

/** The member's record as the operator reads it; its name, e-mail and code are remembered. */
async function member(id: string) {
  const response = await studio.client.get(`/v1/members/${id}`);
  expect(response.status, response.text).toBe(200);
  for (const value of [response.body.name, response.body.email, response.body.accessCode]) {
    if (value) personalData.add(value);
  }
  return response.body as { id: string; name: string; accessCode: string };
}

async function enrol(name: string, email: string) {
  const created = await studio.client.post(`/v1/projects/${projectId}/members`, { name, email });
  expect(created.status, created.text).toBe(201);
  return member(created.body.id);
}

/** Opens a member's gallery the way the gallery page does, from an address of its own. */
async function openGallery(code: string, address: string) {
  const response = await fetch(`${app.url}/api/trpc/gallery.open`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ code }),
  });
  return response.status;
}

let annika: { id: string; name: string; accessCode: string };
let bruno: { id: string; name: string; accessCode: string };

beforeAll(async () => {
  ({ app, api, studio, rival } = await withTwoStudios());
  projectId = (await createProject(studio.client, { name: "Audited school" })).id;
  const imported = await importCsv(studio.client, ROSTER);
  expect(imported.status, imported.text).toBe(200);
  const list = await studio.client.get(`/v1/projects/${projectId}/members`);
  const idOf = (name: string) =>
    (list.body.items as { id: string; name: string }[]).find((m) => m.name === name)!.id;
  annika = await member(idOf("Annika Auditfeld"));
  bruno = await member(idOf("Bruno Auditfeld"));
});

describe("GET /v1/audit-log", () => {
  it("has one entry per finished import: the project and its counts, by the operator", async () => {
    const dryRun = await importCsv(studio.client, ROSTER, "?dryRun=true");
    expect(dryRun.status).toBe(200);
    const { items, total } = await log(studio.client, "?action=members_imported");
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      actor: { type: "operator", id: studio.id },
      action: "members_imported",
      subject: { type: "project", id: projectId },
      details: { created: 2, updated: 0, unchanged: 0, skipped: 1 },
    });
  });

  it("records a reissued access code and a deleted member, newest first", async () => {
    const reissued = await studio.client.post(`/v1/members/${annika.id}/access-code`);
    expect(reissued.status).toBe(200);
    personalData.add(reissued.body.accessCode);
    const doomed = await enrol("Dora Deletable", "dora.parent@example.test");
    expect((await studio.client.delete(`/v1/members/${doomed.id}`)).status).toBe(204);
    // Nothing deleted, nothing recorded.
    const missing = await studio.client.delete(`/v1/members/${doomed.id}`);
    expect(missing.status).toBe(404);

    const { items } = await log(studio.client, "?limit=2");
    expect(items.map(({ action, subject, actor }) => ({ action, subject, actor }))).toEqual([
      {
        action: "member_deleted",
        subject: { type: "member", id: doomed.id },
        actor: { type: "operator", id: studio.id },
      },
      {
        action: "access_code_reissued",
        subject: { type: "member", id: annika.id },
        actor: { type: "operator", id: studio.id },
      },
    ]);
    expect(items[0]!.details).toBeNull();
    expect((await log(studio.client, "?action=member_deleted")).total).toBe(1);
  });

  it("records every gallery opened with a code, by the member; a wrong code records nothing", async () => {
    const code = (await member(bruno.id)).accessCode;
    expect(await openGallery(code, "10.66.0.1")).toBe(200);
    expect(await openGallery(code.toLowerCase(), "10.66.0.2")).toBe(200);
    expect(await openGallery("ZZZZ2222", "10.66.0.3")).toBe(401);

    const { items, total } = await log(
      studio.client,
      `?action=gallery_opened&subjectId=${bruno.id}`,
    );
    expect(total).toBe(2);
    for (const entry of items) {
      expect(entry).toMatchObject({
        actor: { type: "member", id: bruno.id },
        action: "gallery_opened",
        subject: { type: "member", id: bruno.id },
        details: null,
      });
    }
    expect((await log(studio.client, "?action=gallery_opened")).total).toBe(2);
  });

  it("records an API key's action as the key, and refuses keys and photographers the log", async () => {
    const created = await studio.client.post("/v1/api-keys", {
      name: "School system",
      scopes: ["members:read", "members:write"],
    });
    expect(created.status, created.text).toBe(201);
    const key = api.as(created.body.key);
    const reissued = await key.post(`/v1/members/${bruno.id}/access-code`);
    expect(reissued.status).toBe(200);
    personalData.add(reissued.body.accessCode);

    const { items } = await log(
      studio.client,
      `?action=access_code_reissued&subjectId=${bruno.id}`,
    );
    expect(items).toHaveLength(1);
    expect(items[0]!.actor).toEqual({ type: "api_key", id: created.body.id });

    const byKey = await key.get("/v1/audit-log");
    expect(byKey.status).toBe(403);
    const photographer = await addPhotographer(api, studio.client, "Pia");
    const byPhotographer = await photographer.client.get("/v1/audit-log");
    expect(byPhotographer.status).toBe(403);
    expect(JSON.stringify(byPhotographer.body)).not.toContain("gallery_opened");
  });

  it("keeps each studio's log to itself", async () => {
    const theirs = await log(rival.client);
    expect(theirs).toMatchObject({ items: [], total: 0 });
    const unknown = await log(rival.client, `?subjectId=${annika.id}`);
    expect(unknown.total).toBe(0);
  });

  it("pages newest first with a cursor, the same entries as one page", async () => {
    const whole = await log(studio.client, "?limit=200");
    expect(whole.total).toBeGreaterThanOrEqual(6);
    expect(whole.items).toHaveLength(whole.total);
    const times = whole.items.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const paged: Entry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: ApiResponse = await studio.client.get(
        `/v1/audit-log?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(whole.total);
      paged.push(...response.body.items);
      cursor = response.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(whole.total / 2));
    expect(paged).toEqual(whole.items);
  });

  it("filters by time", async () => {
    const whole = await log(studio.client, "?limit=200");
    const newest = whole.items[0]!.at;
    const since = await log(studio.client, `?from=${encodeURIComponent(newest)}`);
    expect(since.items.map((entry) => entry.id)).toEqual(
      whole.items.filter((entry) => entry.at === newest).map((entry) => entry.id),
    );
    const before = await log(studio.client, `?to=${encodeURIComponent(newest)}&limit=200`);
    expect(before.total).toBe(whole.total - since.total);
    expect(
      (await log(studio.client, "?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z")).total,
    ).toBe(0);
  });

  it("names the field of a bad filter or cursor", async () => {
    for (const [query, field] of [
      ["?action=member_viewed", "action"],
      ["?subjectId=someone", "subjectId"],
      ["?from=yesterday", "from"],
      ["?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to"],
      ["?cursor=not-a-cursor", "cursor"],
      ["?limit=0", "limit"],
    ] as const) {
      const response = await studio.client.get(`/v1/audit-log${query}`);
      expect(response.status, query).toBe(400);
      expect(Object.keys(response.body.errors ?? {}), query).toContain(field);
    }
  });

  it("holds no names, e-mail addresses or access codes", async () => {
    expect(personalData.size).toBeGreaterThanOrEqual(8);
    const whole = await log(studio.client, "?limit=200");
    // An import, two new codes, a deletion and two gallery visits: all of them looked at.
    expect(whole.total).toBeGreaterThanOrEqual(6);
    const text = JSON.stringify(whole);
    for (const value of personalData) {
      expect(text.toLowerCase(), value).not.toContain(value.toLowerCase());
    }
  });
});
