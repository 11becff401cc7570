import bcrypt from "bcrypt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/db/connection";
import { MAX_IMPORT_BYTES } from "@/server/domain/members.schemas";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import {
  addPhotographer,
  createProject,
  PASSWORD,
  signUpOperator,
  type Studio,
} from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";
import { pdfText, renderPdfPages } from "../support/pdf";
import { decodeQrCodes } from "../support/qr";

/**
 * Members over HTTP: the list's pages, search and groups, the CSV import in
 * the shapes spreadsheets export, the cards PDF read back with a QR decoder,
 * the photographer's read-only view and tenant isolation.
 */

let app: RunningApp;
let api: ApiClient;
let studio: Studio;
let rival: Studio;
/** A studio written straight to the database: a member with an order. */
const seeded = { email: uniqueEmail("seeded"), memberWithOrder: "", memberWithout: "" };

async function seedStudioWithOrders(database: Database) {
  const db = database.prisma;
  const operator = await db.operator.create({
    data: {
      name: "Seeded",
      account: { create: { email: seeded.email, passwordHash: await bcrypt.hash(PASSWORD, 4) } },
    },
  });
  const operatorId = operator.id;
  const project = await db.project.create({ data: { operatorId, name: "Shop", timezone: "UTC" } });
  const pkg = await db.package.create({
    data: { operatorId, name: "Basic", price: 1000, photoCount: 1 },
  });
  const buyer = await db.member.create({
    data: { operatorId, projectId: project.id, name: "Buyer" },
  });
  const browser = await db.member.create({
    data: { operatorId, projectId: project.id, name: "Browser" },
  });
  await db.order.create({
    data: {
      operatorId,
      projectId: project.id,
      memberId: buyer.id,
      packageId: pkg.id,
      listPriceInCents: 1000,
      amountInCents: 1000,
    },
  });
  seeded.memberWithOrder = buyer.id;
  seeded.memberWithout = browser.id;
}

beforeAll(async () => {
  app = await startApp({ prepare: seedStudioWithOrders, env: { LOG_LEVEL: "info" } });
  api = new ApiClient(app.url);
  studio = await signUpOperator(api, "Studio");
  rival = await signUpOperator(api, "Rival");
});
afterAll(() => app?.stop());

const CODE = /^[2-9A-HJKMNP-Z]{10}$/;

async function importCsv(
  client: ApiClient,
  projectId: string,
  body: string | Uint8Array,
  query = "",
) {
  return client.post(`/v1/projects/${projectId}/members/import${query}`, undefined, {
    rawBody: body,
    headers: { "content-type": "text/csv" },
  });
}

