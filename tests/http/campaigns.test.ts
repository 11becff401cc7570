import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { appInstanceCount, type RunningApp, startApp } from "../support/app-server";
import { type Studio, signUpOperator } from "../support/backoffice";
import { eventually } from "../support/eventually";
import { uniqueEmail } from "../support/fixtures";
import { type Mailbox, startMailbox } from "../support/smtp";
import { afternoonZone } from "../support/time-zones";

/**
 * Campaigns over the REST API of the built app, its workers sending through a
 * real SMTP sink: invitations (202 { queued }), the numbers, the unsubscribe
 * link by both of its methods, and members' second address. The clock is the
 * real one here (the reminders and quiet hours, which need another, are in
 * tests/db/campaigns.test.ts), so the project is in a zone where it is early
 * afternoon now.
 */

let app: RunningApp;
let mailbox: Mailbox;
let api: ApiClient;
let studio: Studio;

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await startApp({
    instances: appInstanceCount(),
    env: { SMTP_URL: mailbox.url, MAIL_TRANSPORT: "smtp" },
  });
  api = new ApiClient(app.url);
  studio = await signUpOperator(api, "Harbour Photo");
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

async function newProject(): Promise<string> {
  const created = await studio.client.post("/v1/projects", {
    name: "Harbour School",
    timezone: afternoonZone(),
  });
  expect(created.status, created.text).toBe(201);
  return created.body.id as string;
}

async function enrol(projectId: string, body: Record<string, unknown>) {
  const response = await studio.client.post(`/v1/projects/${projectId}/members`, body);
  expect(response.status, response.text).toBe(201);
  return response.body as { id: string; email: string | null; email2: string | null };
}

const campaigns = async (projectId: string) => {
  const response = await studio.client.get(`/v1/projects/${projectId}/campaigns`);
  expect(response.status, response.text).toBe(200);
  return response.body;
};

/** The link in a List-Unsubscribe header, on this app's address (behind a proxy, the port differs). */
function unsubscribeLink(mail: ParsedMail): string {
  const line = mail.headerLines.find((h) => h.key === "list-unsubscribe")!.line;
  const url = new URL(/<(https?:[^>]+)>/.exec(line)![1]!);
  return `${app.url}${url.pathname}${url.search}`;
}

describe("invitations over REST", () => {
  it("are queued with 202 { queued }, once per address, and counted", async () => {
    const projectId = await newProject();
    const [mo, moParent, ned] = [uniqueEmail("mo"), uniqueEmail("mo-parent"), uniqueEmail("ned")];
    await enrol(projectId, { name: "Mo", email: mo, email2: moParent });
    await enrol(projectId, { name: "Ned", email: ned });
    await enrol(projectId, { name: "Oli" });

    expect(await campaigns(projectId)).toMatchObject({
      projectId,
      invitationsPending: 3,
      reminderDaysBeforeClose: [7, 1],
      kinds: { invitation: { sent: 0 }, reminder: { sent: 0 }, unpaid_order: { sent: 0 } },
    });
    const sent = await studio.client.post(`/v1/projects/${projectId}/campaigns/invitations`);
    expect(sent.status, sent.text).toBe(202);
    expect(sent.body).toEqual({ queued: 3 });
    for (const address of [mo, moParent, ned]) {
      const mail = await mailbox.nextFor(address, { timeoutMs: 30_000 });
      expect(mail.subject).toBe("Your photos from Harbour School are ready");
    }
    const again = await studio.client.post(`/v1/projects/${projectId}/campaigns/invitations`);
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ queued: 0 });
    const numbers = await eventually(async () => {
      const body = await campaigns(projectId);
      return body.kinds.invitation.sent === 3 ? body : undefined;
    });
    expect(numbers).toMatchObject({
      invitationsPending: 0,
      kinds: { invitation: { queued: 0, sent: 3, failed: 0, optedOut: 0 } },
    });
  }, 60_000);

  it("are for the project's studio only", async () => {
    const projectId = await newProject();
    const rival = await signUpOperator(api, "Rival");
    expect(
      (await rival.client.post(`/v1/projects/${projectId}/campaigns/invitations`)).status,
    ).toBe(404);
    expect((await rival.client.get(`/v1/projects/${projectId}/campaigns`)).status).toBe(404);
    expect((await api.get(`/v1/projects/${projectId}/campaigns`)).status).toBe(401);
  });
});

