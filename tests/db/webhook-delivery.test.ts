import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantOf } from "@/server/db/tenant";
import { deliverWebhook } from "@/server/domain/webhook-delivery";
import { emitWebhookEvent, WEBHOOK_SECRET_PURPOSE } from "@/server/domain/webhooks";
import { closeQueue, openQueue } from "@/server/jobs/queue";
import { MAIL_SEAL_PURPOSE, queuedMailer } from "@/server/mail";
import { sealData, unseal } from "@/server/sealed";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOperator } from "../support/fixtures";
import { jobsNamed } from "../support/jobs";

/**
 * The delivery job's handler with a controlled clock: the 5-day rule (an
 * endpoint failing for 5 days is disabled and the studio e-mailed through the
 * `mail.send` job), the retry schedule and a rolled-back write sending nothing.
 * The queue is open without workers, so each attempt runs only when called.
 */

let database: TestDatabase;
let receiver: Server;
let receiverUrl: string;
let status = 500;
let hits = 0;

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date("2026-12-01T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

beforeAll(async () => {
  database = await createTestDatabase();
  await openQueue(database, { maintains: false });
  receiver = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      hits += 1;
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await closeQueue({ graceful: false, timeoutMs: 1_000 });
  await database?.destroy();
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
});

async function studioWithEndpoint() {
  const operator = await insertOperator(database.prisma, "Five Days Studio");
  const endpoint = await database.prisma.webhookEndpoint.create({
    data: {
      operatorId: operator.id,
      url: receiverUrl,
      events: ["member.created"],
      secretSealed: sealData(
        WEBHOOK_SECRET_PURPOSE,
        `whsec_${Buffer.alloc(32, 7).toString("base64")}`,
      ),
    },
  });
  return { operator, endpoint };
}

async function emit(operatorId: string, now: Date) {
  await database.prisma.$transaction((tx) =>
    emitWebhookEvent(tx, operatorId, "member.created", { member: { name: "Ada" } }, now),
  );
}

const pending = (endpointId: string) =>
  database.prisma.webhookDelivery.findMany({
    where: { endpointId, status: "pending" },
    orderBy: { createdAt: "asc" },
  });

const attemptAt = (deliveryId: string, now: Date) =>
  deliverWebhook(database.prisma, deliveryId, {
    now: () => now,
    allowPrivate: true,
    mailer: queuedMailer,
    random: () => 0,
  });

describe("webhooks.deliver with a controlled clock", () => {
  it("disables an endpoint failing for 5 days and e-mails the studio", async () => {
    status = 500;
    const { operator, endpoint } = await studioWithEndpoint();

    await emit(operator.id, T0);
    const [first] = await pending(endpoint.id);
    expect(await attemptAt(first!.id, T0)).toBe("failed");
    const afterFirst = await database.prisma.webhookDelivery.findUniqueOrThrow({
      where: { id: first!.id },
    });
    expect(afterFirst).toMatchObject({ status: "failed", statusCode: 500, nextRetryAt: at(5_000) });
    const [retry] = await pending(endpoint.id);
    expect(retry).toMatchObject({ attempt: 2, eventId: first!.eventId });

    // Four days on, a newer event fails too: still enabled, still retried.
    await emit(operator.id, at(4 * DAY));
    for (const delivery of await pending(endpoint.id)) {
      expect(await attemptAt(delivery.id, at(4 * DAY))).toBe("failed");
    }
    expect(
      (await database.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } }))
        .enabled,
    ).toBe(true);
    expect(await jobsNamed(database.query, "mail.send")).toHaveLength(0);

    // Five days after the first failure of the run: disabled, the owner told, no retry queued.
    const [due] = await pending(endpoint.id);
    expect(await attemptAt(due!.id, at(5 * DAY + 60_000))).toBe("failed");
    const disabled = await database.prisma.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpoint.id },
    });
    expect(disabled.enabled).toBe(false);
    expect(disabled.disabledReason).toMatch(/5 days/);
    const last = await database.prisma.webhookDelivery.findUniqueOrThrow({
      where: { id: due!.id },
    });
    expect(last.nextRetryAt).toBeNull();

    const mails = await jobsNamed(database.query, "mail.send");
    expect(mails).toHaveLength(1);
    const mail = unseal(MAIL_SEAL_PURPOSE, (mails[0]!.data.data as { sealed: string }).sealed) as {
      to: string;
      subject: string;
      text: string;
    };
    expect(mail.to).toBe(operator.account.email);
    expect(mail.subject).toMatch(/disabled/);
    expect(mail.text).toContain(receiverUrl);

    // The attempts still pending find the endpoint disabled and send nothing.
    const before = hits;
    for (const delivery of await pending(endpoint.id)) {
      expect(await attemptAt(delivery.id, at(5 * DAY + 120_000))).toBe("failed");
    }
    expect(hits).toBe(before);
  });

  it("starts the 5 days again after a success", async () => {
    const { operator, endpoint } = await studioWithEndpoint();
    status = 500;
    await emit(operator.id, T0);
    const [first] = await pending(endpoint.id);
    await attemptAt(first!.id, T0);

    status = 200;
    const [retry] = await pending(endpoint.id);
    expect(await attemptAt(retry!.id, at(3 * DAY))).toBe("succeeded");
    expect(
      (await database.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } }))
        .failingSince,
    ).toBeNull();

    status = 500;
    await emit(operator.id, at(5 * DAY + 60_000));
    const [later] = await pending(endpoint.id);
    await attemptAt(later!.id, at(5 * DAY + 60_000));
    const still = await database.prisma.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpoint.id },
    });
    expect(still.enabled).toBe(true);
    expect(still.failingSince).toEqual(at(5 * DAY + 60_000));
  });

  it("gives up after the eighth attempt", async () => {
    status = 500;
    const { operator, endpoint } = await studioWithEndpoint();
    await emit(operator.id, T0);
    let now = T0;
    for (let attempt = 1; attempt <= 8; attempt++) {
      const [delivery] = await pending(endpoint.id);
      expect(delivery?.attempt).toBe(attempt);
      await attemptAt(delivery!.id, now);
      const done = await database.prisma.webhookDelivery.findUniqueOrThrow({
        where: { id: delivery!.id },
      });
      if (attempt < 8) now = done.nextRetryAt!;
      else expect(done.nextRetryAt).toBeNull();
    }
    expect(await pending(endpoint.id)).toHaveLength(0);
    // 5 s + 5 min + 30 min + 2 h + 5 h + 10 h + 10 h after the first try.
    expect(now.getTime() - T0.getTime()).toBe(
      (5 + 300 + 1800 + 7200 + 18000 + 36000 + 36000) * 1000,
    );
  });

  it("sends nothing for a write that rolls back", async () => {
    const { operator, endpoint } = await studioWithEndpoint();
    const tenant = tenantOf(database.prisma, operator.id);
    await expect(
      tenant.db.$transaction(async (tx) => {
        await emitWebhookEvent(tx, operator.id, "member.created", { member: { name: "Gone" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await pending(endpoint.id)).toHaveLength(0);
    expect(await database.prisma.webhookEvent.count({ where: { operatorId: operator.id } })).toBe(
      0,
    );
  });
});
