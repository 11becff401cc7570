import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type AnalyticsData, insertAnalyticsData, withoutIds } from "../support/analytics-data";
import { type RunningApp, startApp } from "../support/app-server";

/** The reports on the hand-worked data set of tests/support/analytics-data.ts. */

let app: RunningApp;
let data: AnalyticsData;
let lumen: ApiClient;

beforeAll(async () => {
  app = await startApp({
    prepare: async (database) => {
      data = await insertAnalyticsData(database.prisma);
    },
  });
  const api = new ApiClient(app.url);
  const login = await api.post("/v1/auth/login", { email: data.email, password: data.password });
  lumen = api.as(login.body.token);
});
afterAll(() => app?.stop());

const MARCH = "from=2026-03-01&to=2026-03-31";

const SPRING = {
  name: "Spring School",
  startAt: "2026-03-10T08:00:00.000Z",
  enrolled: 5,
  viewed: 3,
  tagged: 3,
  purchased: 3,
  orders: 4,
  revenueInCents: 9400,
  averageOrderValueInCents: 2350,
  revenuePerEnrolledInCents: 1880,
  loginRate: 0.6,
  orderRate: 0.6,
};
const GALA = {
  name: "Summer Gala",
  startAt: "2026-06-01T16:00:00.000Z",
  enrolled: 3,
  viewed: 0,
  tagged: 1,
  purchased: 1,
  orders: 1,
  revenueInCents: 1000,
  averageOrderValueInCents: 1000,
  revenuePerEnrolledInCents: 333,
  loginRate: 0,
  orderRate: 1 / 3,
};

const withoutProjectIds = (items: { projectId: string }[]) =>
  items.map(({ projectId: _projectId, ...rest }) => rest);

describe("GET /v1/analytics with a date range", () => {
  it("counts paid orders placed in the range, in the studio's time zone", async () => {
    const march = await lumen.get(`/v1/analytics?${MARCH}`);
    expect(march.status).toBe(200);
    expect(withoutIds(march.body)).toEqual({
      kpis: {
        membersEnrolled: 8,
        revenueInCents: 8500,
        photosUploaded: 0,
        usersTagged: 4,
        packagesSold: 3,
      },
      photosByPhotographer: [
        { name: "Ada", photoCount: 0 },
        { name: "Ben", photoCount: 0 },
        { name: "Dee", photoCount: 0 },
      ],
      packageSales: [
        { name: "Deluxe", count: 1, revenueInCents: 5000 },
        { name: "Premium", count: 1, revenueInCents: 2500 },
        { name: "Basic", count: 1, revenueInCents: 1000 },
        { name: "Mini", count: 0, revenueInCents: 0 },
      ],
      conversionFunnel: { enrolled: 8, tagged: 4, purchased: 2 },
    });
  });

  it("names a bad range", async () => {
    const reversed = await lumen.get("/v1/analytics?from=2026-04-01&to=2026-03-01");
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toHaveProperty("to");
    const notADate = await lumen.get("/v1/analytics?from=March");
    expect(notADate.status).toBe(400);
    expect(notADate.body.errors).toHaveProperty("from");
  });
});

describe("GET /v1/analytics/projects", () => {
  it("gives every project's job statistics, most revenue first", async () => {
    const report = await lumen.get("/v1/analytics/projects");
    expect(report.status).toBe(200);
    expect(report.body.currency).toBe("EUR");
    expect(withoutProjectIds(report.body.items)).toEqual([SPRING, GALA]);
  });

  it("filters sales and gallery visits by the range", async () => {
    const report = await lumen.get(`/v1/analytics/projects?${MARCH}`);
    expect(withoutProjectIds(report.body.items)).toEqual([
      {
        ...SPRING,
        viewed: 2,
        purchased: 2,
        orders: 3,
        revenueInCents: 8500,
        averageOrderValueInCents: 2833,
        revenuePerEnrolledInCents: 1700,
        loginRate: 0.4,
        orderRate: 0.4,
      },
      {
        ...GALA,
        purchased: 0,
        orders: 0,
        revenueInCents: 0,
        averageOrderValueInCents: null,
        revenuePerEnrolledInCents: 0,
        orderRate: 0,
      },
    ]);
  });

  it("sorts by any column either way, values that divide by zero last", async () => {
    const names = async (query: string) =>
      (await lumen.get(`/v1/analytics/projects?${query}`)).body.items.map(
        (row: { name: string }) => row.name,
      );
    expect(await names("sort=loginRate&order=asc")).toEqual(["Summer Gala", "Spring School"]);
    expect(await names("sort=name&order=asc")).toEqual(["Spring School", "Summer Gala"]);
    expect(await names("sort=startAt&order=desc")).toEqual(["Summer Gala", "Spring School"]);
    expect(await names(`sort=averageOrderValueInCents&order=asc&${MARCH}`)).toEqual([
      "Spring School",
      "Summer Gala",
    ]);
    const bad = await lumen.get("/v1/analytics/projects?sort=colour&order=up");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["order", "sort"]);
  });

  it("downloads as CSV with the same numbers and the currency in the header", async () => {
    const response = await lumen.get("/v1/analytics/projects.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const bytes = Buffer.from(response.bytes);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
    expect(lines[0]).toBe(
      "project,start,enrolled,viewed,tagged,purchased,orders,revenue (EUR),average order value (EUR)," +
        "revenue per enrolled member (EUR),login rate,order rate",
    );
    expect(lines[1]).toBe(
      "Spring School,2026-03-10T08:00:00.000Z,5,3,3,3,4,94.00,23.50,18.80,0.6000,0.6000",
    );
    expect(lines[2]).toBe(
      "Summer Gala,2026-06-01T16:00:00.000Z,3,0,1,1,1,10.00,10.00,3.33,0.0000,0.3333",
    );
  });
});