async function allPages(client: ApiClient, projectId: string, query: string, limit: number) {
  const items: any[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response: { status: number; body: any } = await client.get(
      `/v1/projects/${projectId}/members?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(response.status).toBe(200);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
    pages++;
  } while (cursor);
  return { items, pages };
}

describe("POST /v1/projects/:projectId/members", () => {
  it("enrols a member with a fresh access code (201)", async () => {
    const project = await createProject(studio.client);
    const response = await studio.client.post(`/v1/projects/${project.id}/members`, {
      name: "  Łucja Wróbel ",
      email: "Lucja@Example.com",
      externalId: "S-1",
      group: "4A",
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      projectId: project.id,
      name: "Łucja Wróbel",
      email: "lucja@example.com",
      email2: null,
      externalId: "S-1",
      group: "4A",
      accessCode: expect.stringMatching(CODE),
      enrolledAt: expect.any(String),
      photoConsent: true,
      emailOptOut: false,
      photoCount: 0,
      hasCard: false,
      orderCount: 0,
    });
    const plain = await studio.client.post(`/v1/projects/${project.id}/members`, { name: "Ben" });
    expect(plain.body).toMatchObject({ email: null, externalId: null, group: null });
    expect(plain.body.accessCode).not.toBe(response.body.accessCode);
  });

  it("names the field at fault (400) and refuses a duplicate externalId in the project (409)", async () => {
    const project = await createProject(studio.client);
    const path = `/v1/projects/${project.id}/members`;
    const empty = await studio.client.post(path, { name: " " });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toHaveProperty("name");
    const long = await studio.client.post(path, { name: "A", externalId: "x".repeat(101) });
    expect(long.body.errors).toHaveProperty("externalId");
    const email = await studio.client.post(path, { name: "A", email: "not-an-email" });
    expect(email.body.errors).toHaveProperty("email");

    expect((await studio.client.post(path, { name: "A", externalId: "7" })).status).toBe(201);
    const duplicate = await studio.client.post(path, { name: "B", externalId: "7" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe("CONFLICT");
    const elsewhere = await createProject(studio.client);
    const other = await studio.client.post(`/v1/projects/${elsewhere.id}/members`, {
      name: "B",
      externalId: "7",
    });
    expect(other.status).toBe(201);
  });
});

describe("GET / PATCH / DELETE /v1/members/:id and POST …/access-code", () => {
  it("reads, updates, gives a new code and deletes", async () => {
    const project = await createProject(studio.client);
    const created = (
      await studio.client.post(`/v1/projects/${project.id}/members`, {
        name: "Ann",
        externalId: "1",
      })
    ).body;
    const taken = (
      await studio.client.post(`/v1/projects/${project.id}/members`, {
        name: "Bo",
        externalId: "2",
      })
    ).body;

    const read = await studio.client.get(`/v1/members/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);

    const patched = await studio.client.patch(`/v1/members/${created.id}`, {
      name: "Ann Lee",
      group: "5B",
      email: "ann@example.com",
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: "Ann Lee", group: "5B", email: "ann@example.com" });
    expect(patched.body.accessCode).toBe(created.accessCode);
    const cleared = await studio.client.patch(`/v1/members/${created.id}`, { group: null });
    expect(cleared.body.group).toBeNull();
    const duplicate = await studio.client.patch(`/v1/members/${created.id}`, { externalId: "2" });
    expect(duplicate.status).toBe(409);
    expect(
      (await studio.client.patch(`/v1/members/${created.id}`, { externalId: "1" })).status,
    ).toBe(200);

    const renewed = await studio.client.post(`/v1/members/${created.id}/access-code`);
    expect(renewed.status).toBe(200);
    expect(renewed.body.accessCode).toMatch(CODE);
    expect(renewed.body.accessCode).not.toBe(created.accessCode);
    const byOldCode = await studio.client.get(
      `/v1/projects/${project.id}/members?search=${created.accessCode}`,
    );
    expect(byOldCode.body.total).toBe(0);

    expect((await studio.client.delete(`/v1/members/${taken.id}`)).status).toBe(204);
    expect((await studio.client.get(`/v1/members/${taken.id}`)).status).toBe(404);
    expect((await studio.client.delete(`/v1/members/${taken.id}`)).status).toBe(404);
  });

  it("keeps a member who has orders (409) and deletes one without (204)", async () => {
    const login = await api.post("/v1/auth/login", { email: seeded.email, password: PASSWORD });
    const owner = api.as(login.body.token);
    const buyer = await owner.get(`/v1/members/${seeded.memberWithOrder}`);
    expect(buyer.body.orderCount).toBe(1);
    const refused = await owner.delete(`/v1/members/${seeded.memberWithOrder}`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/orders/);
    expect((await owner.get(`/v1/members/${seeded.memberWithOrder}`)).status).toBe(200);
    expect((await owner.delete(`/v1/members/${seeded.memberWithout}`)).status).toBe(204);
  });
});

