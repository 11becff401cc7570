import type { Database } from "@/server/db";
import { JOB_SCHEMA } from "@/server/jobs/queue";

/** A job's row in pg-boss's table, as the tests look at it. */
export interface JobRow {
  id: string;
  name: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  data: { job: string; data: unknown };
  retry_count: number;
  retry_backoff: boolean;
  output: { message?: string } | null;
  created_on: Date;
  completed_on: Date | null;
}

const COLUMNS =
  "id, name, state, data, retry_count, retry_backoff, output, created_on, completed_on";

export async function jobById(query: Database["query"], id: string): Promise<JobRow | undefined> {
  const [row] = await query<JobRow>(`SELECT ${COLUMNS} FROM ${JOB_SCHEMA}.job WHERE id = $1`, [id]);
  return row;
}

/** Every job of `job` (a registry name), oldest first. */
export async function jobsNamed(query: Database["query"], job: string): Promise<JobRow[]> {
  return query<JobRow>(
    `SELECT ${COLUMNS} FROM ${JOB_SCHEMA}.job WHERE data->>'job' = $1 ORDER BY created_on`,
    [job],
  );
}
