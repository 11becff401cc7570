import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import {
  addPhotographer,
  createPackage,
  createProject,
  signUpOperator,
  type Studio,
} from "../support/backoffice";
import { GalleryClient } from "../support/gallery-client";
import { makePhoto } from "../support/images";
import { uploadPhoto } from "../support/photos";
import { type SharedApp, sharedApp } from "../support/shared-app";

/**
 * Photo consent and the e-mail opt-out per member over HTTP: the REST fields,
 * the project's default for new members (by hand and by import), the class
 * list's yes/no columns in English and German, the photographer's list, and
 * the galleries: a photo in which any member without consent is tagged stays
 * out of every gallery, its image route and orders, and comes back when
 * consent is given again.
 */

let app: SharedApp;
let api: ApiClient;
let studio: Studio;

beforeAll(async () => {
  app = sharedApp();
  api = new ApiClient(app.url);
  studio = await signUpOperator(api, "Consent Studio");
});

async function enrol(projectId: string, body: Record<string, unknown>) {
  const response = await studio.client.post(`/v1/projects/${projectId}/members`, body);
  expect(response.status, response.text).toBe(201);
  return response.body as {
    id: string;
    accessCode: string;
    photoConsent: boolean;
    emailOptOut: boolean;
  };
}

function importCsv(projectId: string, csv: string) {
  return studio.client.post(`/v1/projects/${projectId}/members/import`, undefined, {
    rawBody: csv,
    headers: { "content-type": "text/csv" },
  });
}

async function membersByName(projectId: string, client = studio.client) {
  const response = await client.get(`/v1/projects/${projectId}/members?limit=100`);
  expect(response.status, response.text).toBe(200);
  return new Map(
    (response.body.items as { name: string; photoConsent: boolean; emailOptOut: boolean }[]).map(
      (m) => [m.name, m],
    ),
  );
}

