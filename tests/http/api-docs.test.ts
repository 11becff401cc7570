import { beforeAll, describe, expect, it } from "vitest";
import { adminApi } from "@/server/rest/admin-routes";
import { backofficeApi } from "@/server/rest/v1-routes";
import { createPackage, createProject, withTwoStudios } from "../support/backoffice";
import { type SharedApp, sharedApp } from "../support/shared-app";

let app: SharedApp;
beforeAll(async () => {
  app = sharedApp();
});

describe("GET /api/openapi.json", () => {
  it("documents every /v1 and /api/admins route with its success status, schemas and security", async () => {
    const response = await fetch(`${app.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.description).toMatch(/Decisions where the original document is silent/);

    for (const route of [...backofficeApi.routes, ...adminApi.routes]) {
      const path = route.path.replace(/:(\w+)/g, "{$1}");
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(Object.keys(operation.responses)).toContain(String(route.status));
      expect(operation.security.length > 0).toBe(route.access !== "public");
      expect(operation.security.some((s: object) => Object.keys(s).length === 0)).toBe(
        route.access === "bootstrap",
      );
    }
  });

  it("describes the admin envelope: data as a JSON string in, status and message out", async () => {
    const document = await (await fetch(`${app.url}/api/openapi.json`)).json();
    const login = document.paths["/api/admins/login"].post;
    const data = login.requestBody.content["application/json"].schema.properties.data;
    expect(data.anyOf[0]).toMatchObject({ type: "string", contentMediaType: "application/json" });
    expect(data.anyOf[0].contentSchema.required).toEqual(["email", "password"]);
    const ok = login.responses["200"].content["application/json"].schema;
    expect(ok.properties.message.examples).toEqual(["Admin logged in successfully"]);
    expect(Object.keys(ok.properties.data.properties)).toEqual([
      "email",
      "fullName",
      "accessToken",
    ]);
    const removed =
      document.paths["/api/admins/{id}"].delete.responses["200"].content["application/json"].schema;
    expect(removed.properties.message.examples).toEqual([
      "Admin deleted successfully with id: <id>",
    ]);
  });

  it("describes request bodies from the validation schemas", async () => {
    const document = await (await fetch(`${app.url}/api/openapi.json`)).json();
    const create =
      document.paths["/v1/projects"].post.requestBody.content["application/json"].schema;
    expect(create.required).toEqual(["name"]);
    expect(create.additionalProperties).toBe(false);
    expect(Object.keys(create.properties)).toEqual(
      expect.arrayContaining([
        "name",
        "locationName",
        "startAt",
        "endAt",
        "projectLink",
        "termsAndConditions",
        "timezone",
      ]),
    );
    const update = document.paths["/v1/projects/{id}"].patch;
    expect(update.parameters).toEqual([
      expect.objectContaining({ name: "id", in: "path", required: true }),
    ]);
    expect(update.requestBody.content["application/json"].schema.properties).not.toHaveProperty(
      "id",
    );
    const analytics = document.paths["/v1/analytics"].get;
    expect(analytics.parameters).toEqual([
      expect.objectContaining({ name: "projectId", in: "query", required: false }),
      expect.objectContaining({ name: "from", in: "query", required: false }),
      expect.objectContaining({ name: "to", in: "query", required: false }),
    ]);
    const upload = document.paths["/v1/projects/{projectId}/photos"].post;
    expect(upload.requestBody.content["multipart/form-data"].schema.required).toEqual(["file"]);
    expect(Object.keys(upload.responses)).toEqual(
      expect.arrayContaining(["200", "201", "413", "415"]),
    );
    const file = document.paths["/v1/photos/{id}/file"].get;
    expect(Object.keys(file.responses[200].content)).toEqual([
      "image/jpeg",
      "image/png",
      "image/webp",
    ]);
    expect(file.responses).toHaveProperty("304");
  });

  it("documents the asynchronous upload: Prefer, 202 with Location, and 409 with Retry-After", async () => {
    const document = await (await fetch(`${app.url}/api/openapi.json`)).json();
    const upload = document.paths["/v1/projects/{projectId}/photos"].post;
    expect(upload.parameters).toContainEqual(
      expect.objectContaining({ name: "Prefer", in: "header", required: false }),
    );
    expect(Object.keys(upload.responses)).toEqual(
      expect.arrayContaining(["200", "201", "202", "400", "503"]),
    );
    expect(Object.keys(upload.responses["202"].headers)).toEqual([
      "Location",
      "Preference-Applied",
    ]);
    const photo = upload.responses["202"].content["application/json"].schema;
    expect(photo.properties.status.enum).toEqual(["processing", "ready", "failed"]);
    expect(upload.description).toMatch(/Prefer: respond-async/);
    const file = document.paths["/v1/photos/{id}/file"].get;
    expect(file.responses["409"].headers).toHaveProperty("Retry-After");
    const photoGet = document.paths["/v1/photos/{id}"].get.responses["200"];
    expect(photoGet.content["application/json"].schema.required).toEqual(
      expect.arrayContaining(["status", "processingError"]),
    );
  });
});

describe("the document and the wire", () => {
  it("gives a reported sale's 201 and 200 the order itself, as the wire answers it", async () => {
    const document = await (await fetch(`${app.url}/api/openapi.json`)).json();
    const responses = document.paths["/v1/projects/{projectId}/orders"].post.responses;
    const { studio } = await withTwoStudios();
    const project = await createProject(studio.client);
    const pkg = await createPackage(studio.client);
    await studio.client.post(`/v1/projects/${project.id}/packages`, { packageId: pkg.id });
    const member = await studio.client.post(`/v1/projects/${project.id}/members`, { name: "Ida" });
    const sale = { memberId: member.body.id, packageId: pkg.id, externalId: "shop-1" };
    const created = await studio.client.post(`/v1/projects/${project.id}/orders`, sale);
    const repeated = await studio.client.post(`/v1/projects/${project.id}/orders`, sale);
    expect([created.status, repeated.status]).toEqual([201, 200]);
    for (const [status, answer] of [
      ["201", created],
      ["200", repeated],
    ] as const) {
      const schema = responses[status].content["application/json"].schema;
      expect(Object.keys(schema.properties).sort(), status).toEqual(
        Object.keys(answer.body).sort(),
      );
    }
  });
});

describe("GET /api/docs", () => {
  it("is an HTML page that loads its assets from this server only", async () => {
    const response = await fetch(`${app.url}/api/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ["swagger-ui.css", "swagger-ui-bundle.js"]) {
      expect(html).toContain(`/api/docs/${asset}`);
      expect((await fetch(`${app.url}/api/docs/${asset}`)).status).toBe(200);
    }
    expect((await fetch(`${app.url}/api/docs/package.json`)).status).toBe(404);
  });

  it("answers 404 for any other name, those of Object.prototype's members too", async () => {
    for (const name of [
      "__proto__",
      "constructor",
      "hasOwnProperty",
      "toString",
      "valueOf",
      "__defineGetter__",
      "isPrototypeOf",
    ]) {
      const response = await fetch(`${app.url}/api/docs/${name}`);
      expect(response.status, name).toBe(404);
      await response.arrayBuffer();
    }
  });
});