describe("the unsubscribe link", () => {
  it("opts out by one-click POST and by the page's button, never by GET alone", async () => {
    const projectId = await newProject();
    const [pia, piaParent] = [uniqueEmail("pia"), uniqueEmail("pia-parent")];
    await enrol(projectId, { name: "Pia", email: pia, email2: piaParent });
    await studio.client.post(`/v1/projects/${projectId}/campaigns/invitations`);
    const toPia = await mailbox.nextFor(pia, { timeoutMs: 30_000 });
    const toParent = await mailbox.nextFor(piaParent, { timeoutMs: 30_000 });

    // One-click (RFC 8058): what a mail client POSTs.
    const oneClick = await fetch(unsubscribeLink(toPia), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain("You are unsubscribed");
    expect((await campaigns(projectId)).kinds.invitation.optedOut).toBe(1);

    // The link opened in a browser (or by a mail scanner): a page with a button, nothing more.
    const page = await fetch(unsubscribeLink(toParent));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain(piaParent);
    expect(html).toContain("Harbour Photo");
    expect((await campaigns(projectId)).kinds.invitation.optedOut).toBe(1);
    // Its button posts the form.
    const form = /<form method="post" action="([^"]+)">.*name="([^"]+)" value="([^"]+)"/s.exec(
      html,
    )!;
    const action = form[1]!.replace(/&#38;/g, "&");
    const pressed = await fetch(`${app.url}${action}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `${form[2]}=${form[3]}`,
    });
    expect(pressed.status).toBe(200);
    expect((await campaigns(projectId)).kinds.invitation.optedOut).toBe(2);

    // Both addresses now get no campaign e-mail, in any project of the studio.
    const later = await newProject();
    await enrol(later, { name: "Pia", email: pia.toUpperCase(), email2: piaParent });
    expect((await campaigns(later)).invitationsPending).toBe(0);
    expect((await studio.client.post(`/v1/projects/${later}/campaigns/invitations`)).body).toEqual({
      queued: 0,
    });
  }, 60_000);

  it("answers 400 to a forged or missing token, on both methods", async () => {
    for (const token of ["v1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "forged", ""]) {
      const url = `${app.url}/api/unsubscribe?token=${encodeURIComponent(token)}`;
      const viewed = await fetch(url);
      expect(viewed.status).toBe(400);
      expect(await viewed.text()).toContain("This link does not work");
      const posted = await fetch(url, { method: "POST", body: "List-Unsubscribe=One-Click" });
      expect(posted.status).toBe(400);
    }
  });
});

describe("a member's second address", () => {
  it("is kept, read, changed and cleared over REST", async () => {
    const projectId = await newProject();
    const member = await enrol(projectId, {
      name: "Quinn",
      email: "Quinn@Example.test",
      email2: " Parent@Example.test ",
    });
    expect(member).toMatchObject({ email: "quinn@example.test", email2: "parent@example.test" });
    expect((await studio.client.get(`/v1/members/${member.id}`)).body.email2).toBe(
      "parent@example.test",
    );
    const list = await studio.client.get(`/v1/projects/${projectId}/members?search=parent@`);
    expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([member.id]);
    const changed = await studio.client.patch(`/v1/members/${member.id}`, { email2: "" });
    expect(changed.body.email2).toBeNull();
    const bad = await studio.client.patch(`/v1/members/${member.id}`, { email2: "not-an-address" });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty("email2");
  });

  it("comes from a roster's parent or guardian column", async () => {
    const projectId = await newProject();
    const csv =
      "Name;E-Mail;Eltern E-Mail\nRia;ria@example.test;ria-eltern@example.test\nSam;;sam-eltern@example.test\n";
    const imported = await studio.client.post(
      `/v1/projects/${projectId}/members/import`,
      undefined,
      { rawBody: csv, headers: { "content-type": "text/csv" } },
    );
    expect(imported.status, imported.text).toBe(200);
    expect(imported.body.mapping).toMatchObject({ email: "E-Mail", email2: "Eltern E-Mail" });
    const members = (await studio.client.get(`/v1/projects/${projectId}/members`)).body.items;
    expect(
      members.map((m: { name: string; email: string; email2: string }) => [
        m.name,
        m.email,
        m.email2,
      ]),
    ).toEqual([
      ["Ria", "ria@example.test", "ria-eltern@example.test"],
      ["Sam", "sam-eltern@example.test", null],
    ]);
  });
});

describe("reminder days", () => {
  it("are set on the project, 0 to 60 days, at most 5", async () => {
    const projectId = await newProject();
    const set = await studio.client.patch(`/v1/projects/${projectId}`, {
      reminderDaysBeforeClose: [1, 14, 3, 14],
    });
    expect(set.status, set.text).toBe(200);
    expect(set.body.reminderDaysBeforeClose).toEqual([14, 3, 1]);
    expect(
      (await studio.client.get(`/v1/projects/${projectId}`)).body.reminderDaysBeforeClose,
    ).toEqual([14, 3, 1]);
    for (const days of [[61], [-1], [1.5], [1, 2, 3, 4, 5, 6], "7"]) {
      const refused = await studio.client.patch(`/v1/projects/${projectId}`, {
        reminderDaysBeforeClose: days,
      });
      expect(refused.status, JSON.stringify(days)).toBe(400);
      expect(Object.keys(refused.body.errors).join(" ")).toMatch(/reminderDaysBeforeClose/);
    }
    const none = await studio.client.patch(`/v1/projects/${projectId}`, {
      reminderDaysBeforeClose: [],
    });
    expect(none.body.reminderDaysBeforeClose).toEqual([]);
  });
});
