import { MAX_IMPORT_BYTES } from "@/server/domain/members.schemas";
import type { CreateOrderResult } from "@/server/domain/orders.schemas";
import { UPLOAD_WAIT_SECONDS, type UploadResult } from "@/server/domain/photos.schemas";
import { plainJson, type RestApi, type RestRoute, type RouteAnswer } from "./route-table";

/**
 * 201 for a new photo, 200 for the same bytes again, once processed; 202 with
 * its Location while it is still processing.
 */
function uploadAnswer(output: UploadResult, request: { respondAsync: boolean }): RouteAnswer {
  const { photo, created } = output;
  if (photo.status !== "processing") return { status: created ? 201 : 200, body: photo };
  return {
    status: 202,
    body: photo,
    headers: {
      location: `/v1/photos/${photo.id}`,
      ...(request.respondAsync && { "preference-applied": "respond-async" }),
    },
  };
}

/** The Backoffice API, exactly as its users documented it (seed 000). */
// prettier-ignore
const routes: RestRoute[] = [
  { method: "POST", path: "/v1/auth/register", procedure: "auth.register", access: "public", status: 201, tag: "Auth", summary: "Register a new operator account" },
  { method: "POST", path: "/v1/auth/login", procedure: "auth.login", access: "public", status: 200, tag: "Auth", summary: "Log in as an operator or photographer" },
  { method: "POST", path: "/v1/auth/register-photographer", procedure: "photographers.create", access: "operator", status: 201, tag: "Auth", summary: "Register a new photographer under the authenticated operator" },
  { method: "POST", path: "/v1/auth/password", procedure: "account.changePassword", access: "operator or photographer", status: 200, tag: "Auth", summary: "Change the caller's password (the current one required); answers a fresh token, every older token stops working" },
  { method: "POST", path: "/v1/auth/password-reset", procedure: "account.requestPasswordReset", access: "public", status: 202, tag: "Auth", summary: "E-mail a 6-digit password reset code (the same answer for any address)" },
  { method: "POST", path: "/v1/auth/password-reset/confirm", procedure: "account.resetPassword", access: "public", status: 204, tag: "Auth", summary: "Set a new password with the e-mailed code; every older token stops working" },
  { method: "POST", path: "/v1/auth/logout-everywhere", procedure: "account.logoutEverywhere", access: "operator or photographer", status: 204, tag: "Auth", summary: "End every token and browser session of the caller" },

  { method: "GET", path: "/v1/projects", procedure: "projects.list", access: "operator", status: 200, tag: "Projects", summary: "List the operator's projects" },
  { method: "POST", path: "/v1/projects", procedure: "projects.create", access: "operator", status: 201, tag: "Projects", summary: "Create a project" },
  { method: "GET", path: "/v1/projects/:id", procedure: "projects.get", access: "operator or photographer", status: 200, tag: "Projects", summary: "Get a project with its photographers and packages" },
  { method: "PATCH", path: "/v1/projects/:id", procedure: "projects.update", access: "operator", status: 200, tag: "Projects", summary: "Update project fields" },
  { method: "POST", path: "/v1/projects/:projectId/photographers", procedure: "projects.assignPhotographer", access: "operator", status: 204, tag: "Projects", summary: "Assign a photographer to a project" },
  { method: "DELETE", path: "/v1/projects/:projectId/photographers/:photographerId", procedure: "projects.unassignPhotographer", access: "operator", status: 204, tag: "Projects", summary: "Remove a photographer from a project" },
  { method: "POST", path: "/v1/projects/:projectId/packages", procedure: "projects.linkPackage", access: "operator", status: 204, tag: "Projects", summary: "Link a pricing package to a project" },
  { method: "DELETE", path: "/v1/projects/:projectId/packages/:packageId", procedure: "projects.unlinkPackage", access: "operator", status: 204, tag: "Projects", summary: "Unlink a package from a project" },

  { method: "GET", path: "/v1/projects/:projectId/members", procedure: "members.list", access: "operator or photographer", status: 200, query: ["limit", "cursor", "search", "group"], tag: "Members", summary: "A page of a project's members, by group, name and id", description: "A photographer assigned to the project reads names and groups; `email` and `accessCode` are null for them, and their `search` matches names and groups only." },
  { method: "POST", path: "/v1/projects/:projectId/members", procedure: "members.create", access: "operator", status: 201, tag: "Members", summary: "Enrol a member (409 on a duplicate externalId)" },
  { method: "POST", path: "/v1/projects/:projectId/members/import", procedure: "members.import", access: "operator", status: 200, query: ["dryRun"], textBody: { mediaType: "text/csv", field: "csv", maxBytes: MAX_IMPORT_BYTES }, tag: "Members", summary: "Import a class list, team sheet or guest list (CSV)", description: "The body is the CSV file itself (`Content-Type: text/csv`; UTF-8 with or without a BOM, or Windows-1252), or JSON `{ csv, mapping }`. At most 5 MB and 20,000 rows. Rows match existing members by externalId, or without one by e-mail; rows with errors are reported by line and skipped. Rows are written in batches of 500, each all or nothing: if one fails, the answer names the line from which nothing was written. One import per studio at a time: 429 with `Retry-After` while another runs." },
  { method: "GET", path: "/v1/projects/:projectId/members/cards.pdf", procedure: "members.cards", access: "operator", status: 200, query: ["group"], binaryResponse: { mediaType: "application/pdf", fileName: "member-cards.pdf" }, tag: "Members", summary: "Printable QR cards, 10 per A4 page, ordered like the list" },
  { method: "GET", path: "/v1/members/:id", procedure: "members.get", access: "operator or photographer", status: 200, tag: "Members", summary: "Get a member" },
  { method: "PATCH", path: "/v1/members/:id", procedure: "members.update", access: "operator", status: 200, tag: "Members", summary: "Update a member (409 on a duplicate externalId)" },
  { method: "DELETE", path: "/v1/members/:id", procedure: "members.delete", access: "operator", status: 204, tag: "Members", summary: "Delete a member (409 when they have orders)" },
  { method: "POST", path: "/v1/members/:id/access-code", procedure: "members.regenerateAccessCode", access: "operator", status: 200, tag: "Members", summary: "Give a member a new access code; the old one stops working" },

  { method: "POST", path: "/v1/projects/:projectId/photos", procedure: "photos.upload", access: "operator or photographer", status: 201, uploadBody: { field: "upload", parts: { file: "The photo: JPEG, PNG or WebP, recognised by its content; at most 50 MB", photographerId: "When an operator uploads: the assigned photographer the photo is filed under" } }, preferAsync: { field: "respondWithinSeconds", maxSeconds: UPLOAD_WAIT_SECONDS }, answer: uploadAnswer, tag: "Photos", summary: "Upload a photo (201 once processed; 202 while it is processed; 200 with the photo already there when the same bytes were uploaded before)", description: "`multipart/form-data` with one `file` part. A photographer assigned to the project uploads as themselves; an operator names `photographerId`. 415 for anything but JPEG, PNG or WebP (by content), 413 over 50 MB (refused while streaming) or over 120 megapixels (from the header, before it is stored). The same bytes are one photo per project, so a retry is always safe (and a failed photo sent again is processed again). A photo whose QR code is a member's access code is a card: the photographer's photos after it, up to the next card, are tagged with that member.\n\nThe upload is stored at once and processed afterwards (derived files, capture time, QR code, matching). Without a `Prefer` header the answer waits for that, at most 30 s: `201` with the processed photo, `400` (with `errors.file`) when the image cannot be decoded, `503` with `Retry-After` when processing failed on our side. With `Prefer: respond-async` (RFC 7240) it answers `202` at once with `status: \"processing\"`, `Preference-Applied: respond-async` and `Location: /v1/photos/:id`; poll that until `status` is `ready` or `failed` (with `processingError`). `Prefer: wait=N` waits at most N seconds. A photo still processing when the wait ends is answered `202` the same way." },
  { method: "GET", path: "/v1/projects/:projectId/photos", procedure: "photos.list", access: "operator or photographer", status: 200, query: ["limit", "cursor", "memberId", "kind", "tagged", "photographerId", "status"], tag: "Photos", summary: "A page of a project's photos, by capture time (upload time when none), file name and id", description: "Operators see every photo; a photographer the photos they uploaded, while assigned to the project." },
  { method: "GET", path: "/v1/photos/:id", procedure: "photos.get", access: "operator or photographer", status: 200, tag: "Photos", summary: "Get a photo with its tags and its processing `status` (processing, ready or failed with `processingError`)" },
  { method: "DELETE", path: "/v1/photos/:id", procedure: "photos.delete", access: "operator or photographer", status: 204, tag: "Photos", summary: "Delete a photo, its files and tags; matching re-runs for its photographer's sequence", description: "The operator, or the photographer who uploaded it while they are assigned to its project (404 once removed from it)." },
  { method: "GET", path: "/v1/photos/:id/file", procedure: "photos.file", access: "operator or photographer", status: 200, query: ["size"], fileResponse: true, tag: "Photos", summary: "The photo's bytes: thumb (400 px JPEG), preview (1600 px JPEG) or original (default)", description: "Strong `ETag`; 304 on a matching `If-None-Match`. The original comes with its uploaded name in `Content-Disposition`. A thumb or preview not made yet (the photo is still processing) is `409` with `Retry-After`; a failed photo has none (`409`)." },
  { method: "PUT", path: "/v1/photos/:id/tags", procedure: "photos.setTags", access: "operator", status: 200, tag: "Photos", summary: "Replace a photo's tags by hand with `{ memberIds }`; matching by card leaves it alone from then on" },

  { method: "POST", path: "/v1/projects/:projectId/orders", procedure: "orders.create", access: "operator", status: 201, answer: (output: CreateOrderResult) => ({ status: output.created ? 201 : 200, body: output.order }), tag: "Orders", summary: "Report a sale (201, paid); 200 with the first order for a repeated externalId", description: "`memberId` and `packageId` of this project (another studio's id is a 404; a package not linked to the project a 400), optional `photoIds` (photos tagged with the member, at most the package's photoCount), `amountInCents` (default: the package's price) and `externalId` (the shop's order number, unique per studio, so a retry is safe). The amount and the studio's currency are fixed now." },
  { method: "GET", path: "/v1/projects/:projectId/orders", procedure: "orders.list", access: "operator", status: 200, query: ["status", "memberId", "limit", "cursor"], tag: "Orders", summary: "A page of a project's orders, newest first" },
  { method: "GET", path: "/v1/orders/:id", procedure: "orders.get", access: "operator", status: 200, tag: "Orders", summary: "Get an order" },
  { method: "POST", path: "/v1/orders/:id/mark-paid", procedure: "orders.markPaid", access: "operator", status: 200, tag: "Orders", summary: "Mark a pending order paid (a paid one stays as it is; 409 when refunded)" },
  { method: "POST", path: "/v1/orders/:id/refund", procedure: "orders.refund", access: "operator", status: 200, tag: "Orders", summary: "Refund a paid order (409 when already refunded or not paid)" },

  { method: "GET", path: "/v1/projects/:projectId/campaigns", procedure: "campaigns.overview", access: "operator", status: 200, tag: "Campaigns", summary: "The project's campaign e-mails per kind (invitation, reminder, unpaid_order): queued, sent, failed, opted out, and the gallery visits, paid orders and revenue within 7 days after them", description: "A first gallery visit or a paid order (by when it was paid) counts for the kind of the member's latest campaign e-mail sent before it, when that was at most 7 days before. `invitationsPending` is how many invitation e-mails `POST .../campaigns/invitations` would queue now. Reminders go out by themselves: for each of the project's `reminderDaysBeforeClose`, to members without a paid order, once that many days before `ordersCloseAt`; and one reminder for an order still pending 24 hours after it was placed." },
  { method: "POST", path: "/v1/projects/:projectId/campaigns/invitations", procedure: "campaigns.sendInvitations", access: "operator", status: 202, tag: "Campaigns", summary: "Queue the invitation (gallery link and access code) to every member's address not invited yet; answers `{ queued }`", description: "One e-mail per address (`email` and `email2`); addresses that opted out are left out, and an address already invited never gets it again, however often this is called. The e-mails go out through the job queue: not between 21:00 and 08:00 in the project's time zone (held until 08:00), and at most 60 per minute per studio. Each carries a one-click unsubscribe (`List-Unsubscribe`, `List-Unsubscribe-Post`, RFC 8058) and an unsubscribe link." },

  { method: "GET", path: "/v1/photographers/me/projects", procedure: "photographers.myProjects", access: "photographer", status: 200, tag: "Photographers", summary: "List the projects the authenticated photographer is assigned to" },
  { method: "GET", path: "/v1/photographers/me/projects/:id", procedure: "photographers.myProject", access: "photographer", status: 200, tag: "Photographers", summary: "Get a project the authenticated photographer is assigned to" },
  { method: "GET", path: "/v1/photographers", procedure: "photographers.list", access: "operator", status: 200, tag: "Photographers", summary: "List the operator's photographers" },
  { method: "PATCH", path: "/v1/photographers/:id", procedure: "photographers.update", access: "operator", status: 200, tag: "Photographers", summary: "Update a photographer's name or e-mail" },
  { method: "DELETE", path: "/v1/photographers/:id", procedure: "photographers.delete", access: "operator", status: 204, tag: "Photographers", summary: "Delete a photographer (409 while assigned to any project)" },

  { method: "GET", path: "/v1/packages", procedure: "packages.list", access: "operator", status: 200, tag: "Packages", summary: "List the operator's packages" },
  { method: "POST", path: "/v1/packages", procedure: "packages.create", access: "operator", status: 201, tag: "Packages", summary: "Create a pricing package (price in cents)" },
  { method: "PATCH", path: "/v1/packages/:id", procedure: "packages.update", access: "operator", status: 200, tag: "Packages", summary: "Update a package" },
  { method: "DELETE", path: "/v1/packages/:id", procedure: "packages.delete", access: "operator", status: 204, tag: "Packages", summary: "Delete a package" },

  { method: "GET", path: "/v1/operators/me", procedure: "operators.me", access: "operator", status: 200, tag: "Operators", summary: "Get the authenticated operator's profile" },
  { method: "PATCH", path: "/v1/operators/me", procedure: "operators.updateMe", access: "operator", status: 200, tag: "Operators", summary: "Update the operator's profile" },

  { method: "GET", path: "/v1/analytics", procedure: "analytics.get", access: "operator", status: 200, query: ["projectId", "from", "to"], tag: "Analytics", summary: "KPIs, photos by photographer, package sales and conversion funnel", description: "Sales count paid orders only. `from`/`to` (days in the studio's time zone, both included) filter orders by the time they were placed and photos by upload time; enrolled and tagged members are not filtered." },
  { method: "GET", path: "/v1/analytics.csv", procedure: "analytics.getCsv", access: "operator", status: 200, query: ["projectId", "from", "to"], binaryResponse: { mediaType: "text/csv; charset=utf-8", fileName: "analytics.csv" }, tag: "Analytics", summary: "The same numbers as CSV, money in the studio's currency" },
  { method: "GET", path: "/v1/analytics/projects", procedure: "analytics.projects", access: "operator", status: 200, query: ["from", "to", "sort", "order"], tag: "Analytics", summary: "Job statistics per project, sortable by any column", description: "Per project: enrolled, viewed (members who first opened their gallery in the range), tagged, purchased, orders and revenue (paid orders placed in the range), average order value, revenue per enrolled member, login rate (viewed / enrolled) and order rate (purchased / enrolled). Values that divide by zero are null and sort last." },
  { method: "GET", path: "/v1/analytics/projects.csv", procedure: "analytics.projectsCsv", access: "operator", status: 200, query: ["from", "to", "sort", "order"], binaryResponse: { mediaType: "text/csv; charset=utf-8", fileName: "projects.csv" }, tag: "Analytics", summary: "The job statistics per project as CSV" },
  { method: "GET", path: "/v1/analytics/timeseries", procedure: "analytics.timeseries", access: "operator", status: 200, query: ["interval", "from", "to", "projectId"], tag: "Analytics", summary: "Paid orders and revenue per day, week or month in the studio's time zone, empty intervals as zeros", description: "Without a range: the last 30 days, 12 weeks or 12 months up to today. Weeks start on Monday; intervals at the edges of the range count only the days inside it. At most 1000 intervals." },
  { method: "GET", path: "/v1/analytics/timeseries.csv", procedure: "analytics.timeseriesCsv", access: "operator", status: 200, query: ["interval", "from", "to", "projectId"], binaryResponse: { mediaType: "text/csv; charset=utf-8", fileName: "timeseries.csv" }, tag: "Analytics", summary: "Orders and revenue over time as CSV" },
];

export const backofficeApi: RestApi = {
  title: "Backoffice API",
  audiences: ["backoffice"],
  envelope: plainJson,
  routes,
};
