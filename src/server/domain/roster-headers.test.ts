import { describe, expect, it } from "vitest";
import { parseRoster } from "./roster-csv";
import {
  comparableHeader,
  HEADER_LANGUAGES,
  type HeaderLanguage,
  KNOWN_HEADERS,
  ROSTER_FIELDS,
} from "./roster-headers";

/** A class list's header line as a school in each language writes it, and the fields it holds. */
const CLASS_LISTS: Record<HeaderLanguage, { header: string; fields: Record<string, string> }> = {
  en: {
    header: "No,First name,Surname,Class,Email,Parent email",
    fields: {
      externalId: "No",
      firstName: "First name",
      lastName: "Surname",
      group: "Class",
      email: "Email",
      email2: "Parent email",
    },
  },
  de: {
    header: "Schüler-Nr;Vorname;Nachname;Klasse;E-Mail;E-Mail Erziehungsberechtigte",
    fields: {
      externalId: "Schüler-Nr",
      firstName: "Vorname",
      lastName: "Nachname",
      group: "Klasse",
      email: "E-Mail",
      email2: "E-Mail Erziehungsberechtigte",
    },
  },
  fr: {
    header: "N°;Prénom;Nom;Classe;Courriel;Courriel des parents",
    fields: {
      externalId: "N°",
      firstName: "Prénom",
      lastName: "Nom",
      group: "Classe",
      email: "Courriel",
      email2: "Courriel des parents",
    },
  },
  es: {
    header: "Nº;Nombre;Apellidos;Curso;Correo electrónico;Correo de los padres",
    fields: {
      externalId: "Nº",
      firstName: "Nombre",
      lastName: "Apellidos",
      group: "Curso",
      email: "Correo electrónico",
      email2: "Correo de los padres",
    },
  },
  it: {
    header: "Matricola;Nome;Cognome;Classe;Email;Email genitori",
    fields: {
      externalId: "Matricola",
      firstName: "Nome",
      lastName: "Cognome",
      group: "Classe",
      email: "Email",
      email2: "Email genitori",
    },
  },
  nl: {
    header: "Leerlingnummer;Voornaam;Achternaam;Klas;E-mailadres;E-mail ouders",
    fields: {
      externalId: "Leerlingnummer",
      firstName: "Voornaam",
      lastName: "Achternaam",
      group: "Klas",
      email: "E-mailadres",
      email2: "E-mail ouders",
    },
  },
  pt: {
    header: "Número;Nome;Apelido;Turma;E-mail;Email do encarregado de educação",
    fields: {
      externalId: "Número",
      firstName: "Nome",
      lastName: "Apelido",
      group: "Turma",
      email: "E-mail",
      email2: "Email do encarregado de educação",
    },
  },
  pl: {
    header: "Nr;Imię;Nazwisko;Klasa;E-mail;E-mail rodzica",
    fields: {
      externalId: "Nr",
      firstName: "Imię",
      lastName: "Nazwisko",
      group: "Klasa",
      email: "E-mail",
      email2: "E-mail rodzica",
    },
  },
  cs: {
    header: "Číslo;Jméno;Příjmení;Třída;E-mail;E-mail zákonného zástupce",
    fields: {
      externalId: "Číslo",
      firstName: "Jméno",
      lastName: "Příjmení",
      group: "Třída",
      email: "E-mail",
      email2: "E-mail zákonného zástupce",
    },
  },
  sv: {
    header: "Elevnummer;Förnamn;Efternamn;Klass;E-post;E-post vårdnadshavare",
    fields: {
      externalId: "Elevnummer",
      firstName: "Förnamn",
      lastName: "Efternamn",
      group: "Klass",
      email: "E-post",
      email2: "E-post vårdnadshavare",
    },
  },
  da: {
    header: "Nr;Fornavn;Efternavn;Klasse;E-mail;Forældres e-mail",
    fields: {
      externalId: "Nr",
      firstName: "Fornavn",
      lastName: "Efternavn",
      group: "Klasse",
      email: "E-mail",
      email2: "Forældres e-mail",
    },
  },
  nb: {
    header: "Elevnummer;Fornavn;Etternavn;Klasse;E-post;E-post foresatte",
    fields: {
      externalId: "Elevnummer",
      firstName: "Fornavn",
      lastName: "Etternavn",
      group: "Klasse",
      email: "E-post",
      email2: "E-post foresatte",
    },
  },
  fi: {
    header: "Oppilasnumero;Etunimi;Sukunimi;Luokka;Sähköposti;Huoltajan sähköposti",
    fields: {
      externalId: "Oppilasnumero",
      firstName: "Etunimi",
      lastName: "Sukunimi",
      group: "Luokka",
      email: "Sähköposti",
      email2: "Huoltajan sähköposti",
    },
  },
  tr: {
    header: "Öğrenci No;Adı;Soyadı;Sınıf;E-posta;Veli e-posta",
    fields: {
      externalId: "Öğrenci No",
      firstName: "Adı",
      lastName: "Soyadı",
      group: "Sınıf",
      email: "E-posta",
      email2: "Veli e-posta",
    },
  },
  ja: {
    header: "出席番号,名,姓,クラス,メールアドレス,保護者メールアドレス",
    fields: {
      externalId: "出席番号",
      firstName: "名",
      lastName: "姓",
      group: "クラス",
      email: "メールアドレス",
      email2: "保護者メールアドレス",
    },
  },
  ko: {
    header: "번호,성,이름,반,이메일,보호자 이메일",
    fields: {
      externalId: "번호",
      firstName: "이름",
      lastName: "성",
      group: "반",
      email: "이메일",
      email2: "보호자 이메일",
    },
  },
  zh: {
    header: "学号,姓名,班级,邮箱,家长邮箱",
    fields: { externalId: "学号", name: "姓名", group: "班级", email: "邮箱", email2: "家长邮箱" },
  },
};