describe("GET /v1/projects/:projectId/members", () => {
  let projectId: string;
  const groups = ["1A", "1B", "2A"];

  beforeAll(async () => {
    projectId = (await createProject(studio.client, { name: "Paged" })).id;
    const lines = ["name,email,student id,class"];
    for (let i = 0; i < 57; i++) {
      // Names repeat within a group so that the id decides between them.
      const group = i % 7 === 0 ? "" : groups[i % 3];
      lines.push(`Pupil ${String(i % 10).padStart(2, "0")},p${i}@example.com,ID-${i},${group}`);
    }
    const response = await importCsv(studio.client, projectId, lines.join("\n"));
    expect(response.body).toMatchObject({ created: 57, errors: [] });
  });

  it("pages through every member once, by group (none last), name and id", async () => {
    const first = await studio.client.get(`/v1/projects/${projectId}/members`);
    expect(first.body.items).toHaveLength(50);
    expect(first.body.total).toBe(57);

    const { items, pages } = await allPages(studio.client, projectId, "", 10);
    expect(pages).toBe(6);
    expect(new Set(items.map((m) => m.id)).size).toBe(57);
    const key = (m: any) => [m.group ?? "\uffff", m.name, m.id];
    const sorted = [...items].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
      return 0;
    });
    expect(items.map((m) => m.id)).toEqual(sorted.map((m) => m.id));
    expect(items.at(-1).group).toBeNull();
  });

  it("filters by group, and searches name, e-mail, external id and access code", async () => {
    const inGroup = await allPages(studio.client, projectId, "&group=1B", 7);
    expect(inGroup.items.length).toBeGreaterThan(0);
    expect(inGroup.items.every((m) => m.group === "1B")).toBe(true);

    const byName = await studio.client.get(`/v1/projects/${projectId}/members?search=pUPIL%2003`);
    expect(byName.body.items.every((m: any) => m.name === "Pupil 03")).toBe(true);
    expect(byName.body.total).toBe(6);
    const byEmail = await studio.client.get(
      `/v1/projects/${projectId}/members?search=P12%40EXAMPLE`,
    );
    expect(byEmail.body.items.map((m: any) => m.email)).toEqual(["p12@example.com"]);
    const byExternalId = await studio.client.get(`/v1/projects/${projectId}/members?search=id-56`);
    expect(byExternalId.body.items.map((m: any) => m.externalId)).toEqual(["ID-56"]);

    const member = byExternalId.body.items[0];
    const typed = `${member.accessCode.slice(0, 5)}-${member.accessCode.slice(5)}`.toLowerCase();
    const byCode = await studio.client.get(
      `/v1/projects/${projectId}/members?search=${encodeURIComponent(typed)}`,
    );
    expect(byCode.body.items.map((m: any) => m.id)).toEqual([member.id]);
    const wildcard = await studio.client.get(`/v1/projects/${projectId}/members?search=%25`);
    expect(wildcard.body.total).toBe(0);
  });

  it("refuses a bad page size or cursor (400)", async () => {
    const path = `/v1/projects/${projectId}/members`;
    expect((await studio.client.get(`${path}?limit=0`)).body.errors).toHaveProperty("limit");
    expect((await studio.client.get(`${path}?limit=201`)).status).toBe(400);
    expect((await studio.client.get(`${path}?limit=ten`)).status).toBe(400);
    expect((await studio.client.get(`${path}?limit=200`)).body.items).toHaveLength(57);
    const cursor = await studio.client.get(`${path}?cursor=nonsense`);
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors).toHaveProperty("cursor");
  });
});