describe("GET /v1/analytics/timeseries", () => {
  const series = async (query: string) => {
    const response = await lumen.get(`/v1/analytics/timeseries?${query}`);
    expect(response.status, response.text).toBe(200);
    return response.body as {
      points: { start: string; orders: number; revenueInCents: number }[];
      [key: string]: unknown;
    };
  };

  it("puts each paid order in its month in the studio's time zone", async () => {
    const monthly = await series("interval=month&from=2026-03-01&to=2026-04-30");
    expect(monthly).toMatchObject({
      interval: "month",
      timeZone: "Europe/Berlin",
      currency: "EUR",
    });
    expect(monthly.points).toEqual([
      { start: "2026-03-01", orders: 3, revenueInCents: 8500 },
      { start: "2026-04-01", orders: 2, revenueInCents: 1900 },
    ]);
  });

  it("shows empty days and weeks as zeros, weeks from Monday", async () => {
    expect((await series("interval=day&from=2026-03-14&to=2026-03-16")).points).toEqual([
      { start: "2026-03-14", orders: 0, revenueInCents: 0 },
      { start: "2026-03-15", orders: 1, revenueInCents: 2500 },
      { start: "2026-03-16", orders: 0, revenueInCents: 0 },
    ]);
    expect((await series("interval=week&from=2026-03-09&to=2026-03-29")).points).toEqual([
      { start: "2026-03-09", orders: 2, revenueInCents: 3500 },
      { start: "2026-03-16", orders: 1, revenueInCents: 5000 },
      { start: "2026-03-23", orders: 0, revenueInCents: 0 },
    ]);
  });

  it("scopes to one project, and names bad input", async () => {
    const gala = await series(
      `interval=month&from=2026-03-01&to=2026-04-30&projectId=${data.summerGalaId}`,
    );
    expect(gala.points).toEqual([
      { start: "2026-03-01", orders: 0, revenueInCents: 0 },
      { start: "2026-04-01", orders: 1, revenueInCents: 1000 },
    ]);
    const foreign = await lumen.get(`/v1/analytics/timeseries?projectId=${data.rivalProjectId}`);
    expect(foreign.status).toBe(404);
    const hourly = await lumen.get("/v1/analytics/timeseries?interval=hour");
    expect(hourly.status).toBe(400);
    expect(hourly.body.errors).toHaveProperty("interval");
    const tooLong = await lumen.get(
      "/v1/analytics/timeseries?interval=day&from=2020-01-01&to=2026-01-01",
    );
    expect(tooLong.status).toBe(400);
  });

  it("defaults to the last 30 days, and downloads as CSV", async () => {
    const recent = await series("");
    expect(recent.points).toHaveLength(30);
    const response = await lumen.get(
      "/v1/analytics/timeseries.csv?interval=month&from=2026-03-01&to=2026-04-30",
    );
    expect(Buffer.from(response.bytes).toString("utf8")).toBe(
      "\ufeffmonth starting,orders,revenue (EUR)\r\n2026-03-01,3,85.00\r\n2026-04-01,2,19.00\r\n",
    );
  });

  it("keeps each studio's reports to itself", async () => {
    const api = new ApiClient(app.url);
    const other = await api.post("/v1/auth/register", {
      name: "Empty Studio",
      email: `empty-${Date.now()}@example.test`,
      password: "correct horse battery",
    });
    const empty = api.as(other.body.token);
    expect((await empty.get("/v1/analytics/projects")).body.items).toEqual([]);
    const quiet = await empty.get(
      "/v1/analytics/timeseries?interval=month&from=2026-03-01&to=2026-04-30",
    );
    expect(quiet.body.points.every((p: { orders: number }) => p.orders === 0)).toBe(true);
  });
});
