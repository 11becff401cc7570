import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import {
  type Answer,
  type AnswerValidator,
  answerValidatorOf,
  UndocumentedAnswerError,
} from "../support/documented-answers";
import { type SharedApp, sharedApp } from "../support/shared-app";

/**
 * The HTTP tests' client holds every answer to the served OpenAPI document;
 * these tests show that check refuses what the document does not give, so it
 * cannot be off without a test failing.
 */

const PROJECT_ID = "0b6c3f4e-8d52-4f7a-9a41-2f0e6c1d9b3a";

const project = {
  id: PROJECT_ID,
  name: "Spring School",
  locationName: null,
  startAt: null,
  endAt: null,
  projectLink: null,
  termsAndConditions: null,
  timezone: "UTC",
  reminderDaysBeforeClose: [],
  ordersCloseAt: null,
  earlyBirdPercentOff: null,
  earlyBirdUntil: null,
  deletePhotosAfter: "2026-05-30T08:00:00.000Z",
  anonymiseMembersAfter: "2027-03-01T08:00:00.000Z",
  photosDeletedAt: null,
  membersAnonymisedAt: null,
  photoConsentDefault: true,
  createdAt: "2026-03-01T08:00:00.000Z",
  updatedAt: "2026-03-01T08:00:00.000Z",
  photographers: [],
  packages: [],
};

const projectAnswer: Answer = {
  method: "GET",
  path: `/v1/projects/${PROJECT_ID}`,
  status: 200,
  contentType: "application/json; charset=utf-8",
  body: project,
};

let app: SharedApp;
let validator: AnswerValidator;
beforeAll(async () => {
  app = sharedApp();
  validator = await answerValidatorOf(app.url);
});

describe("the check of answers against the served document", () => {
  it("lets a documented answer through, and paths the document leaves out", () => {
    expect(() => validator.check(projectAnswer)).not.toThrow();
    expect(() =>
      validator.check({ ...projectAnswer, path: "/api/health", body: { status: "ok" } }),
    ).not.toThrow();
  });

  it("refuses a status the operation does not document, naming method, path and status", () => {
    expect(() => validator.check({ ...projectAnswer, status: 418 })).toThrow(
      new UndocumentedAnswerError(
        `GET /v1/projects/${PROJECT_ID} (/v1/projects/{id}) answered 418, a status the document does not give (it gives 200, 400, 401, 403, 404, 413, 415, 429, 503)`,
      ),
    );
  });

  it("refuses a body the status's schema does not allow, with Ajv's errors", () => {
    const { packages: _left, ...withoutPackages } = project;
    const check = () =>
      validator.check({ ...projectAnswer, body: { ...withoutPackages, name: 42 } });
    expect(check).toThrow(UndocumentedAnswerError);
    expect(check).toThrow(/answered 200 with a body the document does not allow/);
    expect(check).toThrow(/must have required property 'packages'/);
    expect(check).toThrow(/\/name must be string/);
  });

  it("refuses a JSON body where the document gives none, and no body where it gives JSON", () => {
    const unassigned = {
      method: "DELETE",
      path: `/v1/projects/${PROJECT_ID}/photographers/${PROJECT_ID}`,
      status: 204,
    };
    expect(() =>
      validator.check({ ...unassigned, contentType: null, body: undefined }),
    ).not.toThrow();
    expect(() =>
      validator.check({ ...unassigned, contentType: "application/json", body: {} }),
    ).toThrow(/answered 204 with a JSON body, where the document gives no body/);
    expect(() => validator.check({ ...projectAnswer, contentType: null, body: undefined })).toThrow(
      /answered 200 with no body, where the document says application\/json/,
    );
  });
});

describe("the HTTP tests' client", () => {
  let standIn: Server;
  let standInUrl: string;

  beforeAll(async () => {
    const document = await (await fetch(`${app.url}/api/openapi.json`)).text();
    // Serves the app's own document, and answers a project without its `packages`.
    standIn = createServer((request, response) => {
      response.setHeader("content-type", "application/json");
      if (request.url === "/api/openapi.json") return response.end(document);
      const { packages: _left, ...withoutPackages } = project;
      response.end(JSON.stringify(withoutPackages));
    });
    await new Promise<void>((resolve) => standIn.listen(0, "127.0.0.1", resolve));
    standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => standIn?.close(resolve)));

  it("fails the request whose answer the document does not give", async () => {
    await expect(new ApiClient(standInUrl).get(`/v1/projects/${PROJECT_ID}`)).rejects.toThrow(
      /must have required property 'packages'/,
    );
  });
});
