import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../support/app-server";

describe("GET /api/health on the built app", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ emptyDatabase: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("answers 200 ok once the database answers", async () => {
    const response = await fetch(`${app.url}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("retry-after")).toBeNull();
  });

  it("runs on a database that start-up migrated", async ({ skip }) => {
    if (!app.databaseUrl) skip("the embedded database lives inside the app process");
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ tablename: string }>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename COLLATE "C"`,
      );
      expect(rows.map((row) => row.tablename)).toEqual([
        "_prisma_migrations",
        "accounts",
        "admins",
        "api_keys",
        "audit_entries",
        "campaign_mails",
        "campaign_opt_outs",
        "card_payments",
        "coupons",
        "member_counters",
        "member_import_locks",
        "members",
        "one_time_codes",
        "open_uploads",
        "operators",
        "order_photos",
        "orders",
        "packages",
        "payment_accounts",
        "payment_webhook_events",
        "photo_tags",
        "photographers",
        "photos",
        "project_counters",
        "project_package_counters",
        "project_packages",
        "project_photographer_counters",
        "project_photographers",
        "projects",
        "rate_limit_buckets",
        "studio_counters",
        "studio_package_counters",
        "studio_photographer_counters",
        "webhook_deliveries",
        "webhook_endpoints",
        "webhook_events",
      ]);
    } finally {
      await client.end();
    }
  });

  it("exits cleanly on SIGTERM", async () => {
    const code = await app.stop();
    expect(code).toBe(0);
  });
});
