import { CsvError, parse } from "csv-parse/sync";
import { AppError } from "@/server/errors";
import { textProblem } from "@/server/validation";
import { comparableHeader, KNOWN_HEADERS, ROSTER_FIELDS, type RosterField } from "./roster-headers";

/**
 * Reads a class list, team sheet or guest list as spreadsheets export it: one
 * header line, comma or semicolon separated, quoted fields that may hold
 * separators, quotes and line breaks. Columns are found by their header names
 * (roster-headers.ts: the usual ones in the studio locales' languages, in any
 * case, with or without accents and punctuation) unless a mapping names them. Values are returned
 * as text; checking them is the caller's job.
 */

export { ROSTER_FIELDS, type RosterField } from "./roster-headers";

/** Field to the header of its column; null leaves the field out. */
export type RosterMapping = Partial<Record<RosterField, string | null>>;

export const MAX_ROSTER_ROWS = 20_000;

export interface RosterRow {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  name: string | null;
  email: string | null;
  /** A second address (a parent's or guardian's column), when the row also has its own. */
  email2: string | null;
  externalId: string | null;
  group: string | null;
  /** A yes/no cell as written (checked by the import); null when empty or not read. */
  photoConsent: string | null;
  emailOptOut: string | null;
}

export interface ParsedRoster {
  delimiter: "," | ";";
  headers: string[];
  /** Every field with the header it was read from, or null. */
  mapping: Record<RosterField, string | null>;
  rows: RosterRow[];
}

function unreadable(reason: string): AppError {
  return new AppError("BAD_REQUEST", `The file cannot be read: ${reason}`, {
    fieldErrors: { csv: [reason] },
  });
}

/** Semicolons when the header line has more of them than commas (Excel in much of Europe). */
export function detectDelimiter(headerLine: string): "," | ";" {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

function resolveMapping(
  headers: string[],
  given: RosterMapping,
): Record<RosterField, string | null> {
  const byComparable = new Map<string, string>();
  for (const header of headers) {
    const key = comparableHeader(header);
    if (!byComparable.has(key)) byComparable.set(key, header);
  }
  const mapping = {} as Record<RosterField, string | null>;
  for (const field of ROSTER_FIELDS) {
    const named = given[field];
    if (named === null) {
      mapping[field] = null;
    } else if (named !== undefined) {
      const header = byComparable.get(comparableHeader(named));
      if (!header) {
        throw new AppError("BAD_REQUEST", `mapping.${field}: no column "${named}" in the file`, {
          fieldErrors: { [`mapping.${field}`]: [`no column "${named}" in the file`] },
        });
      }
      mapping[field] = header;
    } else {
      mapping[field] =
        KNOWN_HEADERS[field].map((known) => byComparable.get(known)).find(Boolean) ?? null;
    }
  }
  if (mapping.name && given.firstName === undefined && given.lastName === undefined) {
    const nameGuessed = given.name === undefined;
    if (nameGuessed && mapping.firstName && !mapping.lastName) {
      // "Vorname;Name", "First name,Name": the name column holds the surname.
      mapping.lastName = mapping.name;
      mapping.name = null;
    } else if (nameGuessed && mapping.lastName && !mapping.firstName) {
      mapping.firstName = mapping.name;
      mapping.name = null;
    } else {
      // Otherwise a full-name column wins over first and last names.
      mapping.firstName = null;
      mapping.lastName = null;
    }
  }
  return mapping;
}

/**
 * A file with no column recognised as the name: a 400 on `mapping.name` that
 * lists the file's headers, so that a person or a client can pick one.
 */
function noNameColumn(headers: string[]): AppError {
  const found = headers.map((h) => `"${h}"`).join(", ");
  const reason = `no name column (expected a header such as "name", "full name" or "first name" and "last name"; found ${found}): name it in mapping.name, or mapping.firstName and mapping.lastName`;
  return new AppError("BAD_REQUEST", `The file cannot be read: ${reason}`, {
    fieldErrors: { "mapping.name": [reason] },
    details: { headers },
  });
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Line (1-based) of a position in the text. */
const lineAt = (text: string, index: number) => text.slice(0, index).split("\n").length;

/**
 * Every cell must be text the database can hold, with tabs and line breaks
 * (inside quotes) but no other control characters: the first that is not is a
 * 400 naming its line and column, before anything is read further.
 */
function assertTextCells(records: { record: string[]; info: { lines: number } }[]) {
  const [header] = records;
  for (const { record, info } of records) {
    const breaks = record.reduce((sum, value) => sum + value.split("\n").length - 1, 0);
    record.forEach((value, i) => {
      const problem = textProblem(value, "multi-line");
      if (!problem) return;
      const named = record !== header?.record && header?.record[i]?.trim();
      const column = named && !textProblem(named, "single-line") ? `"${named}"` : i + 1;
      throw unreadable(`line ${info.lines - breaks}, column ${column}: ${problem}`);
    });
  }
}

export function parseRoster(text: string, given: RosterMapping = {}): ParsedRoster {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const nul = normalised.indexOf("\u0000");
  if (nul !== -1) {
    throw unreadable(
      `it is not a text file (save the spreadsheet as CSV): a NUL character on line ${lineAt(normalised, nul)}`,
    );
  }
  // The parser would turn a lone surrogate (only JSON can send one) into U+FFFD unseen.
  const lone = LONE_SURROGATE.exec(normalised);
  if (lone) throw unreadable(`line ${lineAt(normalised, lone.index)}: must be valid Unicode text`);
  const headerLine = normalised.split("\n").find((line) => line.trim() !== "");
  if (headerLine === undefined)
    throw unreadable("it is empty; the first line must name the columns");
  const delimiter = detectDelimiter(headerLine);

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalised, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      to: MAX_ROSTER_ROWS + 2,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) throw unreadable(error.message.replace(/^.*?: /, ""));
    throw error;
  }

  assertTextCells(records);
  const [header, ...body] = records;
  const headers = header!.record.map((h) => h.trim());
  if (body.length > MAX_ROSTER_ROWS) {
    throw new AppError("PAYLOAD_TOO_LARGE", `A file may have at most ${MAX_ROSTER_ROWS} rows`);
  }
  const mapping = resolveMapping(headers, given);
  if (!mapping.name && !mapping.firstName && !mapping.lastName) throw noNameColumn(headers);

  const column = (field: RosterField) => (mapping[field] ? headers.indexOf(mapping[field]) : -1);
  const at = (record: string[], index: number) => {
    const value = index < 0 ? "" : (record[index] ?? "").trim();
    return value === "" ? null : value;
  };
  const index = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, column(f)])) as Record<
    RosterField,
    number
  >;

  const rows = body.map(({ record, info }) => {
    const fullName =
      at(record, index.name) ??
      ([at(record, index.firstName), at(record, index.lastName)].filter(Boolean).join(" ") || null);
    const breaks = record.reduce((sum, value) => sum + value.split("\n").length - 1, 0);
    const own = at(record, index.email);
    const second = at(record, index.email2);
    return {
      line: info.lines - breaks,
      name: fullName,
      email: own ?? second,
      email2: own && second && second.toLowerCase() !== own.toLowerCase() ? second : null,
      externalId: at(record, index.externalId),
      group: at(record, index.group),
      photoConsent: at(record, index.photoConsent),
      emailOptOut: at(record, index.emailOptOut),
    };
  });
  return { delimiter, headers, mapping, rows };
}
