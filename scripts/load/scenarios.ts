import type { Options, Request } from "autocannon";
import { LOAD_PASSWORD, type LoadStudio, someAddress } from "./studio";

/**
 * What the load is made of: one autocannon run per route, all at once, with
 * their connections adding up to the total. Writes remember what the app
 * acknowledged, so the check afterwards can look for every one of them.
 */
export interface Scenario {
  name: string;
  /** Share of the connections, out of 100. */
  share: number;
  requests: Request[];
}

export interface Acknowledged {
  orderIds: Set<string>;
  photoIds: Set<string>;
  /** External ids of the members in every import the app answered. */
  importedExternalIds: Set<string>;
}

export interface UploadBody {
  contentType: string;
  body: Buffer;
}

/** What an import request leaves on its connection for the answer. */
interface ImportContext {
  externalIds: string[];
}

const json = (body: unknown) => JSON.stringify(body);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const JSON_TYPE = { "content-type": "application/json" };

/** A shared round-robin over `items`, whichever connection asks next. */
function cycle<T>(items: readonly T[]): () => T {
  let next = 0;
  return () => items[next++ % items.length]!;
}

interface Answer {
  /** A REST resource. */
  id?: string;
  /** A tRPC mutation's order. */
  result?: { data?: { order?: { id?: string } } };
}

function parse(body: string): Answer | undefined {
  try {
    return JSON.parse(body) as Answer;
  } catch {
    return undefined;
  }
}

export function scenarios(
  studio: LoadStudio,
  uploads: readonly UploadBody[],
  acknowledged: Acknowledged,
): Scenario[] {
  const { projectId, packageId, operator, photographer } = studio;
  const visitor = cycle(studio.visitors);
  const code = cycle(studio.accessCodes);
  const upload = cycle(uploads);
  const account = cycle([operator.email, photographer.email]);
  let imports = 0;
  let sales = 0;

  return [
    {
      name: "POST /v1/auth/login",
      share: 5,
      requests: [
        {
          method: "POST",
          path: "/v1/auth/login",
          setupRequest: (request) => ({
            ...request,
            headers: { ...JSON_TYPE, "x-forwarded-for": someAddress() },
            body: json({ email: account(), password: LOAD_PASSWORD }),
          }),
        },
      ],
    },
    {
      name: "GET /v1/projects/:id",
      share: 15,
      requests: [
        { method: "GET", path: `/v1/projects/${projectId}`, headers: bearer(operator.token) },
      ],
    },
    {
      name: "GET /v1/projects/:id/members",
      share: 10,
      requests: [
        {
          method: "GET",
          path: `/v1/projects/${projectId}/members?limit=50`,
          headers: bearer(operator.token),
        },
      ],
    },
    {
      name: "GET /v1/analytics",
      share: 5,
      requests: [{ method: "GET", path: `/v1/analytics`, headers: bearer(operator.token) }],
    },
    {
      name: "GET /v1/projects/:id/photos",
      share: 5,
      requests: [
        {
          method: "GET",
          path: `/v1/projects/${projectId}/photos?limit=50`,
          headers: bearer(photographer.token),
        },
      ],
    },
    {
      name: "POST /v1/projects/:id/members/import",
      share: 5,
      requests: [
        {
          method: "POST",
          path: `/v1/projects/${projectId}/members/import`,
          setupRequest: (request, context) => {
            const batch = ++imports;
            const externalIds = Array.from({ length: 20 }, (_, row) => `L${batch}-${row}`);
            (context as ImportContext).externalIds = externalIds;
            const rows = externalIds.map((id) => `Imported ${id},${id},Import ${batch % 7}`);
            return {
              ...request,
              headers: { ...bearer(operator.token), "content-type": "text/csv" },
              body: ["name,student id,group", ...rows].join("\r\n"),
            };
          },
          onResponse: (status, _body, context) => {
            if (status !== 200) return;
            for (const id of (context as ImportContext).externalIds)
              acknowledged.importedExternalIds.add(id);
          },
        },
      ],
    },
    {
      name: "POST /v1/projects/:id/photos",
      share: 10,
      requests: [
        {
          method: "POST",
          path: `/v1/projects/${projectId}/photos`,
          setupRequest: (request) => {
            const { contentType, body } = upload();
            return {
              ...request,
              headers: { ...bearer(photographer.token), "content-type": contentType },
              body,
            };
          },
          onResponse: (status, body) => {
            const id = status < 300 ? parse(body)?.id : undefined;
            if (id) acknowledged.photoIds.add(id);
          },
        },
      ],
    },
    {
      name: "POST gallery.open (access code)",
      share: 5,
      requests: [
        {
          method: "POST",
          path: "/api/trpc/gallery.open",
          setupRequest: (request) => ({
            ...request,
            headers: { ...JSON_TYPE, "x-forwarded-for": someAddress() },
            body: json({ code: code() }),
          }),
        },
      ],
    },
    {
      name: "GET gallery.get",
      share: 15,
      requests: [
        {
          method: "GET",
          path: "/api/trpc/gallery.get",
          setupRequest: (request) => ({ ...request, headers: { cookie: visitor().cookie } }),
        },
      ],
    },
    {
      name: "GET /api/gallery/photos/:id",
      share: 5,
      requests: [
        {
          method: "GET",
          path: "/api/gallery/photos",
          setupRequest: (request) => {
            const { cookie, photoIds } = visitor();
            return {
              ...request,
              path: `/api/gallery/photos/${photoIds[0]}?size=thumb`,
              headers: { cookie },
            };
          },
        },
      ],
    },
    {
      name: "POST gallery.placeOrder",
      share: 10,
      requests: [
        {
          method: "POST",
          path: "/api/trpc/gallery.placeOrder",
          setupRequest: (request) => {
            const { cookie, photoIds } = visitor();
            return {
              ...request,
              headers: { ...JSON_TYPE, cookie },
              // A member without an address of their own gives one at checkout.
              body: json({ packageId, photoIds, acceptTerms: true, email: "load@example.test" }),
            };
          },
          onResponse: (status, body) => {
            const id = status === 200 ? parse(body)?.result?.data?.order?.id : undefined;
            if (id) acknowledged.orderIds.add(id);
          },
        },
      ],
    },
    {
      name: "POST /v1/projects/:id/orders",
      share: 10,
      requests: [
        {
          method: "POST",
          path: `/v1/projects/${projectId}/orders`,
          setupRequest: (request) => ({
            ...request,
            headers: { ...bearer(operator.token), ...JSON_TYPE },
            body: json({ memberId: visitor().memberId, packageId, externalId: `shop-${++sales}` }),
          }),
          onResponse: (status, body) => {
            const id = status < 300 ? parse(body)?.id : undefined;
            if (id) acknowledged.orderIds.add(id);
          },
        },
      ],
    },
  ];
}

export type ScenarioOptions = Pick<Options, "url" | "duration" | "timeout">;
