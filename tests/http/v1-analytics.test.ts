import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import {
  type AnalyticsData,
  EXPECTED,
  insertAnalyticsData,
  withoutIds,
} from "../support/analytics-data";
import { addPhotographer, signUpOperator } from "../support/backoffice";

let app: RunningApp;
let api: ApiClient;
let data: AnalyticsData;
let lumen: ApiClient;

beforeAll(async () => {
  app = await startApp({
    prepare: async (database) => {
      data = await insertAnalyticsData(database.prisma);
    },
  });
  api = new ApiClient(app.url);
  const login = await api.post("/v1/auth/login", { email: data.email, password: data.password });
  lumen = api.as(login.body.token);
});
afterAll(() => app?.stop());

describe("GET /v1/analytics", () => {
  it("returns the documented shape with the operator's exact numbers", async () => {
    const response = await lumen.get("/v1/analytics");
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual([
      "kpis",
      "photosByPhotographer",
      "packageSales",
      "conversionFunnel",
    ]);
    expect(withoutIds(response.body)).toEqual(EXPECTED.all);
  });

  it("scopes every number to one project with ?projectId", async () => {
    const spring = await lumen.get(`/v1/analytics?projectId=${data.springSchoolId}`);
    expect(spring.status).toBe(200);
    expect(withoutIds(spring.body)).toEqual(EXPECTED.springSchool);
    const gala = await lumen.get(`/v1/analytics?projectId=${data.summerGalaId}`);
    expect(withoutIds(gala.body)).toEqual(EXPECTED.summerGala);
  });

  it("answers 400 for a projectId that is not a UUID, 404 for another operator's project", async () => {
    const malformed = await lumen.get("/v1/analytics?projectId=42");
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual({ projectId: ["must be a UUID"] });
    const foreign = await lumen.get(`/v1/analytics?projectId=${data.rivalProjectId}`);
    expect(foreign.status).toBe(404);
  });

  it("is all zeros for a new studio", async () => {
    const operator = await signUpOperator(api);
    const response = await operator.client.get("/v1/analytics");
    expect(response.body).toEqual({
      kpis: {
        membersEnrolled: 0,
        revenueInCents: 0,
        photosUploaded: 0,
        usersTagged: 0,
        packagesSold: 0,
      },
      photosByPhotographer: [],
      packageSales: [],
      conversionFunnel: { enrolled: 0, tagged: 0, purchased: 0 },
    });
  });

  it("needs an operator's token", async () => {
    expect((await api.get("/v1/analytics")).status).toBe(401);
    const operator = await signUpOperator(api);
    const photographer = await addPhotographer(api, operator.client);
    expect((await photographer.client.get("/v1/analytics")).status).toBe(403);
  });
});