describe("consent and opt-out over REST", () => {
  it("default to consent and no opt-out, and are changed by PATCH", async () => {
    const { id: projectId } = await createProject(studio.client, { name: "Defaults" });
    const ann = await enrol(projectId, { name: "Ann" });
    expect(ann).toMatchObject({ photoConsent: true, emailOptOut: false });

    const changed = await studio.client.patch(`/v1/members/${ann.id}`, {
      photoConsent: false,
      emailOptOut: true,
    });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({ photoConsent: false, emailOptOut: true });
    expect((await studio.client.get(`/v1/members/${ann.id}`)).body).toMatchObject({
      photoConsent: false,
      emailOptOut: true,
    });

    // Other fields leave them alone.
    const renamed = await studio.client.patch(`/v1/members/${ann.id}`, { name: "Ann B." });
    expect(renamed.body).toMatchObject({ name: "Ann B.", photoConsent: false, emailOptOut: true });
  });

  it("refuse anything but true or false with a 400 naming the field", async () => {
    const { id: projectId } = await createProject(studio.client, { name: "Bad values" });
    const bad = await studio.client.post(`/v1/projects/${projectId}/members`, {
      name: "Ben",
      photoConsent: "yes",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty("photoConsent");
    const member = await enrol(projectId, { name: "Ben" });
    const badPatch = await studio.client.patch(`/v1/members/${member.id}`, { emailOptOut: 1 });
    expect(badPatch.status).toBe(400);
    expect(badPatch.body.errors).toHaveProperty("emailOptOut");
    const badProject = await studio.client.patch(`/v1/projects/${projectId}`, {
      photoConsentDefault: "no",
    });
    expect(badProject.status).toBe(400);
    expect(badProject.body.errors).toHaveProperty("photoConsentDefault");
  });

  it("give a new member the project's consent default unless the member's is given", async () => {
    const project = await createProject(studio.client, {
      name: "Consent collected by the school",
      photoConsentDefault: false,
    });
    expect(project.photoConsentDefault).toBe(false);
    expect((await studio.client.get(`/v1/projects/${project.id}`)).body.photoConsentDefault).toBe(
      false,
    );
    expect(await enrol(project.id, { name: "Cleo" })).toMatchObject({ photoConsent: false });
    expect(await enrol(project.id, { name: "Dan", photoConsent: true })).toMatchObject({
      photoConsent: true,
    });

    const changed = await studio.client.patch(`/v1/projects/${project.id}`, {
      photoConsentDefault: true,
    });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.photoConsentDefault).toBe(true);
    expect(await enrol(project.id, { name: "Eve" })).toMatchObject({ photoConsent: true });
    expect(await enrol(project.id, { name: "Fay", photoConsent: false })).toMatchObject({
      photoConsent: false,
    });
    // A new project without it consents by default.
    expect((await createProject(studio.client, { name: "Plain" })).photoConsentDefault).toBe(true);
  });
});

describe("the class list's consent and opt-out columns", () => {
  it("reads German headers and ja/nein/x, an empty cell taking the project's default", async () => {
    const { id: projectId } = await createProject(studio.client, {
      name: "Grundschule",
      photoConsentDefault: false,
    });
    const csv = [
      "Nr;Vorname;Nachname;Klasse;Fotoerlaubnis;Keine Werbung",
      "1;Jana;Adler;4a;ja;nein",
      "2;Kai;Berg;4a;nein;x",
      "3;Lea;Cram;4b;;",
      "4;Max;Dorn;4b;X;JA",
    ].join("\n");
    const imported = await importCsv(projectId, csv);
    expect(imported.status, imported.text).toBe(200);
    expect(imported.body).toMatchObject({ created: 4, errors: [] });
    expect(imported.body.mapping).toMatchObject({
      photoConsent: "Fotoerlaubnis",
      emailOptOut: "Keine Werbung",
    });
    expect(imported.body.preview[0]).toMatchObject({ photoConsent: "ja", emailOptOut: "nein" });

    const members = await membersByName(projectId);
    expect(members.get("Jana Adler")).toMatchObject({ photoConsent: true, emailOptOut: false });
    expect(members.get("Kai Berg")).toMatchObject({ photoConsent: false, emailOptOut: true });
    expect(members.get("Lea Cram")).toMatchObject({ photoConsent: false, emailOptOut: false });
    expect(members.get("Max Dorn")).toMatchObject({ photoConsent: true, emailOptOut: true });

    // Again with changes: the given cells win, empty ones leave a member alone.
    const again = await importCsv(
      projectId,
      [
        "Nr;Vorname;Nachname;Einwilligung Foto",
        "1;Jana;Adler;nein",
        "3;Lea;Cram;",
        "2;Kai;Berg;ja",
      ].join("\n"),
    );
    expect(again.body).toMatchObject({ created: 0, updated: 2, unchanged: 1, errors: [] });
    const after = await membersByName(projectId);
    expect(after.get("Jana Adler")).toMatchObject({ photoConsent: false });
    expect(after.get("Kai Berg")).toMatchObject({ photoConsent: true, emailOptOut: true });
    expect(after.get("Lea Cram")).toMatchObject({ photoConsent: false });
  });

  it("reads English headers with yes/no, true/false and 1/0, and names the column of a bad value", async () => {
    const { id: projectId } = await createProject(studio.client, { name: "High school" });
    const csv = [
      "Student ID,Name,Class,Photo consent,Email opt-out",
      "S1,Ola,7B,yes,no",
      "S2,Pim,7B,FALSE,TRUE",
      "S3,Quy,7C,0,1",
      "S4,Rob,7C,maybe,no",
      "S5,Sue,7C,,perhaps",
      "S6,Tom,7C,,",
    ].join("\n");
    const imported = await importCsv(projectId, csv);
    expect(imported.status, imported.text).toBe(200);
    expect(imported.body.created).toBe(4);
    expect(imported.body.errors).toEqual([
      {
        line: 5,
        message: expect.stringMatching(/^photoConsent \(column "Photo consent"\): must be/),
      },
      {
        line: 6,
        message: expect.stringMatching(/^emailOptOut \(column "Email opt-out"\): must be/),
      },
    ]);
    const members = await membersByName(projectId);
    expect([...members.keys()].sort()).toEqual(["Ola", "Pim", "Quy", "Tom"]);
    expect(members.get("Ola")).toMatchObject({ photoConsent: true, emailOptOut: false });
    expect(members.get("Pim")).toMatchObject({ photoConsent: false, emailOptOut: true });
    expect(members.get("Quy")).toMatchObject({ photoConsent: false, emailOptOut: true });
    // The project consents by default.
    expect(members.get("Tom")).toMatchObject({ photoConsent: true, emailOptOut: false });
  });

  it("reads the columns by the mapping's names", async () => {
    const { id: projectId } = await createProject(studio.client, { name: "Club" });
    const response = await studio.client.post(`/v1/projects/${projectId}/members/import`, {
      csv: "Who,Pics ok,Mail stop\nUma,n,y\n",
      mapping: { name: "Who", photoConsent: "Pics ok", emailOptOut: "Mail stop" },
    });
    expect(response.status, response.text).toBe(200);
    expect((await membersByName(projectId)).get("Uma")).toMatchObject({
      photoConsent: false,
      emailOptOut: true,
    });
  });
});

describe("the photographer's list", () => {
  it("marks a member without consent, in the list and in its search", async () => {
    const { id: projectId } = await createProject(studio.client, { name: "Sports day" });
    const photographer = await addPhotographer(api, studio.client, "Pat");
    const assigned = await studio.client.post(`/v1/projects/${projectId}/photographers`, {
      photographerId: photographer.id,
    });
    expect(assigned.status).toBe(204);
    await enrol(projectId, { name: "Vic Lane", group: "Hawks" });
    const wren = await enrol(projectId, { name: "Wren Lane", group: "Hawks", photoConsent: false });

    const list = await membersByName(projectId, photographer.client);
    expect(list.get("Vic Lane")).toMatchObject({ photoConsent: true });
    expect(list.get("Wren Lane")).toMatchObject({ photoConsent: false });
    const searched = await photographer.client.get(
      `/v1/projects/${projectId}/members?search=${encodeURIComponent("wren")}`,
    );
    expect(searched.body.items).toEqual([
      expect.objectContaining({ id: wren.id, photoConsent: false, email: null, accessCode: null }),
    ]);
    expect((await photographer.client.get(`/v1/members/${wren.id}`)).body.photoConsent).toBe(false);
  });
});

describe("galleries", () => {
  it("leave out a group photo while one member tagged in it has no consent, and show it again once given", async () => {
    const { id: projectId } = await createProject(studio.client, { name: "Class photos" });
    const pkg = await createPackage(studio.client, { name: "Single", price: 900, photoCount: 1 });
    expect(
      (await studio.client.post(`/v1/projects/${projectId}/packages`, { packageId: pkg.id }))
        .status,
    ).toBe(204);
    const photographer = await addPhotographer(api, studio.client, "Quinn");
    await studio.client.post(`/v1/projects/${projectId}/photographers`, {
      photographerId: photographer.id,
    });
    const xena = await enrol(projectId, { name: "Xena" });
    const yuri = await enrol(projectId, { name: "Yuri" });

    const upload = async (seed: number, fileName: string) => {
      const bytes = await makePhoto({ seed, width: 800, height: 600 });
      const response = await uploadPhoto(photographer.client, projectId, bytes, { fileName });
      expect(response.status, response.text).toBe(201);
      return response.body.id as string;
    };
    const solo = await upload(41, "solo.jpg");
    const group = await upload(42, "group.jpg");
    const tag = async (photoId: string, memberIds: string[]) =>
      expect((await studio.client.put(`/v1/photos/${photoId}/tags`, { memberIds })).status).toBe(
        200,
      );
    await tag(solo, [xena.id]);
    await tag(group, [xena.id, yuri.id]);

    const xenaGallery = new GalleryClient(app.url, app.clientAddress);
    await xenaGallery.signIn(xena.accessCode);
    const photoIds = async () =>
      ((await xenaGallery.gallery()).data.photos as { id: string }[]).map((p) => p.id).sort();
    expect(await photoIds()).toEqual([solo, group].sort());
    expect((await xenaGallery.file(`/api/gallery/photos/${group}?size=preview`)).status).toBe(200);

    // Yuri's parents withdraw consent: the group photo is gone from Xena's gallery at once.
    expect(
      (await studio.client.patch(`/v1/members/${yuri.id}`, { photoConsent: false })).status,
    ).toBe(200);
    expect(await photoIds()).toEqual([solo]);
    for (const size of ["thumb", "preview"]) {
      expect((await xenaGallery.file(`/api/gallery/photos/${group}?size=${size}`)).status).toBe(
        404,
      );
    }
    expect((await xenaGallery.file(`/api/gallery/photos/${solo}?size=thumb`)).status).toBe(200);
    // Nor can it be ordered, in the gallery or by the studio.
    const ordered = await xenaGallery.call("mutation", "placeOrder", {
      packageId: pkg.id,
      photoIds: [group],
      acceptTerms: true,
      email: "xena.parent@example.test",
    });
    expect(ordered.status).toBe(400);
    expect(ordered.body.error?.data.fieldErrors).toHaveProperty(["photoIds.0"]);
    const reported = await studio.client.post(`/v1/projects/${projectId}/orders`, {
      memberId: xena.id,
      packageId: pkg.id,
      photoIds: [group],
    });
    expect(reported.status).toBe(400);
    // Yuri's own gallery leaves it out too.
    const yuriGallery = new GalleryClient(app.url, app.clientAddress);
    await yuriGallery.signIn(yuri.accessCode);
    expect((await yuriGallery.gallery()).data.photos).toEqual([]);

    // Consent given again: it is back.
    expect(
      (await studio.client.patch(`/v1/members/${yuri.id}`, { photoConsent: true })).status,
    ).toBe(200);
    expect(await photoIds()).toEqual([solo, group].sort());
    expect((await xenaGallery.file(`/api/gallery/photos/${group}?size=preview`)).status).toBe(200);
    const orderedNow = await xenaGallery.call("mutation", "placeOrder", {
      packageId: pkg.id,
      photoIds: [group],
      acceptTerms: true,
      email: "xena.parent@example.test",
    });
    expect(orderedNow.status, JSON.stringify(orderedNow.body)).toBe(200);
  }, 60_000);
});