describe("POST /v1/projects/:projectId/members/import", () => {
  it("reads UTF-8 with a BOM; a second identical import changes nothing", async () => {
    const project = await createProject(studio.client);
    const file =
      "\uFEFFName,E-Mail,Student ID,Class\r\nŁucja Wróbel,lucja@example.com,S1,4A\r\nАнна Павлова,,S2,4B\r\n";
    const first = await importCsv(studio.client, project.id, file);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      created: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
      dryRun: false,
    });
    expect(first.body.mapping).toMatchObject({
      name: "Name",
      email: "E-Mail",
      externalId: "Student ID",
      group: "Class",
    });
    const again = await importCsv(studio.client, project.id, file);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, errors: [] });
    const list = await studio.client.get(`/v1/projects/${project.id}/members`);
    expect(list.body.items.map((m: any) => m.name)).toEqual(["Łucja Wróbel", "Анна Павлова"]);
  });

  it("reads Windows-1252 with semicolons, and first and last names", async () => {
    const project = await createProject(studio.client);
    const text =
      "Vorname;Nachname;First Name;Last Name;Team\r\nx;y;Jürgen;Groß;Möwen\r\nx;y;Élodie;Brontë;Möwen\r\n";
    const bytes = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
    const response = await importCsv(studio.client, project.id, bytes);
    expect(response.body).toMatchObject({ created: 2, delimiter: ";", errors: [] });
    const list = await studio.client.get(`/v1/projects/${project.id}/members`);
    expect(list.body.items.map((m: any) => [m.name, m.group])).toEqual(
      expect.arrayContaining([
        ["Élodie Brontë", "Möwen"],
        ["Jürgen Groß", "Möwen"],
      ]),
    );
  });

  it("reads a German class list, in UTF-8 and in Windows-1252", async () => {
    const project = await createProject(studio.client);
    const text =
      "Nr;Vorname;Nachname;Klasse;E-Mail Eltern\r\n1;Jürgen;Groß;4a;juergen.eltern@example.com\r\n" +
      "2;Zoë;Müller-Lüdenscheidt;4b;\r\n";
    const utf8 = await importCsv(studio.client, project.id, new TextEncoder().encode(text));
    expect(utf8.status).toBe(200);
    expect(utf8.body).toMatchObject({ created: 2, delimiter: ";", errors: [] });
    expect(utf8.body.mapping).toEqual({
      name: null,
      firstName: "Vorname",
      lastName: "Nachname",
      email: null,
      email2: "E-Mail Eltern",
      externalId: "Nr",
      group: "Klasse",
      photoConsent: null,
      emailOptOut: null,
    });
    const list = await studio.client.get(`/v1/projects/${project.id}/members`);
    expect(list.body.items.map((m: any) => [m.name, m.group, m.externalId, m.email])).toEqual([
      ["Jürgen Groß", "4a", "1", "juergen.eltern@example.com"],
      ["Zoë Müller-Lüdenscheidt", "4b", "2", null],
    ]);

    const windows1252 = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
    const again = await importCsv(studio.client, project.id, windows1252);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, errors: [] });
  });

  it("names mapping.name and the file's headers when no column holds names (400); a mapping reads it", async () => {
    const project = await createProject(studio.client);
    const csv = "Nr;Kind*in;Klasse\n1;Jürgen Groß;4a\n";
    const refused = await importCsv(studio.client, project.id, csv);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/no name column/);
    expect(Object.keys(refused.body.errors)).toEqual(["mapping.name"]);
    expect(refused.body.details).toEqual({ headers: ["Nr", "Kind*in", "Klasse"] });

    const mapped = await studio.client.post(`/v1/projects/${project.id}/members/import`, {
      csv,
      mapping: { name: "Kind*in" },
    });
    expect(mapped.status).toBe(200);
    expect(mapped.body).toMatchObject({ created: 1, errors: [] });
    expect(mapped.body.mapping).toMatchObject({
      name: "Kind*in",
      externalId: "Nr",
      group: "Klasse",
      photoConsent: null,
      emailOptOut: null,
    });
  });

  it("keeps quoted separators, quotes and line breaks, and reports bad lines by number", async () => {
    const project = await createProject(studio.client);
    const file = [
      "name,email,group",
      '"Lee, Ann",ann@example.com,"5""B"',
      '"Two',
      'Lines",two@example.com,4A',
      "Bad Mail,not-an-email,4A",
      ",nobody@example.com,4A",
      "Ann Again,ann@example.com,4A",
      `${"x".repeat(201)},,4A`,
      "Last,last@example.com,4A",
    ].join("\n");
    const response = await importCsv(studio.client, project.id, file);
    expect(response.status).toBe(200);
    expect(response.body.created).toBe(3);
    expect(response.body.errors).toEqual([
      { line: 5, message: expect.stringMatching(/^email: /) },
      { line: 6, message: expect.stringMatching(/^name: /) },
      { line: 7, message: "email: repeats line 2" },
      { line: 8, message: expect.stringMatching(/^name: must be at most 200/) },
    ]);
    const list = await studio.client.get(`/v1/projects/${project.id}/members`);
    expect(list.body.items.map((m: any) => [m.name, m.group])).toEqual([
      ["Last", "4A"],
      ["Two Lines", "4A"],
      ["Lee, Ann", '5"B'],
    ]);
  });

  it("updates members matched by externalId, or by e-mail without one", async () => {
    const project = await createProject(studio.client);
    await importCsv(
      studio.client,
      project.id,
      "name,id,email,group\nAnn,1,,4A\nBen,,ben@example.com,4A\nCy,3,,4A\n",
    );
    const response = await importCsv(
      studio.client,
      project.id,
      "name,id,email,group\nAnn,1,ann@example.com,5A\nBen B.,,BEN@example.com,4A\nCy,3,,\nDee,4,,5A\n",
    );
    expect(response.body).toMatchObject({ created: 1, updated: 2, unchanged: 1, errors: [] });
    const { items } = (await studio.client.get(`/v1/projects/${project.id}/members`)).body;
    expect(items.map((m: any) => [m.name, m.externalId, m.email, m.group])).toEqual([
      ["Ben B.", null, "ben@example.com", "4A"],
      ["Cy", "3", null, "4A"],
      ["Ann", "1", "ann@example.com", "5A"],
      ["Dee", "4", null, "5A"],
    ]);
  });

  it("takes JSON with a mapping, and a dry run writes nothing", async () => {
    const project = await createProject(studio.client);
    const path = `/v1/projects/${project.id}/members/import`;
    const body = {
      csv: "Pupil,Form,Notes\nAnn,4A,x\nBen,4B,y\n",
      mapping: { name: "pupil", group: "FORM" },
    };
    const dry = await studio.client.post(`${path}?dryRun=true`, body);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      created: 2,
      dryRun: true,
      headers: ["Pupil", "Form", "Notes"],
      mapping: { name: "Pupil", group: "Form", email: null },
      preview: [
        { line: 2, name: "Ann", group: "4A" },
        { line: 3, name: "Ben", group: "4B" },
      ],
    });
    expect((await studio.client.get(`/v1/projects/${project.id}/members`)).body.total).toBe(0);

    const real = await studio.client.post(`${path}?dryRun=false`, body);
    expect(real.body).toMatchObject({ created: 2, dryRun: false });
    expect((await studio.client.get(`/v1/projects/${project.id}/members`)).body.total).toBe(2);

    const unknown = await studio.client.post(path, { ...body, mapping: { group: "Klasse" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual({ "mapping.group": ['no column "Klasse" in the file'] });
  });

  it("says why a file cannot be read (400), and refuses other types (415)", async () => {
    const project = await createProject(studio.client);
    const noName = await importCsv(studio.client, project.id, "class,email\n4A,a@example.com\n");
    expect(noName.status).toBe(400);
    expect(noName.body.message).toMatch(/no name column/);
    const empty = await importCsv(studio.client, project.id, "");
    expect(empty.status).toBe(400);
    const binary = await importCsv(
      studio.client,
      project.id,
      new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]),
    );
    expect(binary.body.message).toMatch(/not a text file/);
    const plain = await studio.client.post(`/v1/projects/${project.id}/members/import`, undefined, {
      rawBody: "name\nAnn\n",
      headers: { "content-type": "text/plain" },
    });
    expect(plain.status).toBe(415);
    expect(plain.body.message).toMatch(/JSON or text\/csv/);
  });

  it("refuses a file over 5 MB or 20,000 rows (413)", async () => {
    const project = await createProject(studio.client);
    const huge = `name\n${"x".repeat(MAX_IMPORT_BYTES)}\n`;
    const tooBig = await importCsv(studio.client, project.id, huge);
    expect(tooBig.status).toBe(413);
    const tooLong = await importCsv(studio.client, project.id, `name\n${"x\n".repeat(20_001)}`);
    expect(tooLong.status).toBe(413);
    expect(tooLong.body.message).toMatch(/20000 rows/);
    expect((await studio.client.get(`/v1/projects/${project.id}/members`)).body.total).toBe(0);
  });

  it("moves the dashboard's member count", async () => {
    const project = await createProject(studio.client);
    const kpis = async () =>
      (await studio.client.get(`/v1/analytics?projectId=${project.id}`)).body.kpis.membersEnrolled;
    expect(await kpis()).toBe(0);
    await importCsv(studio.client, project.id, "name\nAnn\nBen\nCy\n");
    expect(await kpis()).toBe(3);
  });
});

