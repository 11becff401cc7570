/**
 * Keeps your own system's list of paid orders in step with a studio, as a print
 * lab or a shop would: it pages through the paid orders of every project with
 * an API key (scopes `projects:read` and `orders:read`), then listens for the
 * studio's signed webhooks and prints each one it could verify.
 *
 *   BACKOFFICE_URL=https://photos.example.com BACKOFFICE_API_KEY=pbk_… \
 *   WEBHOOK_SECRET=whsec_… PORT=4000 npx tsx examples/sync-paid-orders.ts
 *
 * Each order is printed as one JSON line; without WEBHOOK_SECRET it stops
 * after the sync. PAGE_SIZE (default 100) is how many orders it asks for at once.
 */
import { createServer } from "node:http";
import { text } from "node:stream/consumers";
import { Webhook } from "standardwebhooks";
import { createBackofficeClient } from "../client";

const PAGE_SIZE = Number(process.env.PAGE_SIZE ?? 100);
const api = createBackofficeClient(required("BACKOFFICE_URL"), required("BACKOFFICE_API_KEY"));

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name}.`);
  return value;
}

async function* paidOrders() {
  const { data: projects, error } = await api.GET("/v1/projects");
  if (error) throw new Error(`Listing projects failed: ${error.message}`);
  for (const project of projects) {
    let cursor: string | undefined;
    do {
      const page = await api.GET("/v1/projects/{projectId}/orders", {
        params: {
          path: { projectId: project.id },
          query: { status: "paid", limit: PAGE_SIZE, cursor },
        },
      });
      if (page.error) throw new Error(`Listing orders failed: ${page.error.message}`);
      yield* page.data.items;
      cursor = page.data.nextCursor ?? undefined;
    } while (cursor);
  }
}

for await (const order of paidOrders()) {
  console.log(
    JSON.stringify({ id: order.id, amountInCents: order.amountInCents, paidAt: order.paidAt }),
  );
}

const secret = process.env.WEBHOOK_SECRET;
if (secret) {
  // Verify the signature on the raw body, before parsing it: it proves the studio sent it.
  const webhook = new Webhook(secret);
  const server = createServer(async (request, response) => {
    try {
      const event = webhook.verify(await text(request), request.headers as Record<string, string>);
      console.log(`verified ${JSON.stringify(event)}`);
      response.writeHead(204).end();
    } catch {
      response.writeHead(400).end();
    }
  });
  server.listen(Number(process.env.PORT ?? 4000), () =>
    console.log(`listening for webhooks on port ${Number(process.env.PORT ?? 4000)}`),
  );
}
