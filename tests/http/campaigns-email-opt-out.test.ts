import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { createPackage, type Studio, signUpOperator } from "../support/backoffice";
import { eventually } from "../support/eventually";
import { uniqueEmail } from "../support/fixtures";
import { GalleryClient } from "../support/gallery-client";
import { type Mailbox, startMailbox } from "../support/smtp";
import { afternoonZone } from "../support/time-zones";

/**
 * A member's emailOptOut and the campaigns' unsubscribe are one opt-out, over
 * the REST API of the built app sending through a real SMTP sink: a member
 * who opted out gets no invitation; the unsubscribe link marks the studio's
 * members with that address; clearing the opt-out by hand lifts the
 * unsubscribe; an order confirmation still goes out.
 */

let app: RunningApp;
let mailbox: Mailbox;
let api: ApiClient;
let studio: Studio;

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await startApp({
    env: { SMTP_URL: mailbox.url, MAIL_TRANSPORT: "smtp", TRUST_PROXY: "true" },
  });
  api = new ApiClient(app.url);
  studio = await signUpOperator(api, "Opt-out Photo");
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

async function newProject(): Promise<string> {
  const created = await studio.client.post("/v1/projects", {
    name: "Lakeside School",
    timezone: afternoonZone(),
  });
  expect(created.status, created.text).toBe(201);
  return created.body.id as string;
}

async function enrol(projectId: string, body: Record<string, unknown>) {
  const response = await studio.client.post(`/v1/projects/${projectId}/members`, body);
  expect(response.status, response.text).toBe(201);
  return response.body as { id: string; accessCode: string; emailOptOut: boolean };
}

const pending = async (projectId: string) =>
  (await studio.client.get(`/v1/projects/${projectId}/campaigns`)).body.invitationsPending;

const invite = async (projectId: string) => {
  const sent = await studio.client.post(`/v1/projects/${projectId}/campaigns/invitations`);
  expect(sent.status, sent.text).toBe(202);
  return sent.body.queued as number;
};

const member = async (id: string) => (await studio.client.get(`/v1/members/${id}`)).body;

function unsubscribeLink(mail: ParsedMail): string {
  const line = mail.headerLines.find((h) => h.key === "list-unsubscribe")!.line;
  const url = new URL(/<(https?:[^>]+)>/.exec(line)![1]!);
  return `${app.url}${url.pathname}${url.search}`;
}

describe("a member's emailOptOut", () => {
  it("keeps invitations from both of the member's addresses, and only theirs", async () => {
    const projectId = await newProject();
    const [kim, kimParent, lou] = [uniqueEmail("kim"), uniqueEmail("kim-p"), uniqueEmail("lou")];
    const kimMember = await enrol(projectId, {
      name: "Kim",
      email: kim,
      email2: kimParent,
      emailOptOut: true,
    });
    expect(kimMember.emailOptOut).toBe(true);
    await enrol(projectId, { name: "Lou", email: lou });

    expect(await pending(projectId)).toBe(1);
    expect(await invite(projectId)).toBe(1);
    await mailbox.nextFor(lou, { timeoutMs: 30_000 });
    expect(mailbox.countFor(kim)).toBe(0);
    expect(mailbox.countFor(kimParent)).toBe(0);
  }, 60_000);

  it("is set by the unsubscribe link on every member of the studio with that address", async () => {
    const [first, second] = [await newProject(), await newProject()];
    const [mia, other] = [uniqueEmail("mia"), uniqueEmail("other")];
    const miaHere = await enrol(first, { name: "Mia", email: mia });
    // The same parent's address on a sibling in another project, as the second address.
    const sibling = await enrol(second, { name: "Nils", email: other, email2: mia.toUpperCase() });
    expect(await invite(first)).toBe(1);
    const invitation = await mailbox.nextFor(mia, { timeoutMs: 30_000 });

    const oneClick = await fetch(unsubscribeLink(invitation), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    expect((await member(miaHere.id)).emailOptOut).toBe(true);
    expect((await member(sibling.id)).emailOptOut).toBe(true);
    // The sibling's own address opted out too, as one member: nothing pending for them.
    expect(await pending(second)).toBe(0);

    // The studio clears it by hand (a mistaken click): the unsubscribe is lifted, and mail flows again.
    const cleared = await studio.client.patch(`/v1/members/${sibling.id}`, { emailOptOut: false });
    expect(cleared.status, cleared.text).toBe(200);
    expect(cleared.body.emailOptOut).toBe(false);
    expect(await pending(second)).toBe(2);
    const before = mailbox.countFor(mia);
    expect(await invite(second)).toBe(2);
    const again = await mailbox.nextFor(mia, { after: before, timeoutMs: 30_000 });
    expect(again.subject).toBe("Your photos from Lakeside School are ready");
    await mailbox.nextFor(other, { timeoutMs: 30_000 });
  }, 90_000);

  it("leaves order confirmations alone", async () => {
    const projectId = await newProject();
    const pkg = await createPackage(studio.client, { name: "Digital", price: 1500, photoCount: 1 });
    expect(
      (await studio.client.post(`/v1/projects/${projectId}/packages`, { packageId: pkg.id }))
        .status,
    ).toBe(204);
    const address = uniqueEmail("ola");
    const ola = await enrol(projectId, { name: "Ola", email: address, emailOptOut: true });
    expect(await invite(projectId)).toBe(0);

    const gallery = new GalleryClient(app.url, "10.77.0.1");
    await gallery.signIn(ola.accessCode);
    const placed = await gallery.call("mutation", "placeOrder", {
      packageId: pkg.id,
      photoIds: [],
      acceptTerms: true,
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(200);
    expect(placed.data.emailed).toBe(true);
    const confirmation = await eventually(async () =>
      mailbox.messages.find(
        (mail) =>
          mail.subject?.startsWith("Your order") &&
          [mail.to]
            .flat()
            .some((to) => to?.value.some((v) => v.address?.toLowerCase() === address)),
      ),
    );
    expect(confirmation?.subject).toBe(`Your order ${placed.data.order.number} with Opt-out Photo`);
  }, 60_000);
});
