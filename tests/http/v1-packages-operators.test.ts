import { beforeAll, describe, expect, it } from "vitest";
import { createPackage, createProject, withTwoStudios, type Studio } from "../support/backoffice";

let studio: Studio;
let rival: Studio;

beforeAll(async () => {
  ({ studio, rival } = await withTwoStudios());
});

describe("/v1/packages", () => {
  it("creates (201) and lists the operator's packages, price in cents", async () => {
    const created = await studio.client.post("/v1/packages", {
      name: "Portrait",
      price: 1999,
      photoCount: 12,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: "Portrait",
      price: 1999,
      photoCount: 12,
      requiresShipping: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    await createPackage(rival.client, { name: "Rival's package" });

    const list = await studio.client.get("/v1/packages");
    expect(list.status).toBe(200);
    expect(list.body.map((p: { name: string }) => p.name)).toContain("Portrait");
    expect(list.body.map((p: { name: string }) => p.name)).not.toContain("Rival's package");
  });

  it("validates price and photo count (400)", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ price: -1 }, "price"],
      [{ price: 10.5 }, "price"],
      [{ price: 10_000_001 }, "price"],
      [{ price: "1000" }, "price"],
      [{ photoCount: 0 }, "photoCount"],
      [{ photoCount: 2.5 }, "photoCount"],
      [{ name: "   " }, "name"],
    ];
    for (const [override, field] of cases) {
      const response = await studio.client.post("/v1/packages", {
        name: "P",
        price: 100,
        photoCount: 1,
        ...override,
      });
      expect(response.status, JSON.stringify(override)).toBe(400);
      expect(Object.keys(response.body.errors)).toEqual([field]);
    }
    const free = await studio.client.post("/v1/packages", {
      name: "Free",
      price: 0,
      photoCount: 1,
    });
    expect(free.status).toBe(201);
  });

  it("updates partially (200) and refuses unknown fields", async () => {
    const pkg = await createPackage(studio.client, { name: "Before", price: 500, photoCount: 5 });
    const response = await studio.client.patch(`/v1/packages/${pkg.id}`, { price: 750 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: "Before", price: 750, photoCount: 5 });
    expect(
      (await studio.client.patch(`/v1/packages/${pkg.id}`, { operatorId: rival.id })).status,
    ).toBe(400);
  });

  it("deletes (204): unlinked from projects, gone from the list, then 404", async () => {
    const pkg = await createPackage(studio.client);
    const project = await createProject(studio.client);
    await studio.client.post(`/v1/projects/${project.id}/packages`, { packageId: pkg.id });

    const response = await studio.client.delete(`/v1/packages/${pkg.id}`);
    expect(response.status).toBe(204);
    expect((await studio.client.get(`/v1/projects/${project.id}`)).body.packages).toEqual([]);
    expect(
      (await studio.client.get("/v1/packages")).body.map((p: { id: string }) => p.id),
    ).not.toContain(pkg.id);
    expect((await studio.client.delete(`/v1/packages/${pkg.id}`)).status).toBe(404);
    expect((await studio.client.patch(`/v1/packages/${pkg.id}`, { price: 1 })).status).toBe(404);
    expect(
      (await studio.client.post(`/v1/projects/${project.id}/packages`, { packageId: pkg.id }))
        .status,
    ).toBe(404);
  });

  it("hides another operator's package behind a 404", async () => {
    const theirs = await createPackage(rival.client);
    expect((await studio.client.patch(`/v1/packages/${theirs.id}`, { price: 1 })).status).toBe(404);
    expect((await studio.client.delete(`/v1/packages/${theirs.id}`)).status).toBe(404);
    expect(
      (await rival.client.get("/v1/packages")).body.map((p: { id: string }) => p.id),
    ).toContain(theirs.id);
  });
});

describe("/v1/operators/me", () => {
  it("returns the profile, and never a hash or a secret", async () => {
    const response = await studio.client.get("/v1/operators/me");
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(
      [
        "address",
        "billingAddress",
        "createdAt",
        "currency",
        "email",
        "id",
        "locale",
        "name",
        "privacyContact",
        "privacyText",
        "profilePictureUrl",
        "timezone",
      ].sort(),
    );
    expect(response.text).not.toMatch(/\$2[aby]\$/);
  });

  it("updates every documented field, normalising codes, and null clears", async () => {
    const response = await studio.client.patch("/v1/operators/me", {
      name: "Renamed Studio",
      address: "1 Main St\nSpringfield",
      billingAddress: "PO Box 7",
      currency: "eur",
      locale: "de-de",
      timezone: "Europe/Berlin",
      profilePictureUrl: "https://cdn.example.com/logo.png",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      name: "Renamed Studio",
      address: "1 Main St\nSpringfield",
      billingAddress: "PO Box 7",
      currency: "EUR",
      locale: "de-DE",
      timezone: "Europe/Berlin",
      profilePictureUrl: "https://cdn.example.com/logo.png",
    });

    const cleared = await studio.client.patch("/v1/operators/me", {
      address: null,
      profilePictureUrl: null,
    });
    expect(cleared.body).toMatchObject({
      address: null,
      profilePictureUrl: null,
      billingAddress: "PO Box 7",
    });
  });

  it("names each invalid value (400)", async () => {
    const response = await studio.client.patch("/v1/operators/me", {
      currency: "EURO",
      locale: "not a locale!",
      timezone: "Berlin",
      profilePictureUrl: "ftp://example.com/x.png",
      name: null,
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors).sort()).toEqual([
      "currency",
      "locale",
      "name",
      "profilePictureUrl",
      "timezone",
    ]);
  });

  it("cannot change the e-mail, the id or the password", async () => {
    for (const field of ["email", "id", "password", "passwordHash"]) {
      const response = await studio.client.patch("/v1/operators/me", { [field]: "x" });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual({ [field]: ["Unknown field"] });
    }
  });
});
