import type { RouterOutputs } from "@/trpc/react";

type Report = RouterOutputs["members"]["import"];
export type ImportField = keyof Report["mapping"];
export type ColumnMapping = Report["mapping"];

/** What a failed check of the file said: the server's field errors and details. */
export interface CheckFailure {
  fieldErrors?: Record<string, string[]> | null;
  details?: Record<string, unknown> | null;
}

export interface ColumnsToPick {
  headers: string[];
  mapping: ColumnMapping;
  /** No column is read as the name yet: the person has to pick one before anything imports. */
  nameMissing: boolean;
}

/** A mapping that reads no column. */
export const NO_COLUMNS: ColumnMapping = {
  name: null,
  firstName: null,
  lastName: null,
  email: null,
  email2: null,
  externalId: null,
  group: null,
  photoConsent: null,
  emailOptOut: null,
};

function headersOf(failure: CheckFailure): string[] | null {
  const headers = failure.details?.headers;
  return Array.isArray(headers) && headers.every((h) => typeof h === "string") ? headers : null;
}

/**
 * The column pickers of the import dialog, from the last check of the file:
 * the columns the server read it with; or, when it found no name column, the
 * file's headers with what the person picked so far, so that they can pick the
 * name (an import never dead-ends). Null when there is nothing to pick from:
 * no file yet, or a file that cannot be read at all.
 */
export function columnsToPick(
  report: Pick<Report, "headers" | "mapping"> | undefined,
  failure: CheckFailure | null | undefined,
  chosen: Partial<ColumnMapping> | undefined,
): ColumnsToPick | null {
  if (report) return { headers: report.headers, mapping: report.mapping, nameMissing: false };
  if (!failure?.fieldErrors?.["mapping.name"]) return null;
  const headers = headersOf(failure);
  if (!headers) return null;
  const picked = { ...NO_COLUMNS, ...chosen };
  const mapping = Object.fromEntries(
    Object.entries(picked).map(([field, header]) => [
      field,
      header && headers.includes(header) ? header : null,
    ]),
  ) as ColumnMapping;
  return { headers, mapping, nameMissing: true };
}
