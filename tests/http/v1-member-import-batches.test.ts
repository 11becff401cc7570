import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient, ApiResponse } from "../support/api-client";
import { createProject, type Studio, withTwoStudios } from "../support/backoffice";

/**
 * A big roster import commits batch by batch, so it never holds the database
 * (all of it, on the embedded one) for its whole length, and a studio runs one
 * import at a time, whichever instance each request reaches.
 */

let studio: Studio;
let rival: Studio;

beforeAll(async () => {
  ({ studio, rival } = await withTwoStudios());
});

const ROWS = 6000;

function roster(count: number, prefix = "Pupil") {
  const lines = ["name,student id,class"];
  for (let i = 1; i <= count; i++) lines.push(`${prefix} ${i},ID-${i},${i % 2 ? "4A" : "4B"}`);
  return lines.join("\n");
}

function importCsv(client: ApiClient, projectId: string, csv: string): Promise<ApiResponse> {
  return client.post(`/v1/projects/${projectId}/members/import`, undefined, {
    rawBody: csv,
    headers: { "content-type": "text/csv" },
  });
}

const total = async (client: ApiClient, projectId: string) => {
  const response = await client.get(`/v1/projects/${projectId}/members?limit=1`);
  expect(response.status).toBe(200);
  return response.body.total as number;
};

/** Starts a big import and waits until its first batches are visible to other requests. */
async function startBigImport(projectId: string) {
  let done = false;
  const answer = importCsv(studio.client, projectId, roster(ROWS)).finally(() => (done = true));
  let seen = 0;
  while (seen === 0 && !done) seen = await total(studio.client, projectId);
  return { answer, seen, running: () => !done };
}

describe("POST /v1/projects/:projectId/members/import of a big file", () => {
  it("commits batch by batch: the project fills while it runs, another studio's write is answered meanwhile, and the report is exact", async () => {
    const project = await createProject(studio.client, { name: "Big school" });
    const theirs = await createProject(rival.client, { name: "Their shoot" });

    const big = await startBigImport(project.id);
    expect(big.seen).toBeGreaterThan(0);
    expect(big.seen).toBeLessThan(ROWS);
    const write = await rival.client.post(`/v1/projects/${theirs.id}/members`, {
      name: "Meanwhile",
    });
    expect(write.status).toBe(201);
    expect(big.running()).toBe(true);

    const answer = await big.answer;
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toMatchObject({ created: ROWS, updated: 0, unchanged: 0, errors: [] });
    expect(await total(studio.client, project.id)).toBe(ROWS);
  });

  it("answers a second import of the same studio 429 with Retry-After while it runs, and takes the next one after it", async () => {
    const project = await createProject(studio.client, { name: "Big club" });
    const other = await createProject(studio.client, { name: "Small club" });
    const theirs = await createProject(rival.client, { name: "Their club" });

    const big = await startBigImport(project.id);
    const [second, rivals] = await Promise.all([
      importCsv(studio.client, other.id, roster(3)),
      importCsv(rival.client, theirs.id, roster(3)),
    ]);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(second.body).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Another member import of this studio is running; try again when it has finished",
    });
    expect(rivals.status).toBe(200);
    expect(await total(studio.client, other.id)).toBe(0);

    expect((await big.answer).body).toMatchObject({ created: ROWS });
    const next = await importCsv(studio.client, other.id, roster(3));
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ created: 3 });
  });
});
