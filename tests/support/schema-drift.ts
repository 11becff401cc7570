import { createRequire } from "node:module";
import type { SqlSession } from "@/server/db/connection";

/**
 * Compares what schema.prisma declares with what the migrations built, without
 * Prisma's native schema engine: the schema is read with Prisma's own schema
 * parser (WebAssembly), the database from pg_catalog. Both sides become lists of
 * plain descriptions ("column photos.file_name text NOT NULL", "index photos
 * (operator_id, project_id, photographer_id)") and the drift is the difference.
 * Hand-written CHECK constraints are outside Prisma's language and not compared.
 */

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  hasDefaultValue: boolean;
  default?: { name: string } | string | number | boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  isUpdatedAt: boolean;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
}

interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}

interface Datamodel {
  models: DmmfModel[];
  enums: { name: string; dbName?: string | null }[];
  indexes: DmmfIndex[];
}

export function parseSchema(schema: string): Datamodel {
  const wasm = createRequire(import.meta.url)("@prisma/prisma-schema-wasm") as {
    get_dmmf(params: string): string;
  };
  const dmmf = JSON.parse(
    wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] })),
  );
  return dmmf.datamodel as Datamodel;
}

const PRISMA_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Json: "jsonb",
  Bytes: "bytea",
};

function nativeTypeName([name, args]: [string, string[]]): string {
  const withArgs = (sqlName: string) => (args.length ? `${sqlName}(${args.join(",")})` : sqlName);
  switch (name) {
    case "Uuid":
      return "uuid";
    case "Text":
      return "text";
    case "VarChar":
      return withArgs("character varying");
    case "Char":
      return withArgs("character");
    case "Timestamptz":
      return `timestamp(${args[0] ?? 6}) with time zone`;
    case "Timestamp":
      return `timestamp(${args[0] ?? 6}) without time zone`;
    case "Date":
      return "date";
    case "Integer":
      return "integer";
    case "SmallInt":
      return "smallint";
    case "BigInt":
      return "bigint";
    case "DoublePrecision":
      return "double precision";
    case "Decimal":
      return withArgs("numeric");
    case "JsonB":
      return "jsonb";
    case "Citext":
      return "citext";
    default:
      return name.toLowerCase();
  }
}

const CLIENT_SIDE_DEFAULTS = new Set(["uuid", "cuid", "nanoid", "ulid"]);
const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

/** Everything schema.prisma says the database should contain. */
export function expectedFromSchema(datamodel: Datamodel): string[] {
  const out: string[] = [];
  const tableOf = new Map(
    datamodel.models.map((model) => [model.name, model.dbName ?? model.name]),
  );
  const enumTypes = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  for (const model of datamodel.models) {
    const table = tableOf.get(model.name)!;
    const column = (fieldName: string) => {
      const field = model.fields.find((f) => f.name === fieldName)!;
      return field.dbName ?? field.name;
    };
    out.push(`table ${table}`);
    for (const field of model.fields) {
      if (field.kind !== "scalar" && field.kind !== "enum") continue;
      const type = field.nativeType
        ? nativeTypeName(field.nativeType)
        : (enumTypes.get(field.type) ?? PRISMA_TYPES[field.type] ?? field.type);
      const dbDefault =
        field.hasDefaultValue &&
        !(typeof field.default === "object" && CLIENT_SIDE_DEFAULTS.has(field.default.name));
      out.push(
        `column ${table}.${field.dbName ?? field.name} ${type}${field.isList ? "[]" : ""}` +
          // Prisma Migrate leaves scalar lists nullable in the database.
          `${field.isRequired && !field.isList ? " NOT NULL" : ""}${dbDefault ? " DEFAULT" : ""}`,
      );
    }
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const target = datamodel.models.find((m) => m.name === field.type)!;
      const targetColumns = field.relationToFields!.map((name) => {
        const targetField = target.fields.find((f) => f.name === name)!;
        return targetField.dbName ?? targetField.name;
      });
      const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
      const onUpdate = field.relationOnUpdate ?? "Cascade";
      out.push(
        `foreign key ${table}(${field.relationFromFields.map(column).join(", ")}) -> ` +
          `${tableOf.get(field.type)}(${targetColumns.join(", ")}) ` +
          `ON DELETE ${REFERENTIAL_ACTIONS[onDelete]} ON UPDATE ${REFERENTIAL_ACTIONS[onUpdate]}`,
      );
    }
  }
  for (const index of datamodel.indexes) {
    const model = datamodel.models.find((m) => m.name === index.model)!;
    const table = tableOf.get(model.name)!;
    const columns = index.fields.map(({ name }) => {
      const field = model.fields.find((f) => f.name === name)!;
      return field.dbName ?? field.name;
    });
    const kind = {
      id: "primary key",
      unique: "unique index",
      normal: "index",
      fulltext: "fulltext index",
    }[index.type];
    out.push(`${kind} ${table}(${columns.join(", ")})`);
  }
  return out.sort();
}

const ACTIONS: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

/** Everything the migrated database contains, described the same way. */
export async function actualFromDatabase(session: SqlSession): Promise<string[]> {
  const out: string[] = [];
  const tables = await session.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`,
  );
  for (const { name } of tables) out.push(`table ${name}`);

  const columns = await session.query<{
    tbl: string;
    col: string;
    type: string;
    notnull: boolean;
    hasdef: boolean;
  }>(
    `SELECT c.relname AS tbl, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS notnull, a.atthasdef AS hasdef
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
        AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  for (const c of columns) {
    out.push(
      `column ${c.tbl}.${c.col} ${c.type}${c.notnull ? " NOT NULL" : ""}${c.hasdef ? " DEFAULT" : ""}`,
    );
  }

  const indexes = await session.query<{
    tbl: string;
    columns: string;
    isunique: boolean;
    isprimary: boolean;
  }>(
    `SELECT t.relname AS tbl, ix.indisunique AS isunique, ix.indisprimary AS isprimary,
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
               FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum) AS columns
       FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
  );
  for (const ix of indexes) {
    const kind = ix.isprimary ? "primary key" : ix.isunique ? "unique index" : "index";
    out.push(`${kind} ${ix.tbl}(${ix.columns})`);
  }

  const foreignKeys = await session.query<{
    tbl: string;
    cols: string;
    ref: string;
    refcols: string;
    ondelete: string;
    onupdate: string;
  }>(
    `SELECT t.relname AS tbl, r.relname AS ref, con.confdeltype AS ondelete, con.confupdtype AS onupdate,
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS cols,
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS refcols
       FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND con.contype = 'f'`,
  );
  for (const fk of foreignKeys) {
    out.push(
      `foreign key ${fk.tbl}(${fk.cols}) -> ${fk.ref}(${fk.refcols}) ` +
        `ON DELETE ${ACTIONS[fk.ondelete]} ON UPDATE ${ACTIONS[fk.onupdate]}`,
    );
  }
  return out.sort();
}

export interface Drift {
  /** Declared in schema.prisma, absent from the database. */
  missingFromDatabase: string[];
  /** In the database, not declared in schema.prisma. */
  missingFromSchema: string[];
}

export function diffSchema(expected: string[], actual: string[]): Drift {
  const remaining = [...actual];
  const missingFromDatabase: string[] = [];
  for (const item of expected) {
    const at = remaining.indexOf(item);
    if (at === -1) missingFromDatabase.push(item);
    else remaining.splice(at, 1);
  }
  return { missingFromDatabase, missingFromSchema: remaining };
}