describe("class list headers", () => {
  it.each(HEADER_LANGUAGES)("reads a class list's columns in %s", (language) => {
    const { header, fields } = CLASS_LISTS[language];
    const { mapping } = parseRoster(`${header}\n`);
    const expected = Object.fromEntries(
      ROSTER_FIELDS.map((field) => [field, fields[field] ?? null]),
    );
    expect(mapping).toEqual(expected);
  });

  it("reads the German class list of the issue, with any case, accents and separators", () => {
    expect(parseRoster("Nr;Vorname;Nachname;Klasse\n").mapping).toMatchObject({
      externalId: "Nr",
      firstName: "Vorname",
      lastName: "Nachname",
      group: "Klasse",
    });
    const loose = parseRoster("SCHUELER NR;vorname;NACH-NAME;gruppe;Email;Eltern-E-Mail\n");
    expect(loose.mapping).toMatchObject({
      externalId: "SCHUELER NR",
      firstName: "vorname",
      lastName: "NACH-NAME",
      group: "gruppe",
      email: "Email",
      email2: "Eltern-E-Mail",
    });
    for (const header of ["Schüler-Nr.", "Schuler Nr", "SCHÜLERNR", "schüler_nr"]) {
      expect(comparableHeader(header)).toBe("schulernr");
    }
    expect(parseRoster("Name;Kurs;Mail\n").mapping).toMatchObject({
      name: "Name",
      group: "Kurs",
      email: "Mail",
    });
    expect(parseRoster("Name;Schülernummer;ID\n").mapping.externalId).toBe("Schülernummer");
  });

  it("reads a name column beside a first-name column as the surname", () => {
    const roster = parseRoster("Nr;Name;Vorname;Klasse\n1;Müller;Jürgen;4a\n");
    expect(roster.mapping).toMatchObject({ name: null, firstName: "Vorname", lastName: "Name" });
    expect(roster.rows[0]).toMatchObject({ name: "Jürgen Müller", externalId: "1", group: "4a" });
  });

  it("gives no header to two fields", () => {
    const fieldOf = new Map<string, string>();
    for (const field of ROSTER_FIELDS) {
      for (const header of KNOWN_HEADERS[field]) {
        expect(fieldOf.get(header) ?? field, `"${header}"`).toBe(field);
        fieldOf.set(header, field);
      }
    }
  });
});
