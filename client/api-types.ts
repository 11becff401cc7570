// The types of /api/openapi.json, made by `npm run openapi:types`. Do not edit.

export interface paths {
  "/v1/auth/register": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a new operator account
     * @description Access: public. Calls the `auth.register` procedure.
     */
    post: operations["post_v1_auth_register"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in as an operator or photographer
     * @description Access: public. Calls the `auth.login` procedure.
     */
    post: operations["post_v1_auth_login"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/register-photographer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a new photographer under the authenticated operator
     * @description Access: operator. Calls the `photographers.create` procedure.
     */
    post: operations["post_v1_auth_register_photographer"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change the caller's password (the current one required); answers a fresh token, every older token stops working
     * @description Access: operator or photographer. Calls the `account.changePassword` procedure.
     */
    post: operations["post_v1_auth_password"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/password-reset": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * E-mail a 6-digit password reset code (the same answer for any address)
     * @description Access: public. Calls the `account.requestPasswordReset` procedure.
     */
    post: operations["post_v1_auth_password_reset"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/password-reset/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with the e-mailed code; every older token stops working
     * @description Access: public. Calls the `account.resetPassword` procedure.
     */
    post: operations["post_v1_auth_password_reset_confirm"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/auth/logout-everywhere": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End every token and browser session of the caller
     * @description Access: operator or photographer. Calls the `account.logoutEverywhere` procedure.
     */
    post: operations["post_v1_auth_logout_everywhere"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the operator's projects
     * @description Access: operator. Calls the `projects.list` procedure.
     */
    get: operations["get_v1_projects"];
    put?: never;
    /**
     * Create a project
     * @description Access: operator. Calls the `projects.create` procedure.
     */
    post: operations["post_v1_projects"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a project with its photographers and packages
     * @description Access: operator or photographer. Calls the `projects.get` procedure.
     */
    get: operations["get_v1_projects_id"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update project fields
     * @description Access: operator. Calls the `projects.update` procedure.
     */
    patch: operations["patch_v1_projects_id"];
    trace?: never;
  };
  "/v1/projects/{projectId}/photographers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign a photographer to a project
     * @description Access: operator. Calls the `projects.assignPhotographer` procedure.
     */
    post: operations["post_v1_projects_projectId_photographers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/photographers/{photographerId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a photographer from a project
     * @description Access: operator. Calls the `projects.unassignPhotographer` procedure.
     */
    delete: operations["delete_v1_projects_projectId_photographers_photographerId"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/packages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Link a pricing package to a project
     * @description Access: operator. Calls the `projects.linkPackage` procedure.
     */
    post: operations["post_v1_projects_projectId_packages"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/packages/{packageId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Unlink a package from a project
     * @description Access: operator. Calls the `projects.unlinkPackage` procedure.
     */
    delete: operations["delete_v1_projects_projectId_packages_packageId"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of a project's members, by group, name and id
     * @description A photographer assigned to the project reads names and groups; `email` and `accessCode` are null for them, and their `search` matches names and groups only. `photoConsent: false` marks a member "Do not photograph": photos tagged to them stay out of every gallery. `hasCard` and `photoCount` tell a photographer who still needs a card photo or photos.
     *
     *     Access: operator or photographer. Calls the `members.list` procedure.
     */
    get: operations["get_v1_projects_projectId_members"];
    put?: never;
    /**
     * Enrol a member (409 on a duplicate externalId)
     * @description Access: operator. Calls the `members.create` procedure.
     */
    post: operations["post_v1_projects_projectId_members"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/members/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a class list, team sheet or guest list (CSV)
     * @description The body is the CSV file itself (`Content-Type: text/csv`; UTF-8 with or without a BOM, or Windows-1252), or JSON `{ csv, mapping }`. At most 5 MB and 20,000 rows. Rows match existing members by externalId, or without one by e-mail; rows with errors are reported by line and skipped. Rows are written in batches of 500, each all or nothing: if one fails, the answer names the line from which nothing was written. One import per studio at a time: 429 with `Retry-After` while another runs.
     *
     *     Access: operator. Calls the `members.import` procedure.
     */
    post: operations["post_v1_projects_projectId_members_import"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/members/cards.pdf": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Printable QR cards, 10 per A4 page, ordered like the list
     * @description Each card shows the studio, the project, the member's name and group, the access code, and the gallery's address (`<app>/gallery`, where `<app>` is NEXTAUTH_URL, or without it the address the request reached) with the line "Scan the code or open <address> and enter your code". Its QR code holds `<app>/gallery?code=<access code>`: a phone's camera opens the gallery with the code filled in, and photo matching reads the code out of it.
     *
     *     Access: operator. Calls the `members.cards` procedure.
     */
    get: operations["get_v1_projects_projectId_members_cards_pdf"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/members/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a member
     * @description Access: operator or photographer. Calls the `members.get` procedure.
     */
    get: operations["get_v1_members_id"];
    put?: never;
    post?: never;
    /**
     * Delete a member (409 when they have orders)
     * @description Access: operator. Calls the `members.delete` procedure.
     */
    delete: operations["delete_v1_members_id"];
    options?: never;
    head?: never;
    /**
     * Update a member (409 on a duplicate externalId)
     * @description Access: operator. Calls the `members.update` procedure.
     */
    patch: operations["patch_v1_members_id"];
    trace?: never;
  };
  "/v1/members/{id}/access-code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a member a new access code; the old one stops working
     * @description Access: operator. Calls the `members.regenerateAccessCode` procedure.
     */
    post: operations["post_v1_members_id_access_code"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/members/{id}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything the studio holds about one member, as a zip (GDPR Art. 15 and 20)
     * @description `member.json` (the record with consent and opt-out, orders with amounts, package, status, dates and photo ids, gallery visits, the campaign e-mails sent to them) and `photos/<photo id>-<file name>`: the original of every photo they are tagged in and of their cards, byte for byte. Streamed as an attachment named `member-<id>.zip`. Recorded in the audit log (`member_exported`). An API key needs `members:read`.
     *
     *     Access: operator. Calls the `members.export` procedure.
     */
    get: operations["get_v1_members_id_export"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/members/{id}/erase": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Erase a member for good (GDPR Art. 17); answers what was removed
     * @description In one transaction: their orders stay for the books (amounts, package, dates) with `memberId` null; photos in which only they are tagged, and their card photos, are deleted with all their files (removed from orders' photo lists first); group photos keep everyone else's tags; their e-mail records, gallery sessions and the campaign opt-outs of addresses no other member of the studio has are removed; the member goes from every list and search. Analytics keep revenue and packages sold; one member fewer is enrolled. Recorded in the audit log (`member_erased`, with the counts only). It cannot be undone.
     *
     *     Access: operator. Calls the `members.erase` procedure.
     */
    post: operations["post_v1_members_id_erase"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/photos": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of a project's photos, by capture time (upload time when none), file name and id
     * @description Operators see every photo; a photographer the photos they uploaded, while assigned to the project.
     *
     *     Access: operator or photographer. Calls the `photos.list` procedure.
     */
    get: operations["get_v1_projects_projectId_photos"];
    put?: never;
    /**
     * Upload a photo (201 once processed; 202 while it is processed; 200 with the photo already there when the same bytes were uploaded before)
     * @description `multipart/form-data` with one `file` part. A photographer assigned to the project uploads as themselves; an operator names `photographerId`. 415 for anything but JPEG, PNG or WebP (by content), 413 over 50 MB (refused while streaming) or over 120 megapixels (from the header, before it is stored). The same bytes are one photo per project, so a retry is always safe (and a failed photo sent again is processed again). A photo whose QR code is a member's access code is a card: the photographer's photos after it, up to the next card, are tagged with that member. "After" is by capture time; photos without one go by the camera's file counter in their names (`IMG_0002`), then by `clientOrder`.
     *
     *     The upload is stored at once and processed afterwards (derived files, capture time, QR code, matching). Without a `Prefer` header the answer waits for that, at most 30 s: `201` with the processed photo, `400` (with `errors.file`) when the image cannot be decoded, `503` with `Retry-After` when processing failed on our side. With `Prefer: respond-async` (RFC 7240) it answers `202` at once with `status: "processing"`, `Preference-Applied: respond-async` and `Location: /v1/photos/:id`; poll that until `status` is `ready` or `failed` (with `processingError`). `Prefer: wait=N` waits at most N seconds. A photo still processing when the wait ends is answered `202` the same way.
     *
     *     Access: operator or photographer. Calls the `photos.upload` procedure.
     */
    post: operations["post_v1_projects_projectId_photos"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/photos/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a photo with its tags and its processing `status` (processing, ready or failed with `processingError`)
     * @description Access: operator or photographer. Calls the `photos.get` procedure.
     */
    get: operations["get_v1_photos_id"];
    put?: never;
    post?: never;
    /**
     * Delete a photo, its files and tags; matching re-runs for its photographer's sequence
     * @description The operator, or the photographer who uploaded it while they are assigned to its project (404 once removed from it).
     *
     *     Access: operator or photographer. Calls the `photos.delete` procedure.
     */
    delete: operations["delete_v1_photos_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/photos/{id}/file": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The photo's bytes: thumb (400 px JPEG), preview (1600 px JPEG) or original (default)
     * @description Strong `ETag`; 304 on a matching `If-None-Match`. The original comes with its uploaded name in `Content-Disposition`. A thumb or preview not made yet (the photo is still processing) is `409` with `Retry-After`; a failed photo has none (`409`).
     *
     *     Access: operator or photographer. Calls the `photos.file` procedure.
     */
    get: operations["get_v1_photos_id_file"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/photos/{id}/tags": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Replace a photo's tags by hand with `{ memberIds }`; matching by card leaves it alone from then on
     * @description Access: operator. Calls the `photos.setTags` procedure.
     */
    put: operations["put_v1_photos_id_tags"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/orders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of a project's orders, newest first, optionally searched by order number or member name
     * @description `search` finds an order by the number its gallery shows the member (`A1C43F92`, with or without `Order `, any case; at least its first 4 characters) and orders of members whose name holds it (case-insensitive). It combines with `status` and `memberId`; `total` counts the matches.
     *
     *     Access: operator. Calls the `orders.list` procedure.
     */
    get: operations["get_v1_projects_projectId_orders"];
    put?: never;
    /**
     * Report a sale (201, paid); 200 with the first order for a repeated externalId
     * @description `memberId` and `packageId` of this project (another studio's id is a 404; a package not linked to the project a 400), optional `photoIds` (photos tagged with the member, at most the package's photoCount; left out, the member chooses them in the gallery), `amountInCents` (default: the package's price) and `externalId` (the shop's order number, unique per studio, so a retry is safe). The amount and the studio's currency are fixed now. `listPriceInCents` is the package's price and `discountInCents` what the shop charged less (a charge above the price is its own list price). The project's deadline and offers are for members ordering in the gallery: a sale the studio reports is recorded after the deadline too, at the amount it reports.
     *
     *     Access: operator. Calls the `orders.create` procedure.
     */
    post: operations["post_v1_projects_projectId_orders"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/orders/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an order
     * @description Access: operator. Calls the `orders.get` procedure.
     */
    get: operations["get_v1_orders_id"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/orders/{id}/mark-paid": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a pending order paid (a paid one stays as it is; 409 when refunded)
     * @description Access: operator. Calls the `orders.markPaid` procedure.
     */
    post: operations["post_v1_orders_id_mark_paid"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/orders/{id}/mark-pending": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a mistaken "paid" back to pending, within 24 hours (not a refund)
     * @description For an order marked paid by hand less than 24 hours ago: it turns pending again and `paidAt` is cleared; analytics no longer count it, as if it had never been paid. A pending order stays as it is. `409` naming why for an order paid by card, reported paid by a shop (with an `externalId`), refunded, or paid more than 24 hours ago: refund those instead. No webhook event is sent.
     *
     *     Access: operator. Calls the `orders.markPending` procedure.
     */
    post: operations["post_v1_orders_id_mark_pending"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/orders/{id}/refund": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refund a paid order (409 when already refunded or not paid)
     * @description An order paid by card is refunded through Stripe first, in full, and only then marked refunded; when Stripe refuses or cannot be reached the answer is `502` with Stripe's message and the order stays paid. An order paid by hand is marked refunded.
     *
     *     Access: operator. Calls the `orders.refund` procedure.
     */
    post: operations["post_v1_orders_id_refund"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/coupons": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A project's coupons with their redemption counts, newest first
     * @description Access: operator. Calls the `coupons.list` procedure.
     */
    get: operations["get_v1_projects_projectId_coupons"];
    put?: never;
    /**
     * Add a coupon to a project: exactly one of percentOff and amountOffInCents (409 on a code the project has, in any case)
     * @description `code` (3-40 letters, digits, dashes, underscores; stored and matched in upper case), exactly one of `percentOff` (1-100) and `amountOffInCents` (400 naming the field otherwise), optional `expiresAt` and `maxRedemptions`. Members enter it in the gallery; the coupon applies after the project's early bird, to what remains, and never takes the price below 0.
     *
     *     Access: operator. Calls the `coupons.create` procedure.
     */
    post: operations["post_v1_projects_projectId_coupons"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/coupons/{couponId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a coupon; orders that redeemed it keep its code
     * @description Access: operator. Calls the `coupons.delete` procedure.
     */
    delete: operations["delete_v1_projects_projectId_coupons_couponId"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/campaigns": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The project's campaign e-mails per kind (invitation, reminder, unpaid_order): queued, sent, failed, opted out, and the gallery visits, paid orders and revenue within 7 days after them
     * @description A first gallery visit or a paid order (by when it was paid) counts for the kind of the member's latest campaign e-mail sent before it, when that was at most 7 days before. `invitationsPending` is how many invitation e-mails `POST .../campaigns/invitations` would queue now. Reminders go out by themselves: for each of the project's `reminderDaysBeforeClose`, to members without a paid order, once that many days before `ordersCloseAt`; and one reminder for an order still pending 24 hours after it was placed.
     *
     *     Access: operator. Calls the `campaigns.overview` procedure.
     */
    get: operations["get_v1_projects_projectId_campaigns"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/campaigns/invitations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Queue the invitation (gallery link and access code) to every member's address not invited yet; answers `{ queued }`
     * @description One e-mail per address (`email` and `email2`); addresses that opted out are left out, and an address already invited never gets it again, however often this is called. The e-mails go out through the job queue: not between 21:00 and 08:00 in the project's time zone (held until 08:00), and at most 60 per minute per studio. Each carries a one-click unsubscribe (`List-Unsubscribe`, `List-Unsubscribe-Post`, RFC 8058) and an unsubscribe link.
     *
     *     Access: operator. Calls the `campaigns.sendInvitations` procedure.
     */
    post: operations["post_v1_projects_projectId_campaigns_invitations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/photographers/me/projects": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the projects the authenticated photographer is assigned to
     * @description Access: photographer. Calls the `photographers.myProjects` procedure.
     */
    get: operations["get_v1_photographers_me_projects"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/photographers/me/projects/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a project the authenticated photographer is assigned to
     * @description Access: photographer. Calls the `photographers.myProject` procedure.
     */
    get: operations["get_v1_photographers_me_projects_id"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/photographers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the operator's photographers
     * @description Access: operator. Calls the `photographers.list` procedure.
     */
    get: operations["get_v1_photographers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/photographers/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a photographer (409 while assigned to any project)
     * @description Access: operator. Calls the `photographers.delete` procedure.
     */
    delete: operations["delete_v1_photographers_id"];
    options?: never;
    head?: never;
    /**
     * Update a photographer's name or e-mail
     * @description Access: operator. Calls the `photographers.update` procedure.
     */
    patch: operations["patch_v1_photographers_id"];
    trace?: never;
  };
  "/v1/packages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the operator's packages
     * @description Access: operator. Calls the `packages.list` procedure.
     */
    get: operations["get_v1_packages"];
    put?: never;
    /**
     * Create a pricing package (price in cents)
     * @description Access: operator. Calls the `packages.create` procedure.
     */
    post: operations["post_v1_packages"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/packages/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a package
     * @description Access: operator. Calls the `packages.delete` procedure.
     */
    delete: operations["delete_v1_packages_id"];
    options?: never;
    head?: never;
    /**
     * Update a package
     * @description Access: operator. Calls the `packages.update` procedure.
     */
    patch: operations["patch_v1_packages_id"];
    trace?: never;
  };
  "/v1/operators/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the authenticated operator's profile
     * @description Access: operator. Calls the `operators.me` procedure.
     */
    get: operations["get_v1_operators_me"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update the operator's profile
     * @description Access: operator. Calls the `operators.updateMe` procedure.
     */
    patch: operations["patch_v1_operators_me"];
    trace?: never;
  };
  "/v1/operators/me/payments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How the studio is paid: `manual` (by hand), or `stripe` with the stored key's last four characters
     * @description Access: operator. Calls the `payments.get` procedure.
     */
    get: operations["get_v1_operators_me_payments"];
    /**
     * Connect the studio's Stripe account (or go back to manual payments)
     * @description `{ "provider": "stripe", "secretKey", "webhookSecret" }`. The key is checked with Stripe (a read of the account's balance) before anything is stored: a key Stripe refuses is a `400` naming `secretKey`. Both keys are stored encrypted (AES-256-GCM under `DATA_ENCRYPTION_KEY`) and never shown again; `503` when the server has no `DATA_ENCRYPTION_KEY` in production. Point a Stripe webhook at `/api/payments/stripe/<operator id>` with the events `checkout.session.completed`, `checkout.session.async_payment_succeeded` and `charge.refunded`. `{ "provider": "manual" }` disconnects.
     *
     *     Access: operator. Calls the `payments.connect` procedure.
     */
    put: operations["put_v1_operators_me_payments"];
    post?: never;
    /**
     * Disconnect Stripe: back to manual payments, the stored keys deleted (orders paid by card stay paid)
     * @description Access: operator. Calls the `payments.disconnect` procedure.
     */
    delete: operations["delete_v1_operators_me_payments"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/operators/me/payments/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check the stored Stripe key with Stripe again (400 naming `secretKey` when it no longer works; 409 when none is connected)
     * @description Access: operator. Calls the `payments.test` procedure.
     */
    post: operations["post_v1_operators_me_payments_test"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/operators/me/payments/instructions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set what members paying by hand are told: bank details, reference, contact and deadline
     * @description All four at once; a field left out, `null` or blank is cleared. `reference` must contain `{number}`, where the order number goes (left out: the order number alone). The gallery shows them after ordering and on each pending order, and the confirmation e-mail carries them. With bank details members are told to pay by bank transfer; without, at the studio or by invoice. Answers the payment settings.
     *
     *     Access: operator. Calls the `payments.setInstructions` procedure.
     */
    put: operations["put_v1_operators_me_payments_instructions"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/api-keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the studio's API keys (never the keys themselves), with when each was last used
     * @description Access: operator. Calls the `apiKeys.list` procedure.
     */
    get: operations["get_v1_api_keys"];
    put?: never;
    /**
     * Create an API key with scopes; the key is in this answer only
     * @description For an operator signed in with a password (token or session); API keys cannot manage keys. The key is a `Bearer` token on the `/v1` routes of its scopes: `projects:read|write`, `members:read|write`, `photos:read|write`, `orders:read|write`, `analytics:read`, `webhooks:write` (reads are GET). Outside them it gets 403 naming the missing scope; each key may make 600 requests a minute (429 with Retry-After).
     *
     *     Access: operator. Calls the `apiKeys.create` procedure.
     */
    post: operations["post_v1_api_keys"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/api-keys/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete an API key; it stops working at once
     * @description Access: operator. Calls the `apiKeys.delete` procedure.
     */
    delete: operations["delete_v1_api_keys_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the studio's webhook endpoints (never their secrets)
     * @description Access: operator. Calls the `webhooks.list` procedure.
     */
    get: operations["get_v1_webhooks"];
    put?: never;
    /**
     * Add a webhook endpoint with the events it receives; its `whsec_` secret is in this answer only
     * @description `url` (http or https; link-local and cloud metadata addresses are refused, and private and loopback ones unless the server sets WEBHOOK_ALLOW_PRIVATE: 400 naming `url`, also when the host name resolves to one), `events` (one or more of the event types), optional `description`. Events are POSTed as `{ type, timestamp, data }` and signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); a non-2xx answer is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h; a `410` disables the endpoint, as do 5 days of failures (the studio is e-mailed).
     *
     *     Access: operator. Calls the `webhooks.create` procedure.
     */
    post: operations["post_v1_webhooks"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/webhooks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a webhook endpoint (never its secret)
     * @description Access: operator. Calls the `webhooks.get` procedure.
     */
    get: operations["get_v1_webhooks_id"];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint and its delivery log
     * @description Access: operator. Calls the `webhooks.delete` procedure.
     */
    delete: operations["delete_v1_webhooks_id"];
    options?: never;
    head?: never;
    /**
     * Change an endpoint's url, events, description or enabled; `rotateSecret: true` answers a new secret
     * @description Enabling a disabled endpoint clears its reason and its run of failures. With `rotateSecret: true` the old secret stops signing at once and the answer holds the new one.
     *
     *     Access: operator. Calls the `webhooks.update` procedure.
     */
    patch: operations["patch_v1_webhooks_id"];
    trace?: never;
  };
  "/v1/webhooks/{id}/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a `webhook.test` event to this endpoint only
     * @description Answers `202` with the id of the queued delivery; its outcome appears in the endpoint's deliveries.
     *
     *     Access: operator. Calls the `webhooks.test` procedure.
     */
    post: operations["post_v1_webhooks_id_test"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/webhooks/{id}/deliveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The endpoint's latest 100 delivery attempts, newest first
     * @description Each attempt with its event's id (the `webhook-id` header) and type, its number, status (`pending`, `succeeded`, `failed`), the receiver's status code, the error, when it was made, and when the next retry is due.
     *
     *     Access: operator. Calls the `webhooks.deliveries` procedure.
     */
    get: operations["get_v1_webhooks_id_deliveries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/webhook-deliveries/{id}/redeliver": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deliver an attempt's event to its endpoint again, with the same `webhook-id`
     * @description Answers `202` with the id of the new attempt. A redelivery is tried once, without automatic retries.
     *
     *     Access: operator. Calls the `webhooks.redeliver` procedure.
     */
    post: operations["post_v1_webhook_deliveries_id_redeliver"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/audit-log": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of the studio's audit log of personal data, newest first
     * @description Who did what to members' personal data: imports, exports, erasures, reissued access codes, deleted members, retention's deletions and anonymisations, and every gallery opened with an access code. Each entry holds the time, the actor (`operator`, `photographer`, `admin`, `api_key` with the key's id, `member` for a member opening their own gallery, `system` for scheduled retention), the action, the subject's id (a member or a project) and, for some actions, counts: never a name, an e-mail address or a code. Entries are kept for a year. For the studio's operators signed in with a password; photographers and API keys get 403 (the log is what a studio shows to prove who reached personal data, so a key does not read it).
     *
     *     Access: operator. Calls the `auditLog.list` procedure.
     */
    get: operations["get_v1_audit_log"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/analytics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * KPIs, photos by photographer, package sales and conversion funnel
     * @description Sales count paid orders only. `from`/`to` (days in the studio's time zone, both included) filter orders by the time they were placed and photos by upload time; enrolled and tagged members are not filtered.
     *
     *     Access: operator. Calls the `analytics.get` procedure.
     */
    get: operations["get_v1_analytics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/analytics.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same numbers as CSV, money in the studio's currency
     * @description Access: operator. Calls the `analytics.getCsv` procedure.
     */
    get: operations["get_v1_analytics_csv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/analytics/projects": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Job statistics per project, sortable by any column
     * @description Per project: enrolled, viewed (members who first opened their gallery in the range), tagged, purchased, orders and revenue (paid orders placed in the range), average order value, revenue per enrolled member, login rate (viewed / enrolled) and order rate (purchased / enrolled). Values that divide by zero are null and sort last.
     *
     *     Access: operator. Calls the `analytics.projects` procedure.
     */
    get: operations["get_v1_analytics_projects"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/analytics/projects.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The job statistics per project as CSV
     * @description Access: operator. Calls the `analytics.projectsCsv` procedure.
     */
    get: operations["get_v1_analytics_projects_csv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/analytics/timeseries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Paid orders and revenue per day, week or month in the studio's time zone, empty intervals as zeros
     * @description Without a range: the last 30 days, 12 weeks or 12 months up to today. Weeks start on Monday; intervals at the edges of the range count only the days inside it. At most 1000 intervals.
     *
     *     Access: operator. Calls the `analytics.timeseries` procedure.
     */
    get: operations["get_v1_analytics_timeseries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/analytics/timeseries.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Orders and revenue over time as CSV
     * @description Access: operator. Calls the `analytics.timeseriesCsv` procedure.
     */
    get: operations["get_v1_analytics_timeseries_csv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admins/register": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register an admin (open only while no admin exists, with the X-Admin-Setup-Token header when the server sets ADMIN_SETUP_TOKEN; afterwards an admin's token is required)
     * @description Access: bootstrap. Calls the `admins.register` procedure.
     */
    post: operations["post_api_admins_register"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admins/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Authenticate an admin
     * @description Access: public. Calls the `admins.login` procedure.
     */
    post: operations["post_api_admins_login"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admins": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Retrieve all admins
     * @description Access: admin. Calls the `admins.list` procedure.
     */
    get: operations["get_api_admins"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admins/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Retrieve one admin
     * @description Access: admin. Calls the `admins.get` procedure.
     */
    get: operations["get_api_admins_id"];
    /**
     * Update an admin's full name, profile image or password
     * @description Access: admin. Calls the `admins.update` procedure.
     */
    put: operations["put_api_admins_id"];
    post?: never;
    /**
     * Delete an admin (not the last one)
     * @description Access: admin. Calls the `admins.delete` procedure.
     */
    delete: operations["delete_api_admins_id"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admins/password-reset-otp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * E-mail a password reset code (same answer for unknown addresses)
     * @description Access: public. Calls the `admins.requestPasswordReset` procedure.
     */
    post: operations["post_api_admins_password_reset_otp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admins/validate-otp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check a reset code without using it up
     * @description Access: public. Calls the `admins.validateResetCode` procedure.
     */
    post: operations["post_api_admins_validate_otp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admins/update-password-otp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with a reset code (uses the code up)
     * @description Access: public. Calls the `admins.resetPassword` procedure.
     */
    post: operations["post_api_admins_update_password_otp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admins/update-password-old/{email}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change one's own password with the old one
     * @description Access: admin. Calls the `admins.changePassword` procedure.
     */
    post: operations["post_api_admins_update_password_old_email"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  "member.created": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A member was enrolled, by hand or by a roster import (one event per member it creates) */
    post: operations["webhook.member.created"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "order.created": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An order was placed or reported */
    post: operations["webhook.order.created"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "order.paid": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An order was paid (reported paid, by hand, by card) */
    post: operations["webhook.order.paid"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "order.refunded": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An order was refunded */
    post: operations["webhook.order.refunded"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "photo.processed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An uploaded photo is ready */
    post: operations["webhook.photo.processed"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "photo.uploaded": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A photo was uploaded and stored; the same bytes sent again send nothing */
    post: operations["webhook.photo.uploaded"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "photo.tagged": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A photo's tags were set by hand, or matching by card changed them */
    post: operations["webhook.photo.tagged"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "members.imported": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A roster import finished (sent once, after its last batch; not for a dry run) */
    post: operations["webhook.members.imported"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "gallery.first_visit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A member opened their gallery for the first time */
    post: operations["webhook.gallery.first_visit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "webhook.test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sent by "Send test" to one endpoint */
    post: operations["webhook.webhook.test"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  post_v1_auth_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name: string;
          /** @description An e-mail address; trimmed and compared case-insensitively */
          email: string;
          /** @description At least 8 characters and at most 72 bytes */
          password: string;
          /** @description An IANA time zone such as Europe/Berlin */
          timezone?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            token: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_auth_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description An e-mail address; trimmed and compared case-insensitively */
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            token: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_auth_register_photographer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name: string;
          /** @description An e-mail address; trimmed and compared case-insensitively */
          email: string;
          /** @description At least 8 characters and at most 72 bytes */
          password: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_auth_password: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          currentPassword: string;
          /** @description At least 8 characters and at most 72 bytes */
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            token: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_auth_password_reset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description An e-mail address; trimmed and compared case-insensitively */
          email: string;
        };
      };
    };
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description The same answer whether or not the address belongs to an account */
            message: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_auth_password_reset_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description An e-mail address; trimmed and compared case-insensitively */
          email: string;
          /** @description The 6-digit code from the e-mail */
          code: string;
          /** @description At least 8 characters and at most 72 bytes */
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_auth_logout_everywhere: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_projects: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            locationName: string | null;
            startAt: string | null;
            endAt: string | null;
            timezone: string;
            photographerCount: number;
            packageCount: number;
            /** Format: date-time */
            createdAt: string;
          }[];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_projects: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name: string;
          locationName?: string | null;
          startAt?: string | null;
          endAt?: string | null;
          projectLink?: string | null;
          termsAndConditions?: string | null;
          /** @description An IANA time zone such as Europe/Berlin */
          timezone?: string;
          /** @description Members' ordering closes at this instant (viewing goes on); null: never */
          ordersCloseAt?: string | null;
          /** @description Percentage off orders placed before earlyBirdUntil (1-90); set with earlyBirdUntil */
          earlyBirdPercentOff?: number | null;
          /** @description The early bird ends at this instant */
          earlyBirdUntil?: string | null;
          /** @description The photos' files and tags are deleted at this instant (orders stay); null: 90 days after ordersCloseAt, or after the shoot without one */
          deletePhotosAfter?: string | null;
          /** @description Members' names, e-mail addresses and codes are anonymised at this instant; null: a year after the shoot */
          anonymiseMembersAfter?: string | null;
          /** @description The photo consent a new member of this project gets unless it is given (by hand or by the roster); default true */
          photoConsentDefault?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            locationName: string | null;
            startAt: string | null;
            endAt: string | null;
            projectLink: string | null;
            termsAndConditions: string | null;
            timezone: string;
            /** @description Days before ordering closes that reminders go out, largest first */
            reminderDaysBeforeClose: number[];
            ordersCloseAt: string | null;
            earlyBirdPercentOff: number | null;
            earlyBirdUntil: string | null;
            /**
             * Format: date-time
             * @description When the photos are deleted: the project's own date or the default
             */
            deletePhotosAfter: string;
            /**
             * Format: date-time
             * @description When members' personal data is anonymised: the project's own date or the default
             */
            anonymiseMembersAfter: string;
            /** @description When retention deleted the photos */
            photosDeletedAt: string | null;
            /** @description When retention anonymised the members */
            membersAnonymisedAt: string | null;
            /** @description The photo consent a new member gets unless it is given */
            photoConsentDefault: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            photographers: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
            }[];
            packages: {
              /** Format: uuid */
              id: string;
              name: string;
              price: number;
              photoCount: number;
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_projects_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            locationName: string | null;
            startAt: string | null;
            endAt: string | null;
            projectLink: string | null;
            termsAndConditions: string | null;
            timezone: string;
            /** @description Days before ordering closes that reminders go out, largest first */
            reminderDaysBeforeClose: number[];
            ordersCloseAt: string | null;
            earlyBirdPercentOff: number | null;
            earlyBirdUntil: string | null;
            /**
             * Format: date-time
             * @description When the photos are deleted: the project's own date or the default
             */
            deletePhotosAfter: string;
            /**
             * Format: date-time
             * @description When members' personal data is anonymised: the project's own date or the default
             */
            anonymiseMembersAfter: string;
            /** @description When retention deleted the photos */
            photosDeletedAt: string | null;
            /** @description When retention anonymised the members */
            membersAnonymisedAt: string | null;
            /** @description The photo consent a new member gets unless it is given */
            photoConsentDefault: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            photographers: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
            }[];
            packages: {
              /** Format: uuid */
              id: string;
              name: string;
              price: number;
              photoCount: number;
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  patch_v1_projects_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name?: string;
          locationName?: string | null;
          startAt?: string | null;
          endAt?: string | null;
          projectLink?: string | null;
          termsAndConditions?: string | null;
          /** @description An IANA time zone such as Europe/Berlin */
          timezone?: string;
          /** @description Members' ordering closes at this instant (viewing goes on); null: never */
          ordersCloseAt?: string | null;
          /** @description Percentage off orders placed before earlyBirdUntil (1-90); set with earlyBirdUntil */
          earlyBirdPercentOff?: number | null;
          /** @description The early bird ends at this instant */
          earlyBirdUntil?: string | null;
          /** @description The photos' files and tags are deleted at this instant (orders stay); null: 90 days after ordersCloseAt, or after the shoot without one */
          deletePhotosAfter?: string | null;
          /** @description Members' names, e-mail addresses and codes are anonymised at this instant; null: a year after the shoot */
          anonymiseMembersAfter?: string | null;
          /** @description The photo consent a new member of this project gets unless it is given (by hand or by the roster); default true */
          photoConsentDefault?: boolean;
          /** @description Days before `ordersCloseAt` that members without a paid order get a reminder (0-60, at most 5; [] for none) */
          reminderDaysBeforeClose?: number[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            locationName: string | null;
            startAt: string | null;
            endAt: string | null;
            projectLink: string | null;
            termsAndConditions: string | null;
            timezone: string;
            /** @description Days before ordering closes that reminders go out, largest first */
            reminderDaysBeforeClose: number[];
            ordersCloseAt: string | null;
            earlyBirdPercentOff: number | null;
            earlyBirdUntil: string | null;
            /**
             * Format: date-time
             * @description When the photos are deleted: the project's own date or the default
             */
            deletePhotosAfter: string;
            /**
             * Format: date-time
             * @description When members' personal data is anonymised: the project's own date or the default
             */
            anonymiseMembersAfter: string;
            /** @description When retention deleted the photos */
            photosDeletedAt: string | null;
            /** @description When retention anonymised the members */
            membersAnonymisedAt: string | null;
            /** @description The photo consent a new member gets unless it is given */
            photoConsentDefault: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            photographers: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
            }[];
            packages: {
              /** Format: uuid */
              id: string;
              name: string;
              price: number;
              photoCount: number;
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_projects_projectId_photographers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          photographerId: string;
        };
      };
    };
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  delete_v1_projects_projectId_photographers_photographerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
        photographerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_projects_projectId_packages: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          packageId: string;
        };
      };
    };
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  delete_v1_projects_projectId_packages_packageId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
        packageId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_projects_projectId_members: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        search?: string;
        group?: string;
      };
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              name: string;
              email: string | null;
              email2: string | null;
              externalId: string | null;
              group: string | null;
              /** @description Upper case, no separators; null for a photographer, who does not need it */
              accessCode: string | null;
              /** @description false: do not photograph */
              photoConsent: boolean;
              /** @description true: no campaign e-mails */
              emailOptOut: boolean;
              /** Format: date-time */
              enrolledAt: string;
              /** @description How many photos the member is tagged in */
              photoCount: number;
              /** @description true: a photo of the member's card (its QR code read) is in the project, so the photos after it are matched to them */
              hasCard: boolean;
              orderCount: number;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
            /** @description Members matching the search and group, on every page */
            total: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_projects_projectId_members: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name: string;
          /** @description An e-mail address; blank or null for none */
          email?: ("" | string) | null;
          /** @description A second address (a parent's or guardian's); campaign e-mails go to both. Blank or null for none */
          email2?: ("" | string) | null;
          /** @description The school's or club's own id for the person, unique within the project (at most 100 characters) */
          externalId?: string | null;
          /** @description A class, team or table (at most 100 characters) */
          group?: string | null;
          /** @description false: do not photograph; photos tagged to the member stay out of every gallery. A new member gets the project's photoConsentDefault unless given */
          photoConsent?: boolean;
          /** @description true: no campaign e-mails to the member's addresses (order confirmations still go out). Setting it false also lifts an unsubscribe of those addresses */
          emailOptOut?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            name: string;
            email: string | null;
            email2: string | null;
            externalId: string | null;
            group: string | null;
            /** @description Upper case, no separators; null for a photographer, who does not need it */
            accessCode: string | null;
            /** @description false: do not photograph */
            photoConsent: boolean;
            /** @description true: no campaign e-mails */
            emailOptOut: boolean;
            /** Format: date-time */
            enrolledAt: string;
            /** @description How many photos the member is tagged in */
            photoCount: number;
            /** @description true: a photo of the member's card (its QR code read) is in the project, so the photos after it are matched to them */
            hasCard: boolean;
            orderCount: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_projects_projectId_members_import: {
    parameters: {
      query?: {
        dryRun?: boolean;
      };
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The spreadsheet as CSV text, header line first */
          csv: string;
          /** @description Field to the header of its column (any case); null leaves a detected column out */
          mapping?: {
            name?: string | null;
            firstName?: string | null;
            lastName?: string | null;
            email?: string | null;
            email2?: string | null;
            externalId?: string | null;
            group?: string | null;
            photoConsent?: string | null;
            emailOptOut?: string | null;
          };
        };
        "text/csv": string;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            created: number;
            updated: number;
            unchanged: number;
            /** @description Rows not imported, by their line in the file (the header is line 1) */
            errors: {
              line: number;
              message: string;
            }[];
            dryRun: boolean;
            /** @enum {string} */
            delimiter: "," | ";";
            headers: string[];
            /** @description The column each field was read from */
            mapping: {
              name: string | null;
              firstName: string | null;
              lastName: string | null;
              email: string | null;
              email2: string | null;
              externalId: string | null;
              group: string | null;
              photoConsent: string | null;
              emailOptOut: string | null;
            };
            /** @description The first rows as read */
            preview: {
              line: number;
              name: string | null;
              email: string | null;
              email2: string | null;
              externalId: string | null;
              group: string | null;
              /** @description As written (yes/no); null: an empty cell */
              photoConsent: string | null;
              /** @description As written (yes/no); null: an empty cell */
              emailOptOut: string | null;
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 5242880 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is neither application/json nor text/csv */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_projects_projectId_members_cards_pdf: {
    parameters: {
      query?: {
        group?: string;
      };
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_members_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            name: string;
            email: string | null;
            email2: string | null;
            externalId: string | null;
            group: string | null;
            /** @description Upper case, no separators; null for a photographer, who does not need it */
            accessCode: string | null;
            /** @description false: do not photograph */
            photoConsent: boolean;
            /** @description true: no campaign e-mails */
            emailOptOut: boolean;
            /** Format: date-time */
            enrolledAt: string;
            /** @description How many photos the member is tagged in */
            photoCount: number;
            /** @description true: a photo of the member's card (its QR code read) is in the project, so the photos after it are matched to them */
            hasCard: boolean;
            orderCount: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  delete_v1_members_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  patch_v1_members_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name?: string;
          /** @description An e-mail address; blank or null for none */
          email?: ("" | string) | null;
          /** @description A second address (a parent's or guardian's); campaign e-mails go to both. Blank or null for none */
          email2?: ("" | string) | null;
          /** @description The school's or club's own id for the person, unique within the project (at most 100 characters) */
          externalId?: string | null;
          /** @description A class, team or table (at most 100 characters) */
          group?: string | null;
          /** @description false: do not photograph; photos tagged to the member stay out of every gallery. A new member gets the project's photoConsentDefault unless given */
          photoConsent?: boolean;
          /** @description true: no campaign e-mails to the member's addresses (order confirmations still go out). Setting it false also lifts an unsubscribe of those addresses */
          emailOptOut?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            name: string;
            email: string | null;
            email2: string | null;
            externalId: string | null;
            group: string | null;
            /** @description Upper case, no separators; null for a photographer, who does not need it */
            accessCode: string | null;
            /** @description false: do not photograph */
            photoConsent: boolean;
            /** @description true: no campaign e-mails */
            emailOptOut: boolean;
            /** Format: date-time */
            enrolledAt: string;
            /** @description How many photos the member is tagged in */
            photoCount: number;
            /** @description true: a photo of the member's card (its QR code read) is in the project, so the photos after it are matched to them */
            hasCard: boolean;
            orderCount: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_members_id_access_code: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            name: string;
            email: string | null;
            email2: string | null;
            externalId: string | null;
            group: string | null;
            /** @description Upper case, no separators; null for a photographer, who does not need it */
            accessCode: string | null;
            /** @description false: do not photograph */
            photoConsent: boolean;
            /** @description true: no campaign e-mails */
            emailOptOut: boolean;
            /** Format: date-time */
            enrolledAt: string;
            /** @description How many photos the member is tagged in */
            photoCount: number;
            /** @description true: a photo of the member's card (its QR code read) is in the project, so the photos after it are matched to them */
            hasCard: boolean;
            orderCount: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_members_id_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK: a zip, as an attachment (`Content-Disposition`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/zip": string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_members_id_erase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description Photos deleted with all their files: those in which only this member was tagged, and their cards */
            photosDeleted: number;
            /** @description Group photos kept, with only this member's tag removed */
            photosUntagged: number;
            /** @description Orders kept for the books (amounts, package, dates) without the member */
            ordersAnonymised: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_projects_projectId_photos: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
        memberId?: string;
        kind?: "photo" | "card";
        tagged?: boolean;
        photographerId?: string;
        status?: "processing" | "ready" | "failed";
      };
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              /** Format: uuid */
              photographerId: string;
              fileName: string;
              contentType: string;
              sizeBytes: number;
              width: number;
              height: number;
              /** @description Capture time from EXIF (with its offset, else in the project's time zone) */
              takenAt: string | null;
              /** Format: date-time */
              uploadedAt: string;
              sha256: string | null;
              /** @enum {string} */
              kind: "photo" | "card";
              /** @description For a card: the member its QR code names; null for a code of no member here */
              cardMemberId: string | null;
              tags: {
                /** Format: uuid */
                memberId: string;
                name: string;
                /** @enum {string} */
                source: "card" | "manual";
              }[];
              /**
               * @description processing: stored, its derived files, capture time, card and matching not done yet; ready; failed: see processingError
               * @enum {string}
               */
              status: "processing" | "ready" | "failed";
              /** @description Why processing failed (for a failed photo); null otherwise */
              processingError: string | null;
              /** @description When processing ended */
              processedAt: string | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
            /** @description Photos matching the filters, on every page */
            total: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_projects_projectId_photos: {
    parameters: {
      query?: never;
      header?: {
        /** @description RFC 7240. `respond-async`: answer 202 at once, before processing. `wait=N`: wait at most N seconds (at most 30, the default) before answering 202. */
        Prefer?: string;
      };
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description The photo: JPEG, PNG or WebP, recognised by its content; at most 50 MB
           */
          file: string;
          /** @description When an operator uploads: the assigned photographer the photo is filed under */
          photographerId?: string;
          /** @description Optional: where the client puts this file among those it sends, a whole number that grows with each file it starts sending (such as the time it queued the file, in ms). Photos without a capture time are matched by file counter, then by this, never by arrival */
          clientOrder?: string;
        };
      };
    };
    responses: {
      /** @description The same bytes were uploaded before: the photo already there */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            photographerId: string;
            fileName: string;
            contentType: string;
            sizeBytes: number;
            width: number;
            height: number;
            /** @description Capture time from EXIF (with its offset, else in the project's time zone) */
            takenAt: string | null;
            /** Format: date-time */
            uploadedAt: string;
            sha256: string | null;
            /** @enum {string} */
            kind: "photo" | "card";
            /** @description For a card: the member its QR code names; null for a code of no member here */
            cardMemberId: string | null;
            tags: {
              /** Format: uuid */
              memberId: string;
              name: string;
              /** @enum {string} */
              source: "card" | "manual";
            }[];
            /**
             * @description processing: stored, its derived files, capture time, card and matching not done yet; ready; failed: see processingError
             * @enum {string}
             */
            status: "processing" | "ready" | "failed";
            /** @description Why processing failed (for a failed photo); null otherwise */
            processingError: string | null;
            /** @description When processing ended */
            processedAt: string | null;
          };
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            photographerId: string;
            fileName: string;
            contentType: string;
            sizeBytes: number;
            width: number;
            height: number;
            /** @description Capture time from EXIF (with its offset, else in the project's time zone) */
            takenAt: string | null;
            /** Format: date-time */
            uploadedAt: string;
            sha256: string | null;
            /** @enum {string} */
            kind: "photo" | "card";
            /** @description For a card: the member its QR code names; null for a code of no member here */
            cardMemberId: string | null;
            tags: {
              /** Format: uuid */
              memberId: string;
              name: string;
              /** @enum {string} */
              source: "card" | "manual";
            }[];
            /**
             * @description processing: stored, its derived files, capture time, card and matching not done yet; ready; failed: see processingError
             * @enum {string}
             */
            status: "processing" | "ready" | "failed";
            /** @description Why processing failed (for a failed photo); null otherwise */
            processingError: string | null;
            /** @description When processing ended */
            processedAt: string | null;
          };
        };
      };
      /** @description Accepted: stored, still processing (`status: processing`). `Location` names the photo to poll; `Preference-Applied: respond-async` when the client asked for it. */
      202: {
        headers: {
          /** @description /v1/photos/:id */
          Location?: string;
          "Preference-Applied"?: "respond-async";
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            photographerId: string;
            fileName: string;
            contentType: string;
            sizeBytes: number;
            width: number;
            height: number;
            /** @description Capture time from EXIF (with its offset, else in the project's time zone) */
            takenAt: string | null;
            /** Format: date-time */
            uploadedAt: string;
            sha256: string | null;
            /** @enum {string} */
            kind: "photo" | "card";
            /** @description For a card: the member its QR code names; null for a code of no member here */
            cardMemberId: string | null;
            tags: {
              /** Format: uuid */
              memberId: string;
              name: string;
              /** @enum {string} */
              source: "card" | "manual";
            }[];
            /**
             * @description processing: stored, its derived files, capture time, card and matching not done yet; ready; failed: see processingError
             * @enum {string}
             */
            status: "processing" | "ready" | "failed";
            /** @description Why processing failed (for a failed photo); null otherwise */
            processingError: string | null;
            /** @description When processing ended */
            processedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The file is over 50 MB (refused while it streams in) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not multipart/form-data, or the file is not a JPEG, PNG or WebP image */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Processing failed on our side while the client waited, or the database is unavailable for a moment; see `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_photos_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            photographerId: string;
            fileName: string;
            contentType: string;
            sizeBytes: number;
            width: number;
            height: number;
            /** @description Capture time from EXIF (with its offset, else in the project's time zone) */
            takenAt: string | null;
            /** Format: date-time */
            uploadedAt: string;
            sha256: string | null;
            /** @enum {string} */
            kind: "photo" | "card";
            /** @description For a card: the member its QR code names; null for a code of no member here */
            cardMemberId: string | null;
            tags: {
              /** Format: uuid */
              memberId: string;
              name: string;
              /** @enum {string} */
              source: "card" | "manual";
            }[];
            /**
             * @description processing: stored, its derived files, capture time, card and matching not done yet; ready; failed: see processingError
             * @enum {string}
             */
            status: "processing" | "ready" | "failed";
            /** @description Why processing failed (for a failed photo); null otherwise */
            processingError: string | null;
            /** @description When processing ended */
            processedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  delete_v1_photos_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_photos_id_file: {
    parameters: {
      query?: {
        size?: "thumb" | "preview" | "original";
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/jpeg": string;
          "image/png": string;
          "image/webp": string;
        };
      };
      /** @description Not Modified: `If-None-Match` names the current `ETag` */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The file is not made yet (the photo is still processing; see `Retry-After`), or never will be (it failed) */
      409: {
        headers: {
          /** @description Seconds until the file is likely made */
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  put_v1_photos_id_tags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Members of the photo's project; replaces every tag, [] for none */
          memberIds: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            photographerId: string;
            fileName: string;
            contentType: string;
            sizeBytes: number;
            width: number;
            height: number;
            /** @description Capture time from EXIF (with its offset, else in the project's time zone) */
            takenAt: string | null;
            /** Format: date-time */
            uploadedAt: string;
            sha256: string | null;
            /** @enum {string} */
            kind: "photo" | "card";
            /** @description For a card: the member its QR code names; null for a code of no member here */
            cardMemberId: string | null;
            tags: {
              /** Format: uuid */
              memberId: string;
              name: string;
              /** @enum {string} */
              source: "card" | "manual";
            }[];
            /**
             * @description processing: stored, its derived files, capture time, card and matching not done yet; ready; failed: see processingError
             * @enum {string}
             */
            status: "processing" | "ready" | "failed";
            /** @description Why processing failed (for a failed photo); null otherwise */
            processingError: string | null;
            /** @description When processing ended */
            processedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_projects_projectId_orders: {
    parameters: {
      query?: {
        status?: "pending" | "paid" | "refunded";
        memberId?: string;
        search?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** @description What the member quotes when paying: the gallery's "Order A1C43F92" */
              number: string;
              /** Format: uuid */
              projectId: string;
              /** @description Null once the member was erased: the order stays for the books */
              memberId: string | null;
              /** Format: uuid */
              packageId: string;
              packageName: string;
              photoIds: string[];
              /** @description The package's price when the order was placed */
              listPriceInCents: number;
              /** @description Early bird and coupon together (or the shop's own discount) */
              discountInCents: number;
              /** @description The coupon redeemed, upper case */
              couponCode: string | null;
              /** @description What is paid: listPriceInCents - discountInCents */
              amountInCents: number;
              /** @description ISO 4217, fixed when the order was placed */
              currency: string;
              /** @enum {string} */
              status: "pending" | "paid" | "refunded";
              externalId: string | null;
              /** Format: date-time */
              orderedAt: string;
              paidAt: string | null;
              refundedAt: string | null;
              /** @description Where the confirmation went: the address given at checkout, or the member's then; null for a reported sale */
              email: string | null;
              /** @description Where a package that is posted goes; null for one that is not */
              shippingAddress: {
                name: string;
                street: string;
                postcode: string;
                city: string;
                country: string;
              } | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
            /** @description Orders matching the filters, on every page */
            total: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_projects_projectId_orders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          memberId: string;
          /**
           * Format: uuid
           * @description A package linked to the project
           */
          packageId: string;
          /** @description Photos of the member, at most the package's photoCount */
          photoIds?: string[];
          /** @description What was charged; the package's price when left out */
          amountInCents?: number;
          /** @description The shop's own order number, unique per studio: a repeat returns the first order */
          externalId?: string;
        };
      };
    };
    responses: {
      /** @description A repeated externalId: the first order, unchanged */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description What the member quotes when paying: the gallery's "Order A1C43F92" */
            number: string;
            /** Format: uuid */
            projectId: string;
            /** @description Null once the member was erased: the order stays for the books */
            memberId: string | null;
            /** Format: uuid */
            packageId: string;
            packageName: string;
            photoIds: string[];
            /** @description The package's price when the order was placed */
            listPriceInCents: number;
            /** @description Early bird and coupon together (or the shop's own discount) */
            discountInCents: number;
            /** @description The coupon redeemed, upper case */
            couponCode: string | null;
            /** @description What is paid: listPriceInCents - discountInCents */
            amountInCents: number;
            /** @description ISO 4217, fixed when the order was placed */
            currency: string;
            /** @enum {string} */
            status: "pending" | "paid" | "refunded";
            externalId: string | null;
            /** Format: date-time */
            orderedAt: string;
            paidAt: string | null;
            refundedAt: string | null;
            /** @description Where the confirmation went: the address given at checkout, or the member's then; null for a reported sale */
            email: string | null;
            /** @description Where a package that is posted goes; null for one that is not */
            shippingAddress: {
              name: string;
              street: string;
              postcode: string;
              city: string;
              country: string;
            } | null;
          };
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description What the member quotes when paying: the gallery's "Order A1C43F92" */
            number: string;
            /** Format: uuid */
            projectId: string;
            /** @description Null once the member was erased: the order stays for the books */
            memberId: string | null;
            /** Format: uuid */
            packageId: string;
            packageName: string;
            photoIds: string[];
            /** @description The package's price when the order was placed */
            listPriceInCents: number;
            /** @description Early bird and coupon together (or the shop's own discount) */
            discountInCents: number;
            /** @description The coupon redeemed, upper case */
            couponCode: string | null;
            /** @description What is paid: listPriceInCents - discountInCents */
            amountInCents: number;
            /** @description ISO 4217, fixed when the order was placed */
            currency: string;
            /** @enum {string} */
            status: "pending" | "paid" | "refunded";
            externalId: string | null;
            /** Format: date-time */
            orderedAt: string;
            paidAt: string | null;
            refundedAt: string | null;
            /** @description Where the confirmation went: the address given at checkout, or the member's then; null for a reported sale */
            email: string | null;
            /** @description Where a package that is posted goes; null for one that is not */
            shippingAddress: {
              name: string;
              street: string;
              postcode: string;
              city: string;
              country: string;
            } | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_orders_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description What the member quotes when paying: the gallery's "Order A1C43F92" */
            number: string;
            /** Format: uuid */
            projectId: string;
            /** @description Null once the member was erased: the order stays for the books */
            memberId: string | null;
            /** Format: uuid */
            packageId: string;
            packageName: string;
            photoIds: string[];
            /** @description The package's price when the order was placed */
            listPriceInCents: number;
            /** @description Early bird and coupon together (or the shop's own discount) */
            discountInCents: number;
            /** @description The coupon redeemed, upper case */
            couponCode: string | null;
            /** @description What is paid: listPriceInCents - discountInCents */
            amountInCents: number;
            /** @description ISO 4217, fixed when the order was placed */
            currency: string;
            /** @enum {string} */
            status: "pending" | "paid" | "refunded";
            externalId: string | null;
            /** Format: date-time */
            orderedAt: string;
            paidAt: string | null;
            refundedAt: string | null;
            /** @description Where the confirmation went: the address given at checkout, or the member's then; null for a reported sale */
            email: string | null;
            /** @description Where a package that is posted goes; null for one that is not */
            shippingAddress: {
              name: string;
              street: string;
              postcode: string;
              city: string;
              country: string;
            } | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_orders_id_mark_paid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description What the member quotes when paying: the gallery's "Order A1C43F92" */
            number: string;
            /** Format: uuid */
            projectId: string;
            /** @description Null once the member was erased: the order stays for the books */
            memberId: string | null;
            /** Format: uuid */
            packageId: string;
            packageName: string;
            photoIds: string[];
            /** @description The package's price when the order was placed */
            listPriceInCents: number;
            /** @description Early bird and coupon together (or the shop's own discount) */
            discountInCents: number;
            /** @description The coupon redeemed, upper case */
            couponCode: string | null;
            /** @description What is paid: listPriceInCents - discountInCents */
            amountInCents: number;
            /** @description ISO 4217, fixed when the order was placed */
            currency: string;
            /** @enum {string} */
            status: "pending" | "paid" | "refunded";
            externalId: string | null;
            /** Format: date-time */
            orderedAt: string;
            paidAt: string | null;
            refundedAt: string | null;
            /** @description Where the confirmation went: the address given at checkout, or the member's then; null for a reported sale */
            email: string | null;
            /** @description Where a package that is posted goes; null for one that is not */
            shippingAddress: {
              name: string;
              street: string;
              postcode: string;
              city: string;
              country: string;
            } | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_orders_id_mark_pending: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description What the member quotes when paying: the gallery's "Order A1C43F92" */
            number: string;
            /** Format: uuid */
            projectId: string;
            /** @description Null once the member was erased: the order stays for the books */
            memberId: string | null;
            /** Format: uuid */
            packageId: string;
            packageName: string;
            photoIds: string[];
            /** @description The package's price when the order was placed */
            listPriceInCents: number;
            /** @description Early bird and coupon together (or the shop's own discount) */
            discountInCents: number;
            /** @description The coupon redeemed, upper case */
            couponCode: string | null;
            /** @description What is paid: listPriceInCents - discountInCents */
            amountInCents: number;
            /** @description ISO 4217, fixed when the order was placed */
            currency: string;
            /** @enum {string} */
            status: "pending" | "paid" | "refunded";
            externalId: string | null;
            /** Format: date-time */
            orderedAt: string;
            paidAt: string | null;
            refundedAt: string | null;
            /** @description Where the confirmation went: the address given at checkout, or the member's then; null for a reported sale */
            email: string | null;
            /** @description Where a package that is posted goes; null for one that is not */
            shippingAddress: {
              name: string;
              street: string;
              postcode: string;
              city: string;
              country: string;
            } | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_orders_id_refund: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @description What the member quotes when paying: the gallery's "Order A1C43F92" */
            number: string;
            /** Format: uuid */
            projectId: string;
            /** @description Null once the member was erased: the order stays for the books */
            memberId: string | null;
            /** Format: uuid */
            packageId: string;
            packageName: string;
            photoIds: string[];
            /** @description The package's price when the order was placed */
            listPriceInCents: number;
            /** @description Early bird and coupon together (or the shop's own discount) */
            discountInCents: number;
            /** @description The coupon redeemed, upper case */
            couponCode: string | null;
            /** @description What is paid: listPriceInCents - discountInCents */
            amountInCents: number;
            /** @description ISO 4217, fixed when the order was placed */
            currency: string;
            /** @enum {string} */
            status: "pending" | "paid" | "refunded";
            externalId: string | null;
            /** Format: date-time */
            orderedAt: string;
            paidAt: string | null;
            refundedAt: string | null;
            /** @description Where the confirmation went: the address given at checkout, or the member's then; null for a reported sale */
            email: string | null;
            /** @description Where a package that is posted goes; null for one that is not */
            shippingAddress: {
              name: string;
              street: string;
              postcode: string;
              city: string;
              country: string;
            } | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The payment provider refused or could not be reached; `message` says why */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_projects_projectId_coupons: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** @description Upper case */
            code: string;
            percentOff: number | null;
            amountOffInCents: number | null;
            expiresAt: string | null;
            maxRedemptions: number | null;
            /** @description Orders that redeemed it */
            redemptions: number;
            /** Format: date-time */
            createdAt: string;
          }[];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_projects_projectId_coupons: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Letters, digits, dashes and underscores (3-40); case-insensitive */
          code: string;
          /** @description Percentage off (1-100); or amountOffInCents, not both */
          percentOff?: number;
          /** @description Amount off in cents of the studio's currency; or percentOff, not both */
          amountOffInCents?: number;
          /** @description No longer redeemable from this instant */
          expiresAt?: string | null;
          /** @description Redeemed at most this many times; no limit when left out */
          maxRedemptions?: number | null;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** @description Upper case */
            code: string;
            percentOff: number | null;
            amountOffInCents: number | null;
            expiresAt: string | null;
            maxRedemptions: number | null;
            /** @description Orders that redeemed it */
            redemptions: number;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  delete_v1_projects_projectId_coupons_couponId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
        couponId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_projects_projectId_campaigns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            projectId: string;
            currency: string;
            /** @description The project's zone: no campaign e-mail goes out 21:00-08:00 there */
            timezone: string;
            ordersCloseAt: string | null;
            reminderDaysBeforeClose: number[];
            /** @description Invitation e-mails that `POST .../campaigns/invitations` would queue now */
            invitationsPending: number;
            kinds: {
              invitation: {
                /** @description Waiting to go out (quiet hours, the studio's budget, retries) */
                queued: number;
                sent: number;
                /** @description Every attempt failed */
                failed: number;
                /** @description Addresses that opted out through an e-mail of this kind */
                optedOut: number;
                /** @description Members who first opened their gallery within 7 days after an e-mail of this kind (their latest e-mail before the visit) */
                galleryVisits: number;
                /** @description Paid orders paid within 7 days after an e-mail of this kind (the member's latest e-mail before the payment) */
                paidOrders: number;
                /** @description The amounts of those orders, in the studio's currency */
                revenueInCents: number;
              };
              reminder: {
                /** @description Waiting to go out (quiet hours, the studio's budget, retries) */
                queued: number;
                sent: number;
                /** @description Every attempt failed */
                failed: number;
                /** @description Addresses that opted out through an e-mail of this kind */
                optedOut: number;
                /** @description Members who first opened their gallery within 7 days after an e-mail of this kind (their latest e-mail before the visit) */
                galleryVisits: number;
                /** @description Paid orders paid within 7 days after an e-mail of this kind (the member's latest e-mail before the payment) */
                paidOrders: number;
                /** @description The amounts of those orders, in the studio's currency */
                revenueInCents: number;
              };
              unpaid_order: {
                /** @description Waiting to go out (quiet hours, the studio's budget, retries) */
                queued: number;
                sent: number;
                /** @description Every attempt failed */
                failed: number;
                /** @description Addresses that opted out through an e-mail of this kind */
                optedOut: number;
                /** @description Members who first opened their gallery within 7 days after an e-mail of this kind (their latest e-mail before the visit) */
                galleryVisits: number;
                /** @description Paid orders paid within 7 days after an e-mail of this kind (the member's latest e-mail before the payment) */
                paidOrders: number;
                /** @description The amounts of those orders, in the studio's currency */
                revenueInCents: number;
              };
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_projects_projectId_campaigns_invitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description Invitation e-mails queued now: one per address (email, email2) of members not invited at it yet, leaving out opted-out addresses */
            queued: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_photographers_me_projects: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            locationName: string | null;
            startAt: string | null;
            endAt: string | null;
            timezone: string;
            photographerCount: number;
            packageCount: number;
            /** Format: date-time */
            createdAt: string;
          }[];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_photographers_me_projects_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            locationName: string | null;
            startAt: string | null;
            endAt: string | null;
            projectLink: string | null;
            termsAndConditions: string | null;
            timezone: string;
            /** @description Days before ordering closes that reminders go out, largest first */
            reminderDaysBeforeClose: number[];
            ordersCloseAt: string | null;
            earlyBirdPercentOff: number | null;
            earlyBirdUntil: string | null;
            /**
             * Format: date-time
             * @description When the photos are deleted: the project's own date or the default
             */
            deletePhotosAfter: string;
            /**
             * Format: date-time
             * @description When members' personal data is anonymised: the project's own date or the default
             */
            anonymiseMembersAfter: string;
            /** @description When retention deleted the photos */
            photosDeletedAt: string | null;
            /** @description When retention anonymised the members */
            membersAnonymisedAt: string | null;
            /** @description The photo consent a new member gets unless it is given */
            photoConsentDefault: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            photographers: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
            }[];
            packages: {
              /** Format: uuid */
              id: string;
              name: string;
              price: number;
              photoCount: number;
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_photographers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** @description Projects the photographer is assigned to */
            projectCount: number;
            /** Format: date-time */
            createdAt: string;
          }[];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  delete_v1_photographers_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  patch_v1_photographers_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name?: string;
          /** @description An e-mail address; trimmed and compared case-insensitively */
          email?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** @description Projects the photographer is assigned to */
            projectCount: number;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_packages: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description In cents of the operator's currency */
            price: number;
            photoCount: number;
            /** @description Prints posted to the member: ordering it in the gallery asks for a postal address */
            requiresShipping: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          }[];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_packages: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name: string;
          /** @description In cents of the operator's currency */
          price: number;
          photoCount: number;
          /** @description Prints posted to the member: the gallery asks for a postal address (default false) */
          requiresShipping?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description In cents of the operator's currency */
            price: number;
            photoCount: number;
            /** @description Prints posted to the member: ordering it in the gallery asks for a postal address */
            requiresShipping: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  delete_v1_packages_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  patch_v1_packages_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name?: string;
          /** @description In cents of the operator's currency */
          price?: number;
          photoCount?: number;
          /** @description Prints posted to the member: the gallery asks for a postal address (default false) */
          requiresShipping?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description In cents of the operator's currency */
            price: number;
            photoCount: number;
            /** @description Prints posted to the member: ordering it in the gallery asks for a postal address */
            requiresShipping: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_operators_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            address: string | null;
            billingAddress: string | null;
            /** @description ISO 4217 code */
            currency: string;
            /** @description BCP 47 language tag */
            locale: string;
            /** @description IANA time zone */
            timezone: string;
            profilePictureUrl: string | null;
            /** @description Whom parents ask for a copy or the erasure of their data; shown in the gallery */
            privacyContact: string | null;
            /** @description The studio's own privacy notice, shown on the gallery's privacy page */
            privacyText: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  patch_v1_operators_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name?: string;
          address?: string | null;
          billingAddress?: string | null;
          /** @description An ISO 4217 currency code such as EUR */
          currency?: string;
          /** @description A BCP 47 language tag such as de-DE */
          locale?: string;
          /** @description An IANA time zone such as Europe/Berlin */
          timezone?: string;
          profilePictureUrl?: string | null;
          /** @description Whom parents write to for a copy or the erasure of their data (an e-mail address, or a name and address); shown on the gallery's privacy page */
          privacyContact?: string | null;
          /** @description The studio's own privacy notice, shown on the gallery's privacy page */
          privacyText?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            address: string | null;
            billingAddress: string | null;
            /** @description ISO 4217 code */
            currency: string;
            /** @description BCP 47 language tag */
            locale: string;
            /** @description IANA time zone */
            timezone: string;
            profilePictureUrl: string | null;
            /** @description Whom parents ask for a copy or the erasure of their data; shown in the gallery */
            privacyContact: string | null;
            /** @description The studio's own privacy notice, shown on the gallery's privacy page */
            privacyText: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_operators_me_payments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            provider: "manual" | "stripe";
            /** @description A card account is connected and its key was accepted */
            connected: boolean;
            /** @description When connected: the last four characters of the stored secret key */
            keyLast4?: string;
            /** @description What members are told when they pay by hand: after ordering and in the confirmation */
            instructions: {
              bankDetails: string | null;
              /** @description With {number} for the order number; null: the order number */
              reference: string | null;
              contact: string | null;
              deadline: string | null;
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  put_v1_operators_me_payments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description `stripe`: card payments through Stripe Checkout; `manual`: paid by hand
           * @enum {string}
           */
          provider: "manual" | "stripe";
          /** @description For stripe: the account's secret (or restricted) key; never shown again */
          secretKey?: string;
          /** @description For stripe: the signing secret of the webhook endpoint; never shown again */
          webhookSecret?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            provider: "manual" | "stripe";
            /** @description A card account is connected and its key was accepted */
            connected: boolean;
            /** @description When connected: the last four characters of the stored secret key */
            keyLast4?: string;
            /** @description What members are told when they pay by hand: after ordering and in the confirmation */
            instructions: {
              bankDetails: string | null;
              /** @description With {number} for the order number; null: the order number */
              reference: string | null;
              contact: string | null;
              deadline: string | null;
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The payment provider refused or could not be reached; `message` says why */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  delete_v1_operators_me_payments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            provider: "manual" | "stripe";
            /** @description A card account is connected and its key was accepted */
            connected: boolean;
            /** @description When connected: the last four characters of the stored secret key */
            keyLast4?: string;
            /** @description What members are told when they pay by hand: after ordering and in the confirmation */
            instructions: {
              bankDetails: string | null;
              /** @description With {number} for the order number; null: the order number */
              reference: string | null;
              contact: string | null;
              deadline: string | null;
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_operators_me_payments_test: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            provider: "manual" | "stripe";
            /** @description A card account is connected and its key was accepted */
            connected: boolean;
            /** @description When connected: the last four characters of the stored secret key */
            keyLast4?: string;
            /** @description What members are told when they pay by hand: after ordering and in the confirmation */
            instructions: {
              bankDetails: string | null;
              /** @description With {number} for the order number; null: the order number */
              reference: string | null;
              contact: string | null;
              deadline: string | null;
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The payment provider refused or could not be reached; `message` says why */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  put_v1_operators_me_payments_instructions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description How to pay by bank transfer: account holder, IBAN, BIC and bank, one per line. Without it members are told to pay at the studio or by invoice */
          bankDetails?: string | null;
          /** @description The transfer's reference, with {number} for the order number (`Photos {number}`); left out, the order number alone */
          reference?: string | null;
          /** @description Whom members ask about paying: an e-mail address or a phone number */
          contact?: string | null;
          /** @description When to pay, in your words ("within 14 days of ordering") */
          deadline?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            provider: "manual" | "stripe";
            /** @description A card account is connected and its key was accepted */
            connected: boolean;
            /** @description When connected: the last four characters of the stored secret key */
            keyLast4?: string;
            /** @description What members are told when they pay by hand: after ordering and in the confirmation */
            instructions: {
              bankDetails: string | null;
              /** @description With {number} for the order number; null: the order number */
              reference: string | null;
              contact: string | null;
              deadline: string | null;
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_api_keys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            scopes: (
              | "projects:read"
              | "projects:write"
              | "members:read"
              | "members:write"
              | "photos:read"
              | "photos:write"
              | "orders:read"
              | "orders:write"
              | "analytics:read"
              | "webhooks:write"
            )[];
            /** @description The key's first characters, to tell keys apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Within a minute */
            lastUsedAt: string | null;
          }[];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_api_keys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 1 to 200 characters after trimming */
          name: string;
          scopes: (
            | "projects:read"
            | "projects:write"
            | "members:read"
            | "members:write"
            | "photos:read"
            | "photos:write"
            | "orders:read"
            | "orders:write"
            | "analytics:read"
            | "webhooks:write"
          )[];
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            scopes: (
              | "projects:read"
              | "projects:write"
              | "members:read"
              | "members:write"
              | "photos:read"
              | "photos:write"
              | "orders:read"
              | "orders:write"
              | "analytics:read"
              | "webhooks:write"
            )[];
            /** @description The key's first characters, to tell keys apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The key itself, shown only in this answer */
            key: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  delete_v1_api_keys_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_webhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            url: string;
            events: (
              | "member.created"
              | "members.imported"
              | "photo.uploaded"
              | "photo.processed"
              | "photo.tagged"
              | "order.created"
              | "order.paid"
              | "order.refunded"
              | "gallery.first_visit"
            )[];
            enabled: boolean;
            /** @description Why the endpoint was disabled: a 410 answer, five days of failures, or by hand */
            disabledReason: string | null;
            description: string | null;
            /** Format: date-time */
            createdAt: string;
          }[];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_webhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description An absolute http(s) URL */
          url: string;
          events: (
            | "member.created"
            | "members.imported"
            | "photo.uploaded"
            | "photo.processed"
            | "photo.tagged"
            | "order.created"
            | "order.paid"
            | "order.refunded"
            | "gallery.first_visit"
          )[];
          /** @description Text, at most 500 characters */
          description?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            url: string;
            events: (
              | "member.created"
              | "members.imported"
              | "photo.uploaded"
              | "photo.processed"
              | "photo.tagged"
              | "order.created"
              | "order.paid"
              | "order.refunded"
              | "gallery.first_visit"
            )[];
            enabled: boolean;
            /** @description Why the endpoint was disabled: a 410 answer, five days of failures, or by hand */
            disabledReason: string | null;
            description: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description `whsec_` + base64 of the signing key; shown only when made or rotated */
            secret: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_webhooks_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            url: string;
            events: (
              | "member.created"
              | "members.imported"
              | "photo.uploaded"
              | "photo.processed"
              | "photo.tagged"
              | "order.created"
              | "order.paid"
              | "order.refunded"
              | "gallery.first_visit"
            )[];
            enabled: boolean;
            /** @description Why the endpoint was disabled: a 410 answer, five days of failures, or by hand */
            disabledReason: string | null;
            description: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  delete_v1_webhooks_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  patch_v1_webhooks_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description An absolute http(s) URL */
          url?: string;
          events?: (
            | "member.created"
            | "members.imported"
            | "photo.uploaded"
            | "photo.processed"
            | "photo.tagged"
            | "order.created"
            | "order.paid"
            | "order.refunded"
            | "gallery.first_visit"
          )[];
          enabled?: boolean;
          description?: string | null;
          /**
           * @description true: a new secret, in the answer
           * @constant
           */
          rotateSecret?: true;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            url: string;
            events: (
              | "member.created"
              | "members.imported"
              | "photo.uploaded"
              | "photo.processed"
              | "photo.tagged"
              | "order.created"
              | "order.paid"
              | "order.refunded"
              | "gallery.first_visit"
            )[];
            enabled: boolean;
            /** @description Why the endpoint was disabled: a 410 answer, five days of failures, or by hand */
            disabledReason: string | null;
            description: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Only with `rotateSecret: true` */
            secret?: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_webhooks_id_test: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            deliveryId: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_webhooks_id_deliveries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The `webhook-id` header of every attempt
             */
            eventId: string;
            type: string;
            attempt: number;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            statusCode: number | null;
            error: string | null;
            attemptedAt: string | null;
            /** @description When the next attempt is due; null: none */
            nextRetryAt: string | null;
          }[];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_v1_webhook_deliveries_id_redeliver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            deliveryId: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_audit_log: {
    parameters: {
      query?: {
        action?:
          | "members_imported"
          | "member_exported"
          | "member_erased"
          | "access_code_reissued"
          | "member_deleted"
          | "photos_deleted_by_retention"
          | "members_anonymised_by_retention"
          | "gallery_opened"
          | "studio_suspended"
          | "studio_unsuspended";
        subjectId?: string;
        from?: string;
        to?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              at: string;
              actor: {
                /** @enum {string} */
                type: "operator" | "photographer" | "admin" | "api_key" | "member" | "system";
                /** @description The operator, photographer, admin, API key or member who acted; null for the system (scheduled retention) */
                id: string | null;
              };
              /** @enum {string} */
              action:
                | "members_imported"
                | "member_exported"
                | "member_erased"
                | "access_code_reissued"
                | "member_deleted"
                | "photos_deleted_by_retention"
                | "members_anonymised_by_retention"
                | "gallery_opened"
                | "studio_suspended"
                | "studio_unsuspended";
              subject: {
                /** @enum {string} */
                type: "member" | "project" | "studio";
                /**
                 * Format: uuid
                 * @description The member's, project's or studio's id; a member or project may no longer exist
                 */
                id: string;
              };
              /** @description Counts only (such as an import's created, updated, unchanged and skipped rows) */
              details: {
                [key: string]: number | string | boolean | null;
              } | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
            /** @description Entries matching the filters, on every page */
            total: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_analytics: {
    parameters: {
      query?: {
        projectId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            kpis: {
              /** @description Members enrolled in the scope's projects */
              membersEnrolled: number;
              /** @description Sum of paid order amounts, in cents */
              revenueInCents: number;
              photosUploaded: number;
              /** @description Distinct members tagged in at least one photo */
              usersTagged: number;
              /** @description Number of paid orders */
              packagesSold: number;
            };
            photosByPhotographer: {
              /** Format: uuid */
              id: string;
              name: string;
              photoCount: number;
            }[];
            packageSales: {
              /** Format: uuid */
              id: string;
              name: string;
              count: number;
              revenueInCents: number;
            }[];
            conversionFunnel: {
              enrolled: number;
              tagged: number;
              /** @description Distinct members with at least one paid order */
              purchased: number;
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_analytics_csv: {
    parameters: {
      query?: {
        projectId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv; charset=utf-8": string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_analytics_projects: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        sort?:
          | "name"
          | "startAt"
          | "enrolled"
          | "viewed"
          | "tagged"
          | "purchased"
          | "orders"
          | "revenueInCents"
          | "averageOrderValueInCents"
          | "revenuePerEnrolledInCents"
          | "loginRate"
          | "orderRate";
        order?: "asc" | "desc";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            currency: string;
            items: {
              /** Format: uuid */
              projectId: string;
              name: string;
              startAt: string | null;
              enrolled: number;
              /** @description Members who first opened their gallery in the range */
              viewed: number;
              tagged: number;
              /** @description Distinct members with a paid order in the range */
              purchased: number;
              /** @description Paid orders placed in the range */
              orders: number;
              revenueInCents: number;
              /** @description revenue / orders, rounded; null without orders */
              averageOrderValueInCents: number | null;
              /** @description revenue / enrolled, rounded; null without members */
              revenuePerEnrolledInCents: number | null;
              /** @description viewed / enrolled, 0 to 1; null without members */
              loginRate: number | null;
              /** @description purchased / enrolled, 0 to 1; null without members */
              orderRate: number | null;
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_analytics_projects_csv: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        sort?:
          | "name"
          | "startAt"
          | "enrolled"
          | "viewed"
          | "tagged"
          | "purchased"
          | "orders"
          | "revenueInCents"
          | "averageOrderValueInCents"
          | "revenuePerEnrolledInCents"
          | "loginRate"
          | "orderRate";
        order?: "asc" | "desc";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv; charset=utf-8": string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_analytics_timeseries: {
    parameters: {
      query?: {
        interval?: "day" | "week" | "month";
        from?: string;
        to?: string;
        projectId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            interval: "day" | "week" | "month";
            timeZone: string;
            currency: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            points: {
              /**
               * Format: date
               * @description First day of the interval (weeks start on Monday)
               */
              start: string;
              orders: number;
              revenueInCents: number;
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  get_v1_analytics_timeseries_csv: {
    parameters: {
      query?: {
        interval?: "day" | "week" | "month";
        from?: string;
        to?: string;
        projectId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv; charset=utf-8": string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
            /** @description Field path to its messages */
            errors?: {
              [key: string]: string[];
            };
            /** @description Facts to act on, where a refusal has them: `headers`, the columns of a class list with no name column */
            details?: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            message: string;
            /**
             * @example BAD_REQUEST
             * @example UNAUTHORIZED
             * @example NOT_FOUND
             * @example CONFLICT
             * @example STUDIO_SUSPENDED
             */
            code: string;
          };
        };
      };
    };
  };
  post_api_admins_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The request as a JSON string (an object is accepted too) */
          data:
            | string
            | {
                /** @description 1 to 200 characters after trimming */
                fullName: string;
                /** @description An e-mail address; trimmed and compared case-insensitively */
                email: string;
                /** @description At least 8 characters and at most 72 bytes */
                password: string;
              };
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 201;
            /** @example Admin registered successfully */
            message: string;
            data?: {
              email: string;
              fullName: string;
              /** @description A bearer token with audience `admin` */
              accessToken: string;
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 400;
            message: string;
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 401;
            message: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 409;
            message: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 413;
            message: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 415;
            message: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 429;
            message: string;
          };
        };
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 500;
            message: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 503;
            message: string;
          };
        };
      };
    };
  };
  post_api_admins_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The request as a JSON string (an object is accepted too) */
          data:
            | string
            | {
                /** @description An e-mail address; trimmed and compared case-insensitively */
                email: string;
                password: string;
              };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 200;
            /** @example Admin logged in successfully */
            message: string;
            data?: {
              email: string;
              fullName: string;
              /** @description A bearer token with audience `admin` */
              accessToken: string;
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 400;
            message: string;
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 401;
            message: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 409;
            message: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 413;
            message: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 415;
            message: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 429;
            message: string;
          };
        };
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 500;
            message: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 503;
            message: string;
          };
        };
      };
    };
  };
  get_api_admins: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 200;
            /** @example Admins retrieved successfully */
            message: string;
            data?: {
              /** Format: uuid */
              id: string;
              email: string;
              fullName: string;
              profileImage: string | null;
              /** @description Unix time in milliseconds */
              createdAt: number;
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 400;
            message: string;
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 401;
            message: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 403;
            message: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 413;
            message: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 415;
            message: string;
          };
        };
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 500;
            message: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 503;
            message: string;
          };
        };
      };
    };
  };
  get_api_admins_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 200;
            /** @example Admin retrieved successfully */
            message: string;
            data?: {
              /** Format: uuid */
              id: string;
              email: string;
              fullName: string;
              profileImage: string | null;
              /** @description Unix time in milliseconds */
              createdAt: number;
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 400;
            message: string;
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 401;
            message: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 403;
            message: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 404;
            message: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 413;
            message: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 415;
            message: string;
          };
        };
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 500;
            message: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 503;
            message: string;
          };
        };
      };
    };
  };
  put_api_admins_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The request as a JSON string (an object is accepted too) */
          data:
            | string
            | {
                /** @description 1 to 200 characters after trimming */
                fullName?: string;
                profileImage?: string | null;
                /** @description At least 8 characters and at most 72 bytes */
                password?: string;
              };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 200;
            /** @example Admin updated successfully */
            message: string;
            data?: {
              /** Format: uuid */
              id: string;
              email: string;
              fullName: string;
              profileImage: string | null;
              /** @description Unix time in milliseconds */
              createdAt: number;
            };
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 400;
            message: string;
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 401;
            message: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 403;
            message: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 404;
            message: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 409;
            message: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 413;
            message: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 415;
            message: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 429;
            message: string;
          };
        };
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 500;
            message: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 503;
            message: string;
          };
        };
      };
    };
  };
  delete_api_admins_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 200;
            /** @example Admin deleted successfully with id: <id> */
            message: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 400;
            message: string;
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 401;
            message: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 403;
            message: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 404;
            message: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 409;
            message: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 413;
            message: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 415;
            message: string;
          };
        };
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 500;
            message: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 503;
            message: string;
          };
        };
      };
    };
  };
  post_api_admins_password_reset_otp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The request as a JSON string (an object is accepted too) */
          data:
            | string
            | {
                /** @description An e-mail address; trimmed and compared case-insensitively */
                email: string;
              };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 200;
            /** @example OTP sent successfully */
            message: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 400;
            message: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 409;
            message: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 413;
            message: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 415;
            message: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 429;
            message: string;
          };
        };
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 500;
            message: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 503;
            message: string;
          };
        };
      };
    };
  };
  post_api_admins_validate_otp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The request as a JSON string (an object is accepted too) */
          data:
            | string
            | {
                /** @description An e-mail address; trimmed and compared case-insensitively */
                email: string;
                /** @description The 6-digit code from the e-mail */
                otp: string;
              };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 200;
            /** @example OTP validated successfully */
            message: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 400;
            message: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 409;
            message: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 413;
            message: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 415;
            message: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 429;
            message: string;
          };
        };
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 500;
            message: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 503;
            message: string;
          };
        };
      };
    };
  };
  post_api_admins_update_password_otp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The request as a JSON string (an object is accepted too) */
          data:
            | string
            | {
                /** @description An e-mail address; trimmed and compared case-insensitively */
                email: string;
                /** @description The 6-digit code from the e-mail */
                otp: string;
                /** @description At least 8 characters and at most 72 bytes */
                newPassword: string;
              };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 200;
            /** @example Password updated successfully */
            message: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 400;
            message: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 409;
            message: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 413;
            message: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 415;
            message: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 429;
            message: string;
          };
        };
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 500;
            message: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 503;
            message: string;
          };
        };
      };
    };
  };
  post_api_admins_update_password_old_email: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        email: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The request as a JSON string (an object is accepted too) */
          data:
            | string
            | {
                oldPassword: string;
                /** @description At least 8 characters and at most 72 bytes */
                newPassword: string;
              };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 200;
            /** @example Password updated successfully */
            message: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 400;
            message: string;
          };
        };
      };
      /** @description Missing, invalid or expired bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 401;
            message: string;
          };
        };
      };
      /** @description The token's role may not do this, or its studio is suspended (code `STUDIO_SUSPENDED`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 403;
            message: string;
          };
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 404;
            message: string;
          };
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 409;
            message: string;
          };
        };
      };
      /** @description Body over 1048576 bytes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 413;
            message: string;
          };
        };
      };
      /** @description Content-Type is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 415;
            message: string;
          };
        };
      };
      /** @description Too many attempts or requests; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 429;
            message: string;
          };
        };
      };
      /** @description Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 500;
            message: string;
          };
        };
      };
      /** @description Unavailable for a moment; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: 503;
            message: string;
          };
        };
      };
    };
  };
  "webhook.member.created": {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every retry and redelivery */
        "webhook-id": string;
        /** @description Seconds since 1970 when this attempt was signed */
        "webhook-timestamp": string;
        /** @description `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_` */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          type: "member.created";
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          data: {
            member: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              name: string;
              email: string | null;
              externalId: string | null;
              group: string | null;
              /** Format: date-time */
              enrolledAt: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description Any 2xx: received. A 410 disables the endpoint; anything else is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  "webhook.order.created": {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every retry and redelivery */
        "webhook-id": string;
        /** @description Seconds since 1970 when this attempt was signed */
        "webhook-timestamp": string;
        /** @description `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_` */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          type: "order.created";
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          data: {
            order: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              /** Format: uuid */
              memberId: string;
              /** Format: uuid */
              packageId: string;
              listPriceInCents: number;
              discountInCents: number;
              amountInCents: number;
              couponCode: string | null;
              currency: string;
              /** @enum {string} */
              status: "pending" | "paid" | "refunded";
              externalId: string | null;
              /** Format: date-time */
              orderedAt: string;
              paidAt: string | null;
              refundedAt: string | null;
            };
          };
        };
      };
    };
    responses: {
      /** @description Any 2xx: received. A 410 disables the endpoint; anything else is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  "webhook.order.paid": {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every retry and redelivery */
        "webhook-id": string;
        /** @description Seconds since 1970 when this attempt was signed */
        "webhook-timestamp": string;
        /** @description `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_` */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          type: "order.paid";
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          data: {
            order: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              /** Format: uuid */
              memberId: string;
              /** Format: uuid */
              packageId: string;
              listPriceInCents: number;
              discountInCents: number;
              amountInCents: number;
              couponCode: string | null;
              currency: string;
              /** @enum {string} */
              status: "pending" | "paid" | "refunded";
              externalId: string | null;
              /** Format: date-time */
              orderedAt: string;
              paidAt: string | null;
              refundedAt: string | null;
            };
          };
        };
      };
    };
    responses: {
      /** @description Any 2xx: received. A 410 disables the endpoint; anything else is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  "webhook.order.refunded": {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every retry and redelivery */
        "webhook-id": string;
        /** @description Seconds since 1970 when this attempt was signed */
        "webhook-timestamp": string;
        /** @description `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_` */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          type: "order.refunded";
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          data: {
            order: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              /** Format: uuid */
              memberId: string;
              /** Format: uuid */
              packageId: string;
              listPriceInCents: number;
              discountInCents: number;
              amountInCents: number;
              couponCode: string | null;
              currency: string;
              /** @enum {string} */
              status: "pending" | "paid" | "refunded";
              externalId: string | null;
              /** Format: date-time */
              orderedAt: string;
              paidAt: string | null;
              refundedAt: string | null;
            };
          };
        };
      };
    };
    responses: {
      /** @description Any 2xx: received. A 410 disables the endpoint; anything else is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  "webhook.photo.processed": {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every retry and redelivery */
        "webhook-id": string;
        /** @description Seconds since 1970 when this attempt was signed */
        "webhook-timestamp": string;
        /** @description `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_` */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          type: "photo.processed";
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          data: {
            photo: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              /** Format: uuid */
              photographerId: string;
              /** @enum {string} */
              kind: "photo" | "card";
              /** @description A card's member */
              cardMemberId: string | null;
              width: number;
              height: number;
              takenAt: string | null;
            };
          };
        };
      };
    };
    responses: {
      /** @description Any 2xx: received. A 410 disables the endpoint; anything else is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  "webhook.photo.uploaded": {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every retry and redelivery */
        "webhook-id": string;
        /** @description Seconds since 1970 when this attempt was signed */
        "webhook-timestamp": string;
        /** @description `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_` */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          type: "photo.uploaded";
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          data: {
            photo: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              /** Format: uuid */
              photographerId: string;
              fileName: string;
              sizeBytes: number;
              /**
               * @description `photo.processed` follows when it is ready
               * @constant
               */
              status: "processing";
              /** Format: date-time */
              uploadedAt: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description Any 2xx: received. A 410 disables the endpoint; anything else is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  "webhook.photo.tagged": {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every retry and redelivery */
        "webhook-id": string;
        /** @description Seconds since 1970 when this attempt was signed */
        "webhook-timestamp": string;
        /** @description `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_` */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          type: "photo.tagged";
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          data: {
            photo: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              /** @description Every member the photo is tagged with now */
              memberIds: string[];
              /**
               * @description `manual`: tags set by hand (PUT /v1/photos/:id/tags, or the review grid); `card`: matching by card changed them
               * @enum {string}
               */
              source: "manual" | "card";
            };
          };
        };
      };
    };
    responses: {
      /** @description Any 2xx: received. A 410 disables the endpoint; anything else is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  "webhook.members.imported": {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every retry and redelivery */
        "webhook-id": string;
        /** @description Seconds since 1970 when this attempt was signed */
        "webhook-timestamp": string;
        /** @description `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_` */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          type: "members.imported";
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          data: {
            import: {
              created: number;
              updated: number;
              unchanged: number;
              /** Format: uuid */
              projectId: string;
              /** @description Rows left out for errors (the import's answer names them by line) */
              skipped: number;
            };
          };
        };
      };
    };
    responses: {
      /** @description Any 2xx: received. A 410 disables the endpoint; anything else is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  "webhook.gallery.first_visit": {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every retry and redelivery */
        "webhook-id": string;
        /** @description Seconds since 1970 when this attempt was signed */
        "webhook-timestamp": string;
        /** @description `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_` */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          type: "gallery.first_visit";
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          data: {
            member: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              name: string;
            };
            /** Format: date-time */
            visitedAt: string;
          };
        };
      };
    };
    responses: {
      /** @description Any 2xx: received. A 410 disables the endpoint; anything else is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  "webhook.webhook.test": {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every retry and redelivery */
        "webhook-id": string;
        /** @description Seconds since 1970 when this attempt was signed */
        "webhook-timestamp": string;
        /** @description `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 bytes after `whsec_` */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          type: "webhook.test";
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          data: {
            /** Format: uuid */
            webhookId: string;
            message: string;
          };
        };
      };
    };
    responses: {
      /** @description Any 2xx: received. A 410 disables the endpoint; anything else is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
