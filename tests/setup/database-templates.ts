import type { TestProject } from "vitest/node";
import {
  makePgliteTemplate,
  makePostgresTemplate,
  type Templates,
} from "../support/database-templates";

/**
 * Global setup of the database and HTTP projects: migrates one template of the
 * project's database kind, once per run however many projects ask for it, for
 * every test database to start as a copy of (tests/support/database-templates.ts).
 */
const made = globalThis as typeof globalThis & {
  __testTemplates?: Map<string, { templates: Promise<Templates>; users: number }>;
};
const templates = (made.__testTemplates ??= new Map());

export default async function setup(project: TestProject) {
  const serverUrl = project.config.env?.DATABASE_URL || undefined;
  const kind = serverUrl ? `postgres ${serverUrl}` : "pglite";
  let entry = templates.get(kind);
  if (!entry) {
    entry = {
      templates: serverUrl ? makePostgresTemplate(serverUrl) : makePgliteTemplate(),
      users: 0,
    };
    templates.set(kind, entry);
  }
  entry.users++;
  await entry.templates;
  return async () => {
    if (--entry.users > 0) return;
    templates.delete(kind);
    await (await entry.templates).remove();
  };
}
