import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPackage, createProject, type Studio, withTwoStudios } from "../support/backoffice";
import { eventually } from "../support/eventually";
import { freePort } from "../../scripts/lib/app-process";

/**
 * examples/sync-paid-orders.ts, run as a client would run it, against the
 * built app: it pages through the paid orders with an API key, then verifies
 * the webhooks it is sent.
 */

let studio: Studio;
let baseUrl: string;
let projectId: string;
let reportSale: (status: "paid" | "refund") => Promise<string>;
let example: ChildProcess | undefined;
const lines: string[] = [];

beforeAll(async () => {
  const setup = await withTwoStudios();
  studio = setup.studio;
  baseUrl = setup.app.url;
  projectId = (await createProject(studio.client)).id;
  const packageId = (await createPackage(studio.client)).id;
  await studio.client.post(`/v1/projects/${projectId}/packages`, { packageId });
  const member = await studio.client.post(`/v1/projects/${projectId}/members`, { name: "Ada" });
  expect(member.status, member.text).toBe(201);
  reportSale = async (status) => {
    const sale = await studio.client.post(`/v1/projects/${projectId}/orders`, {
      memberId: member.body.id,
      packageId,
    });
    expect(sale.status, sale.text).toBe(201);
    if (status === "refund") {
      expect((await studio.client.post(`/v1/orders/${sale.body.id}/refund`)).status).toBe(200);
    }
    return sale.body.id as string;
  };
  // A project of another studio, with a paid order the key must never see.
  const rivalProject = await createProject(setup.rival.client);
  const rivalPackage = await createPackage(setup.rival.client);
  await setup.rival.client.post(`/v1/projects/${rivalProject.id}/packages`, {
    packageId: rivalPackage.id,
  });
  const rivalMember = await setup.rival.client.post(`/v1/projects/${rivalProject.id}/members`, {
    name: "Rival's",
  });
  await setup.rival.client.post(`/v1/projects/${rivalProject.id}/orders`, {
    memberId: rivalMember.body.id,
    packageId: rivalPackage.id,
  });
});

afterAll(() => {
  example?.kill();
});

function run(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "examples/sync-paid-orders.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  createInterface({ input: child.stdout! }).on("line", (line) => lines.push(line));
  createInterface({ input: child.stderr! }).on("line", (line) => lines.push(`stderr: ${line}`));
  return child;
}

describe("examples/sync-paid-orders.ts", () => {
  it("lists every paid order of the studio, page by page, and verifies the webhooks sent to it", async () => {
    const paid = [await reportSale("paid"), await reportSale("paid"), await reportSale("paid")];
    await reportSale("refund");
    const key = await studio.client.post("/v1/api-keys", {
      name: "Order sync",
      scopes: ["projects:read", "orders:read"],
    });
    expect(key.status, key.text).toBe(201);
    const port = await freePort();
    const endpoint = await studio.client.post("/v1/webhooks", {
      url: `http://127.0.0.1:${port}/webhooks`,
      events: ["order.paid"],
    });
    expect(endpoint.status, endpoint.text).toBe(201);

    example = run({
      BACKOFFICE_URL: baseUrl,
      BACKOFFICE_API_KEY: key.body.key,
      WEBHOOK_SECRET: endpoint.body.secret,
      PORT: String(port),
      PAGE_SIZE: "2",
    });
    await eventually(() => expect(lines.join("\n")).toContain("listening for webhooks"), {
      timeoutMs: 30_000,
    });
    const synced = lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line).id);
    expect(synced.sort()).toEqual([...paid].sort());

    const later = await reportSale("paid");
    await eventually(() => expect(lines.join("\n")).toContain(`verified`), { timeoutMs: 30_000 });
    const verified = lines.filter((line) => line.startsWith("verified "));
    expect(JSON.parse(verified[0]!.slice("verified ".length))).toMatchObject({
      type: "order.paid",
      data: { order: { id: later, status: "paid" } },
    });

    // Anything not signed with the endpoint's secret is refused.
    const forged = await fetch(`http://127.0.0.1:${port}/webhooks`, {
      method: "POST",
      headers: {
        "webhook-id": "msg_forged",
        "webhook-timestamp": String(Math.floor(Date.now() / 1000)),
        "webhook-signature": "v1,bm90IGEgc2lnbmF0dXJl",
      },
      body: JSON.stringify({ type: "order.paid", data: {} }),
    });
    expect(forged.status).toBe(400);
  }, 120_000);
});
