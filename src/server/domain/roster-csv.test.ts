import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { detectDelimiter, MAX_ROSTER_ROWS, parseRoster } from "./roster-csv";

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

const EMPTY = {
  email: null,
  email2: null,
  externalId: null,
  group: null,
  photoConsent: null,
  emailOptOut: null,
};

describe("parseRoster", () => {
  it("reads a comma-separated file with a byte order mark and CRLF lines", () => {
    const roster = parseRoster(
      "\uFEFFName,E-Mail,Student ID,Class\r\nAnn Lee,ann@example.com,S1,4A\r\n",
    );
    expect(roster.delimiter).toBe(",");
    expect(roster.headers).toEqual(["Name", "E-Mail", "Student ID", "Class"]);
    expect(roster.mapping).toMatchObject({
      name: "Name",
      email: "E-Mail",
      externalId: "Student ID",
      group: "Class",
    });
    expect(roster.rows).toEqual([
      {
        line: 2,
        name: "Ann Lee",
        email: "ann@example.com",
        email2: null,
        externalId: "S1",
        group: "4A",
        photoConsent: null,
        emailOptOut: null,
      },
    ]);
  });

  it("reads the yes/no columns as written, in English and German", () => {
    const english = parseRoster("Name,Photo consent,Email opt-out\nAnn,yes,0\nBen,,\n");
    expect(english.mapping).toMatchObject({
      photoConsent: "Photo consent",
      emailOptOut: "Email opt-out",
    });
    expect(
      english.rows.map(({ photoConsent, emailOptOut }) => [photoConsent, emailOptOut]),
    ).toEqual([
      ["yes", "0"],
      [null, null],
    ]);
    const german = parseRoster("Name;Einwilligung Foto;Keine Werbung\nCem;nein;x\n");
    expect(german.mapping).toMatchObject({
      photoConsent: "Einwilligung Foto",
      emailOptOut: "Keine Werbung",
    });
    expect(german.rows[0]).toMatchObject({ photoConsent: "nein", emailOptOut: "x" });
    expect(parseRoster("Name;Fotoerlaubnis\n").mapping.photoConsent).toBe("Fotoerlaubnis");
  });

  it("reads a parent's or guardian's column as the e-mail when empty, else as the second", () => {
    const roster = parseRoster(
      "Name;E-Mail;Eltern E-Mail\nAnn;ann@example.com;mum@example.com\nBen;;dad@example.com\n" +
        "Cy;cy@example.com;CY@example.com\nDo;;\n",
    );
    expect(roster.mapping).toMatchObject({ email: "E-Mail", email2: "Eltern E-Mail" });
    expect(roster.rows.map(({ email, email2 }) => [email, email2])).toEqual([
      ["ann@example.com", "mum@example.com"],
      ["dad@example.com", null],
      ["cy@example.com", null],
      [null, null],
    ]);
    for (const header of [
      "parent email",
      "Guardian E-mail",
      "E-Mail Eltern",
      "email2",
      "Second email",
    ]) {
      expect(parseRoster(`name,${header}\nAnn,p@example.com\n`).rows[0]).toMatchObject({
        email: "p@example.com",
        email2: null,
      });
      expect(
        parseRoster(`name,email,${header}\nAnn,a@example.com,p@example.com\n`).rows[0],
      ).toMatchObject({
        email: "a@example.com",
        email2: "p@example.com",
      });
    }
  });

  it("detects semicolons from the header line", () => {
    expect(detectDelimiter("Name;Klasse;Note, extra")).toBe(";");
    expect(detectDelimiter("name,group")).toBe(",");
    const roster = parseRoster("full name;team\nŁucja Wróbel;Blue\n");
    expect(roster.delimiter).toBe(";");
    expect(roster.rows[0]).toMatchObject({ name: "Łucja Wróbel", group: "Blue" });
  });

  it("joins first and last names", () => {
    const roster = parseRoster("First Name,Last Name,team\nAnn,Lee,Red\n,Solo,Red\n");
    expect(roster.rows.map((r) => r.name)).toEqual(["Ann Lee", "Solo"]);
  });

  it("keeps quoted separators, quotes and line breaks, and numbers rows by their first line", () => {
    const text = 'name,group\n"Lee, Ann","4""A"\n\n"Two\nLines",5B\nLast,6C\n';
    const roster = parseRoster(text);
    expect(roster.rows).toMatchObject([
      { line: 2, name: "Lee, Ann", group: '4"A' },
      { line: 4, name: "Two\nLines", group: "5B" },
      { line: 6, name: "Last", group: "6C" },
    ]);
  });

  it("leaves missing and empty cells null", () => {
    const roster = parseRoster("name,email,group\nAnn\nBen, ,\n");
    expect(roster.rows).toEqual([
      { line: 2, name: "Ann", ...EMPTY },
      { line: 3, name: "Ben", ...EMPTY },
    ]);
  });

  it("follows a mapping over the synonyms, in any case", () => {
    const roster = parseRoster("Pupil,Mail,Form,ID\nAnn,a@example.com,4A,7\n", {
      name: "pupil",
      group: null,
      externalId: "id",
    });
    expect(roster.mapping).toMatchObject({ name: "Pupil", group: null, externalId: "ID" });
    expect(roster.rows[0]).toMatchObject({ name: "Ann", group: null, externalId: "7" });
  });

  it("refuses a mapping that names a column the file lacks", () => {
    const error = failure(() => parseRoster("name\nAnn\n", { group: "Klasse" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual({ "mapping.group": ['no column "Klasse" in the file'] });
  });

  it("says why a file cannot be read", () => {
    expect(failure(() => parseRoster("")).message).toMatch(/empty/);
    expect(failure(() => parseRoster("group,email\n4A,a@example.com\n")).message).toMatch(
      /no name column.*"group", "email"/,
    );
    expect(failure(() => parseRoster("PK\u0003\u0004\u0000\u0000")).message).toMatch(
      /not a text file/,
    );
    expect(failure(() => parseRoster('name\n"Ann\n')).message).toMatch(/opening quote at line 2/);
  });

  it("names mapping.name and lists the headers when no column holds names, and reads the file once mapped", () => {
    const text = "Nr;Kind*in;Klasse\n1;Jürgen Müller;4a\n";
    const error = failure(() => parseRoster(text));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fieldErrors!)).toEqual(["mapping.name"]);
    expect(error.fieldErrors!["mapping.name"]![0]).toMatch(
      /no name column.*"Nr", "Kind\*in", "Klasse"/,
    );
    expect(error.details).toEqual({ headers: ["Nr", "Kind*in", "Klasse"] });
    const mapped = parseRoster(text, { name: "Kind*in" });
    expect(mapped.mapping).toMatchObject({ name: "Kind*in", externalId: "Nr", group: "Klasse" });
    expect(mapped.rows[0]).toMatchObject({ name: "Jürgen Müller", externalId: "1", group: "4a" });
  });

  it("refuses a cell that is not text, naming its line and column", () => {
    const control = failure(() => parseRoster("name,group\nBen,4a\nCleo,4\u0001b\n"));
    expect(control.code).toBe("BAD_REQUEST");
    expect(control.fieldErrors!.csv![0]).toMatch(/^line 3, column "group": .*control/);
    expect(failure(() => parseRoster("name,notes\nBen,ok\nCleo,\ud800\n")).message).toMatch(
      /line 3: must be valid Unicode text/,
    );
    expect(failure(() => parseRoster("name,\u0002\nBen,x\n")).message).toMatch(
      /line 1, column 2: /,
    );
    expect(failure(() => parseRoster("name\nBen\nCl\u0000eo\n")).message).toMatch(
      /not a text file.*line 3/,
    );
  });

  it("keeps tabs and line breaks inside quoted cells", () => {
    const roster = parseRoster('name,group\n"Ann\tBaker","4\na"\n');
    expect(roster.rows[0]).toMatchObject({ name: "Ann\tBaker", group: "4\na" });
  });

  it(`refuses more than ${MAX_ROSTER_ROWS} rows`, () => {
    const text = `name\n${"x\n".repeat(MAX_ROSTER_ROWS)}`;
    expect(parseRoster(text).rows).toHaveLength(MAX_ROSTER_ROWS);
    expect(failure(() => parseRoster(`${text}y\n`)).code).toBe("PAYLOAD_TOO_LARGE");
  });
});
