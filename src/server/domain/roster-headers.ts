/**
 * The column headers a class list, team sheet or guest list uses for each
 * field, in the languages of the studio locales (src/lib/choices.ts). Headers
 * are compared by `comparableHeader`: case, accents, spaces and punctuation do
 * not count, so "E-Mail", "email" and "e mail" are one header, as are
 * "Schüler-Nr.", "Schuler Nr" and "SCHÜLERNR".
 */

export const ROSTER_FIELDS = [
  "name",
  "firstName",
  "lastName",
  "email",
  "email2",
  "externalId",
  "group",
  "photoConsent",
  "emailOptOut",
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Yes/no columns: headers known in English and German only, so far. */
type ConsentField = "photoConsent" | "emailOptOut";
type FieldWords = Record<Exclude<RosterField, ConsentField>, string[]> &
  Partial<Record<ConsentField, string[]>>;

export const HEADER_LANGUAGES = [
  "en",
  "de",
  "fr",
  "es",
  "it",
  "nl",
  "pt",
  "pl",
  "cs",
  "sv",
  "da",
  "nb",
  "fi",
  "tr",
  "ja",
  "ko",
  "zh",
] as const;
export type HeaderLanguage = (typeof HEADER_LANGUAGES)[number];

/**
 * Per language and field, the usual headers, the more specific first: when a
 * file has two headers of one field, the one listed first is read. A lone
 * surname word ("Nom", "Nachname") is a last name; a "name" column next to a
 * first-name column is read as the last name (see roster-csv.ts).
 * `email2` is a parent's or guardian's address. A header that means different
 * fields in two languages is left out (名字: a surname in Japanese, a name in
 * Chinese).
 */
export const HEADER_WORDS: Record<HeaderLanguage, FieldWords> = {
  en: {
    name: [
      "name",
      "full name",
      "student name",
      "member name",
      "pupil name",
      "pupil",
      "student",
      "participant",
    ],
    firstName: ["first name", "first names", "given name", "forename"],
    lastName: ["last name", "surname", "family name"],
    email: ["email", "email address", "mail"],
    email2: [
      "email2",
      "email 2",
      "second email",
      "parent email",
      "parents email",
      "parent/guardian email",
      "guardian email",
      "parent email address",
    ],
    externalId: [
      "student id",
      "external id",
      "member id",
      "pupil id",
      "student number",
      "id",
      "no",
      "number",
    ],
    group: [
      "group",
      "class",
      "team",
      "form",
      "homeroom",
      "class name",
      "group name",
      "tutor group",
    ],
    photoConsent: [
      "photo consent",
      "photography consent",
      "consent to photos",
      "may be photographed",
      "photo permission",
      "consent",
    ],
    emailOptOut: [
      "email opt-out",
      "email opt out",
      "opt-out",
      "opt out",
      "no marketing emails",
      "no marketing",
      "unsubscribed",
    ],
  },
  de: {
    name: [
      "Name",
      "Vollständiger Name",
      "Schülername",
      "Schüler",
      "Schueler",
      "Schüler/in",
      "Teilnehmer",
      "Teilnehmer/in",
      "Mitglied",
      "Kind",
      "Name des Kindes",
    ],
    firstName: ["Vorname", "Vornamen", "Rufname"],
    lastName: ["Nachname", "Familienname", "Zuname"],
    email: ["E-Mail", "E-Mail-Adresse", "Mailadresse"],
    email2: [
      "E-Mail Eltern",
      "Eltern-E-Mail",
      "E-Mail der Eltern",
      "E-Mail-Adresse Eltern",
      "E-Mail Erziehungsberechtigte",
      "E-Mail Erziehungsberechtigter",
      "E-Mail Erziehungsberechtigte(r)",
      "E-Mail der Erziehungsberechtigten",
      "Erziehungsberechtigte E-Mail",
      "E-Mail Sorgeberechtigte",
      "Mail Eltern",
      "Elternmail",
    ],
    externalId: [
      "Schüler-Nr",
      "Schülernummer",
      "Schüler-ID",
      "Schueler-Nr",
      "Schuelernummer",
      "Mitgliedsnummer",
      "Mitglieds-Nr",
      "Kennung",
      "Nr",
      "Nummer",
      "ID",
    ],
    group: ["Klasse", "Gruppe", "Kurs", "Lerngruppe", "Mannschaft", "Team"],
    photoConsent: [
      "Fotoerlaubnis",
      "Einwilligung Foto",
      "Einwilligung Fotos",
      "Fotoeinwilligung",
      "Foto-Einverständnis",
      "Einverständnis Foto",
      "Darf fotografiert werden",
      "Einwilligung",
    ],
    emailOptOut: ["Keine Werbung", "Keine Werbe-E-Mails", "Werbewiderspruch", "Abgemeldet"],
  },
  fr: {
    name: [
      "Nom complet",
      "Nom et prénom",
      "Prénom et nom",
      "Nom de l'élève",
      "Élève",
      "Participant",
    ],
    firstName: ["Prénom"],
    lastName: ["Nom", "Nom de famille"],
    email: ["Courriel", "Adresse e-mail", "Adresse électronique", "Adresse courriel", "Mél"],
    email2: [
      "E-mail des parents",
      "Courriel des parents",
      "E-mail parent",
      "Courriel parent",
      "E-mail du responsable légal",
      "Courriel du responsable légal",
      "E-mail responsable",
    ],
    externalId: ["Numéro d'élève", "Identifiant", "INE", "Matricule", "Numéro", "N°"],
    group: ["Classe", "Groupe", "Division", "Équipe", "Cours"],
  },
  es: {
    name: [
      "Nombre completo",
      "Nombre y apellidos",
      "Apellidos y nombre",
      "Nombre del alumno",
      "Alumno",
      "Alumna",
      "Participante",
    ],
    firstName: ["Nombre", "Nombres"],
    lastName: ["Apellidos", "Apellido"],
    email: ["Correo electrónico", "Correo", "Correo-e", "E-mail"],
    email2: [
      "Correo electrónico de los padres",
      "Correo de los padres",
      "Correo padres",
      "Email padres",
      "Correo del tutor",
      "Correo electrónico del tutor",
      "Email tutor",
    ],
    externalId: ["Número de alumno", "NIA", "Matrícula", "Identificador", "Código", "Número", "Nº"],
    group: ["Clase", "Grupo", "Curso", "Equipo"],
  },
  it: {
    name: [
      "Nome completo",
      "Nome e cognome",
      "Cognome e nome",
      "Alunno",
      "Alunna",
      "Studente",
      "Partecipante",
    ],
    firstName: ["Nome"],
    lastName: ["Cognome"],
    email: ["Posta elettronica", "Indirizzo email", "E-mail"],
    email2: [
      "Email genitore",
      "Email genitori",
      "E-mail dei genitori",
      "Email del genitore",
      "Email tutore",
    ],
    externalId: ["Matricola", "Codice", "Numero", "N."],
    group: ["Classe", "Sezione", "Gruppo", "Corso", "Squadra"],
  },
  nl: {
    name: ["Naam", "Volledige naam", "Naam leerling", "Leerling", "Deelnemer"],
    firstName: ["Voornaam", "Roepnaam"],
    lastName: ["Achternaam", "Familienaam"],
    email: ["E-mailadres", "E-mail"],
    email2: [
      "E-mail ouders",
      "E-mailadres ouders",
      "E-mail ouder",
      "E-mail ouder/verzorger",
      "E-mailadres ouder/verzorger",
      "E-mail verzorger",
    ],
    externalId: ["Leerlingnummer", "Leerling-ID", "Lidnummer", "Nummer", "Nr"],
    group: ["Klas", "Groep", "Team", "Cursus"],
  },
  pt: {
    name: ["Nome completo", "Nome do aluno", "Aluno", "Aluna", "Participante"],
    firstName: ["Nome", "Primeiro nome", "Prenome"],
    lastName: ["Apelido", "Sobrenome", "Último nome"],
    email: ["E-mail", "Endereço de e-mail", "Correio eletrónico", "Correio eletrônico"],
    email2: [
      "Email do encarregado de educação",
      "Email encarregado de educação",
      "Email dos pais",
      "Email pais",
      "Email do responsável",
      "E-mail responsável",
    ],
    externalId: ["Número de aluno", "Matrícula", "Processo", "Número", "Nº"],
    group: ["Turma", "Classe", "Grupo", "Equipa", "Equipe", "Curso"],
  },
  pl: {
    name: ["Imię i nazwisko", "Nazwisko i imię", "Uczeń", "Uczestnik"],
    firstName: ["Imię"],
    lastName: ["Nazwisko"],
    email: ["E-mail", "Adres e-mail", "Poczta"],
    email2: ["E-mail rodzica", "E-mail rodziców", "Adres e-mail rodzica", "E-mail opiekuna"],
    externalId: ["Numer ucznia", "Identyfikator", "Numer", "Nr"],
    group: ["Klasa", "Grupa", "Drużyna", "Kurs"],
  },
  cs: {
    name: ["Jméno a příjmení", "Celé jméno", "Žák", "Účastník"],
    firstName: ["Jméno"],
    lastName: ["Příjmení"],
    email: ["E-mail", "E-mailová adresa"],
    email2: ["E-mail rodiče", "E-mail rodičů", "E-mail zákonného zástupce"],
    externalId: ["Číslo žáka", "Evidenční číslo", "Číslo", "Č."],
    group: ["Třída", "Skupina", "Tým", "Kurz"],
  },
  sv: {
    name: ["Namn", "Fullständigt namn", "Elevnamn", "Elev", "Deltagare"],
    firstName: ["Förnamn", "Tilltalsnamn"],
    lastName: ["Efternamn"],
    email: ["E-post", "E-postadress", "Mejl"],
    email2: [
      "E-post vårdnadshavare",
      "Vårdnadshavares e-post",
      "E-post förälder",
      "Förälders e-post",
    ],
    externalId: ["Elevnummer", "Elev-ID", "Nummer", "Nr"],
    group: ["Klass", "Grupp", "Lag", "Kurs"],
  },
  da: {
    name: ["Navn", "Fulde navn", "Fuldt navn", "Elev", "Deltager"],
    firstName: ["Fornavn"],
    lastName: ["Efternavn"],
    email: ["E-mail", "E-mailadresse"],
    email2: ["E-mail forældre", "Forældres e-mail", "E-mail forælder", "Forælders e-mail"],
    externalId: ["Elevnummer", "Nummer", "Nr"],
    group: ["Klasse", "Gruppe", "Hold"],
  },
  nb: {
    name: ["Navn", "Fullt navn", "Elev", "Deltaker"],
    firstName: ["Fornavn"],
    lastName: ["Etternavn"],
    email: ["E-post", "E-postadresse"],
    email2: [
      "E-post foresatte",
      "E-post foresatt",
      "Foresattes e-post",
      "E-post foreldre",
      "Foreldres e-post",
    ],
    externalId: ["Elevnummer", "Nummer", "Nr"],
    group: ["Klasse", "Gruppe", "Lag"],
  },
  fi: {
    name: ["Nimi", "Koko nimi", "Oppilaan nimi", "Oppilas", "Osallistuja"],
    firstName: ["Etunimi", "Etunimet"],
    lastName: ["Sukunimi"],
    email: ["Sähköposti", "Sähköpostiosoite"],
    email2: ["Huoltajan sähköposti", "Huoltajan sähköpostiosoite", "Vanhemman sähköposti"],
    externalId: ["Oppilasnumero", "Tunnus", "Numero", "Nro"],
    group: ["Luokka", "Ryhmä", "Joukkue", "Kurssi"],
  },
  tr: {
    name: [
      "Ad Soyad",
      "Adı Soyadı",
      "Ad Soyadı",
      "İsim Soyisim",
      "Öğrenci adı",
      "Öğrenci",
      "Katılımcı",
    ],
    firstName: ["Ad", "Adı", "İsim"],
    lastName: ["Soyad", "Soyadı", "Soyisim"],
    email: ["E-posta", "E-posta adresi"],
    email2: ["Veli e-posta", "Veli e-postası", "Velinin e-postası"],
    externalId: ["Öğrenci numarası", "Öğrenci no", "Okul no", "Numara"],
    group: ["Sınıf", "Şube", "Sınıf/Şube", "Grup", "Takım"],
  },
  ja: {
    name: ["氏名", "名前", "生徒名", "児童名", "参加者"],
    firstName: ["名"],
    lastName: ["姓", "苗字"],
    email: ["メールアドレス", "メール", "Eメール", "電子メール"],
    email2: ["保護者メールアドレス", "保護者のメールアドレス", "保護者メール"],
    externalId: ["生徒番号", "学籍番号", "出席番号", "番号"],
    group: ["クラス", "学級", "組", "グループ", "チーム"],
  },
  ko: {
    name: ["이름", "성명", "학생 이름", "학생명", "참가자"],
    firstName: [],
    lastName: ["성"],
    email: ["이메일", "이메일 주소", "전자우편", "메일"],
    email2: ["보호자 이메일", "학부모 이메일"],
    externalId: ["학번", "학생 번호", "번호"],
    group: ["반", "학급", "그룹", "팀"],
  },
  zh: {
    name: ["姓名", "学生姓名", "学生", "参加者"],
    firstName: ["名"],
    lastName: ["姓"],
    email: ["电子邮件", "电子邮箱", "邮箱", "邮件", "邮箱地址"],
    email2: ["家长邮箱", "家长电子邮件", "监护人邮箱"],
    externalId: ["学号", "编号", "序号"],
    group: ["班级", "班", "小组", "组", "队"],
  },
};

/** Letters that neither case nor Unicode decomposition turn into plain Latin. */
const FOLDED: Record<string, string> = {
  ß: "ss",
  ı: "i",
  ł: "l",
  ø: "o",
  æ: "ae",
  œ: "oe",
  đ: "d",
};

/** A header as compared: lower case, without accents, spaces or punctuation. */
export function comparableHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßıłøæœđ]/g, (letter) => FOLDED[letter]!)
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Per field, every known header in comparable form, in order of preference:
 * each language's first choices before any language's second ones, so that a
 * specific header ("Schüler-Nr") wins over a general one ("ID") in any file.
 */
export const KNOWN_HEADERS = Object.fromEntries(
  ROSTER_FIELDS.map((field) => {
    const ranked = HEADER_LANGUAGES.flatMap((language) =>
      (HEADER_WORDS[language][field] ?? []).map((header, rank) => ({ rank, header })),
    ).sort((a, b) => a.rank - b.rank);
    return [field, [...new Set(ranked.map(({ header }) => comparableHeader(header)))]];
  }),
) as Record<RosterField, string[]>;