describe("GET /v1/projects/:projectId/members/cards.pdf", () => {
  it("prints a card per member whose QR code opens the gallery with their code; ?group= prints one class", async () => {
    const project = await createProject(studio.client, { name: "Card Day" });
    const rows = ["name,class"];
    for (let i = 0; i < 12; i++)
      rows.push(`${["Łucja", "Jürgen", "Анна", "Şule"][i % 4]} ${i},${i < 4 ? "4A" : "4B"}`);
    await importCsv(studio.client, project.id, rows.join("\n"));
    const members = (await studio.client.get(`/v1/projects/${project.id}/members`)).body.items;

    const response = await studio.client.get(`/v1/projects/${project.id}/members/cards.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = response.bytes;
    const pages = await renderPdfPages(pdf);
    expect(pages).toHaveLength(2);
    const decoded = [...(await decodeQrCodes(pages[0]!)), ...(await decodeQrCodes(pages[1]!))];
    // This app's gallery (the address it was reached at, or NEXTAUTH_URL), with the code.
    const gallery = new URL(decoded[0]!);
    expect(gallery.port).toBe(new URL(app.url).port);
    gallery.search = "";
    expect(gallery.pathname).toBe("/gallery");
    expect(decoded).toEqual(members.map((m: any) => `${gallery.href}?code=${m.accessCode}`));
    const text = await pdfText(pdf);
    expect(text).toContain("Card Day");
    const everyCard = (needle: string) => text.replace(/\s+/g, " ").split(needle).length - 1;
    expect(everyCard("Studio")).toBe(12);
    expect(everyCard(`Scan the code or open ${gallery.href} and enter your code`)).toBe(12);
    expect(text).toContain("Łucja 0");
    expect(text).toContain("Анна 2");

    const oneClass = await studio.client.get(
      `/v1/projects/${project.id}/members/cards.pdf?group=4A`,
    );
    const classPages = await renderPdfPages(oneClass.bytes);
    expect(await decodeQrCodes(classPages[0]!)).toEqual(
      members
        .filter((m: any) => m.group === "4A")
        .map((m: any) => `${gallery.href}?code=${m.accessCode}`),
    );
  });
});

describe("an assigned photographer", () => {
  it("reads names and groups of their projects only, and changes nothing (403)", async () => {
    const project = await createProject(studio.client);
    const other = await createProject(studio.client);
    const photographer = await addPhotographer(api, studio.client);
    await studio.client.post(`/v1/projects/${project.id}/photographers`, {
      photographerId: photographer.id,
    });
    const member = (
      await studio.client.post(`/v1/projects/${project.id}/members`, {
        name: "Ann",
        email: "ann@example.com",
        group: "4A",
      })
    ).body;
    const hidden = (await studio.client.post(`/v1/projects/${other.id}/members`, { name: "Ben" }))
      .body;
    const client = photographer.client;

    const list = await client.get(`/v1/projects/${project.id}/members`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([{ ...member, email: null, accessCode: null }]);
    expect((await client.get(`/v1/members/${member.id}`)).body.accessCode).toBeNull();
    expect((await client.get(`/v1/projects/${other.id}/members`)).status).toBe(404);
    expect((await client.get(`/v1/members/${hidden.id}`)).status).toBe(404);

    const writes = [
      client.post(`/v1/projects/${project.id}/members`, { name: "X" }),
      importCsv(client, project.id, "name\nX\n"),
      client.get(`/v1/projects/${project.id}/members/cards.pdf`),
      client.patch(`/v1/members/${member.id}`, { name: "X" }),
      client.delete(`/v1/members/${member.id}`),
      client.post(`/v1/members/${member.id}/access-code`),
    ];
    for (const response of await Promise.all(writes)) expect(response.status).toBe(403);
    expect((await studio.client.get(`/v1/members/${member.id}`)).body).toEqual(member);
  });
});

describe("tenant isolation", () => {
  it("answers 404 to another studio on every route with an id, and changes nothing", async () => {
    const project = await createProject(studio.client);
    const member = (
      await studio.client.post(`/v1/projects/${project.id}/members`, { name: "Ann", group: "4A" })
    ).body;
    const them = rival.client;
    const responses = await Promise.all([
      them.get(`/v1/projects/${project.id}/members`),
      them.post(`/v1/projects/${project.id}/members`, { name: "X" }),
      importCsv(them, project.id, "name\nX\n"),
      them.get(`/v1/projects/${project.id}/members/cards.pdf`),
      them.get(`/v1/members/${member.id}`),
      them.patch(`/v1/members/${member.id}`, { name: "X" }),
      them.delete(`/v1/members/${member.id}`),
      them.post(`/v1/members/${member.id}/access-code`),
    ]);
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
    const list = await studio.client.get(`/v1/projects/${project.id}/members`);
    expect(list.body.items).toEqual([member]);
  });
});

describe("the request log", () => {
  it("never carries an access code", async () => {
    const project = await createProject(studio.client);
    const member = (await studio.client.post(`/v1/projects/${project.id}/members`, { name: "Ann" }))
      .body;
    await studio.client.get(`/v1/projects/${project.id}/members?search=${member.accessCode}`);
    const output = app.output();
    expect(output).toMatch(/"msg":"request"/);
    expect(output).not.toContain(member.accessCode);
  });
});
