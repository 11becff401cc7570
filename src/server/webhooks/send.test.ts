import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendWebhook, signatureHeaders } from "./send";

const SECRET = `whsec_${Buffer.from("a key of thirty-two bytes, 12345").toString("base64")}`;

/** The receiver's side, written from the specification: not the package that signs. */
function expectedSignature(id: string, timestamp: string, body: string): string {
  const key = Buffer.from(SECRET.slice("whsec_".length), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

let server: Server;
let port: number;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(request.url === "/fail" ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("signatureHeaders", () => {
  it("signs id.timestamp.body with the secret's base64 bytes", () => {
    const timestamp = new Date("2026-12-18T12:00:00.000Z");
    const headers = signatureHeaders({ id: "msg_1", body: '{"a":1}', secret: SECRET, timestamp });
    expect(headers["webhook-id"]).toBe("msg_1");
    expect(headers["webhook-timestamp"]).toBe(String(timestamp.getTime() / 1000));
    expect(headers["webhook-signature"]).toBe(
      expectedSignature("msg_1", headers["webhook-timestamp"]!, '{"a":1}'),
    );
  });
});

describe("sendWebhook", () => {
  const message = () => ({
    id: "msg_2",
    body: '{"type":"x"}',
    secret: SECRET,
    timestamp: new Date(),
  });

  it("POSTs the signed body and answers the status", async () => {
    const outcome = await sendWebhook(`http://localhost:${port}/hook`, message(), {
      allowPrivate: true,
    });
    expect(outcome).toMatchObject({ kind: "answered", statusCode: 204 });
    const last = received.at(-1)!;
    expect(last.body).toBe('{"type":"x"}');
    expect(last.headers["webhook-signature"]).toBe(
      expectedSignature("msg_2", String(last.headers["webhook-timestamp"]), last.body),
    );
  });

  it("refuses, without connecting, a name resolving to a loopback address without the flag", async () => {
    const before = received.length;
    const outcome = await sendWebhook(`http://localhost:${port}/hook`, message(), {
      allowPrivate: false,
    });
    expect(outcome).toMatchObject({
      kind: "refused",
      error: expect.stringMatching(/localhost resolves to/),
    });
    const literal = await sendWebhook(`http://127.0.0.1:${port}/hook`, message(), {
      allowPrivate: false,
    });
    expect(literal.kind).toBe("refused");
    expect(received.length).toBe(before);
  });

  it("always refuses the metadata address", async () => {
    const outcome = await sendWebhook("http://169.254.169.254/latest/meta-data/", message(), {
      allowPrivate: true,
    });
    expect(outcome.kind).toBe("refused");
  });

  it("reports a 500 as an answer and a closed port as a failure", async () => {
    expect(
      await sendWebhook(`http://127.0.0.1:${port}/fail`, message(), { allowPrivate: true }),
    ).toMatchObject({ kind: "answered", statusCode: 500 });
    expect(
      await sendWebhook("http://127.0.0.1:1/", message(), { allowPrivate: true }),
    ).toMatchObject({ kind: "failed" });
  });
});
