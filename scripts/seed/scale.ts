import type { Database, SqlSession } from "@/server/db/connection";
import { hashPassword } from "@/server/auth/password";

/**
 * A large studio for benchmarks, loaded with set-based SQL (generate_series)
 * rather than row by row: a million photos take minutes, not hours.
 *
 * Shape for N photos: 20 photographers, 8 packages, N/20,000 projects (at
 * least 10), N/10 members spread over them (each with a class, a student id
 * and an access code from the column default), N photos, about 1.5 tags per
 * photo, and an order from every fourth member.
 *
 * Where the database user may (a superuser, as on a development server and in
 * PGlite), the rows go in with triggers and foreign-key checks off, which are
 * most of the time of a bulk load, and the studio's analytics counters are
 * rebuilt from the rows at the end.
 */

export const SCALE_OPERATOR_EMAIL = "scale@example.com";
export const SCALE_PASSWORD = "scale-password";

const PHOTOGRAPHERS = 20;
const PACKAGES = 8;
const CHUNK = 200_000;

async function photoCountOf(session: SqlSession, operatorId: string): Promise<number> {
  const [row] = await session.query<{ n: string | number }>(
    "SELECT count(*) AS n FROM photos WHERE operator_id = $1",
    [operatorId],
  );
  return Number(row!.n);
}

async function removeScaleStudio(session: SqlSession, operatorId: string, accountId: string) {
  for (const table of [
    "orders",
    "photo_tags",
    "photos",
    "members",
    "project_photographers",
    "project_packages",
    "projects",
    "packages",
  ]) {
    await session.query(`DELETE FROM ${table} WHERE operator_id = $1`, [operatorId]);
  }
  await session.query(
    "DELETE FROM accounts WHERE id IN (SELECT account_id FROM photographers WHERE operator_id = $1)",
    [operatorId],
  );
  await session.query("DELETE FROM photographers WHERE operator_id = $1", [operatorId]);
  await session.query("DELETE FROM operators WHERE id = $1", [operatorId]);
  await session.query("DELETE FROM accounts WHERE id = $1", [accountId]);
}

export async function seedScale(
  database: Database,
  photos: number,
  log: (message: string) => void,
): Promise<{ email: string; password: string; operatorId: string }> {
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  return database.withSession(async (session) => {
    const [existing] = await session.query<{ operator_id: string; account_id: string }>(
      "SELECT o.id AS operator_id, a.id AS account_id FROM accounts a JOIN operators o ON o.account_id = a.id WHERE a.email = $1",
      [SCALE_OPERATOR_EMAIL],
    );
    if (existing) {
      if ((await photoCountOf(session, existing.operator_id)) === photos) {
        log(`scale studio with ${photos} photos already loaded`);
        return {
          email: SCALE_OPERATOR_EMAIL,
          password: SCALE_PASSWORD,
          operatorId: existing.operator_id,
        };
      }
      log("removing the previous scale studio");
      await removeScaleStudio(session, existing.operator_id, existing.account_id);
    }

    const projects = Math.max(10, Math.round(photos / 20_000));
    const members = Math.max(projects, Math.round(photos / 10));
    const started = Date.now();
    const unchecked = await session
      .exec("SET session_replication_role = replica")
      .then(() => true)
      .catch(() => false);
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const t0 = Date.now();
      await session.query(sql, params);
      log(`${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    };

    const [account] = await session.query<{ id: string }>(
      "INSERT INTO accounts (email, password_hash, updated_at) VALUES ($1, $2, now()) RETURNING id",
      [SCALE_OPERATOR_EMAIL, passwordHash],
    );
    const [operator] = await session.query<{ id: string }>(
      `INSERT INTO operators (account_id, name, currency, locale, timezone, updated_at)
       VALUES ($1, 'Scale Studio', 'USD', 'en-US', 'America/New_York', now()) RETURNING id`,
      [account!.id],
    );
    const operatorId = operator!.id;

    await step(
      `${PHOTOGRAPHERS} photographers`,
      `WITH logins AS (
         INSERT INTO accounts (email, password_hash, updated_at)
         SELECT 'scale-photographer-' || g || '@example.com', $2, now() FROM generate_series(1, ${PHOTOGRAPHERS}) g
         RETURNING id, email)
       INSERT INTO photographers (operator_id, account_id, name, updated_at)
       SELECT $1, id, 'Photographer ' || split_part(split_part(email, '@', 1), '-', 3), now() FROM logins`,
      [operatorId, passwordHash],
    );
    await step(
      `${PACKAGES} packages`,
      `INSERT INTO packages (operator_id, name, price_cents, photo_count, updated_at)
       SELECT $1, 'Package ' || g, 1000 * g, 5 * g, now() FROM generate_series(1, ${PACKAGES}) g`,
      [operatorId],
    );
    await step(
      `${projects} projects`,
      `INSERT INTO projects (operator_id, name, start_at, end_at, timezone, updated_at)
       SELECT $1, 'Shoot ' || g, now() - g * interval '3 days', now() - g * interval '3 days' + interval '8 hours',
              'America/New_York', now()
         FROM generate_series(1, $2::int) g`,
      [operatorId, projects],
    );

    await session.exec(`
      DROP TABLE IF EXISTS seed_projects, seed_photographers, seed_packages, seed_members, seed_sizes;
      CREATE TEMP TABLE seed_projects AS
        SELECT (row_number() OVER (ORDER BY name) - 1)::int AS i, id FROM projects WHERE operator_id = '${operatorId}';
      CREATE TEMP TABLE seed_photographers AS
        SELECT (row_number() OVER (ORDER BY name) - 1)::int AS i, id FROM photographers WHERE operator_id = '${operatorId}';
      CREATE TEMP TABLE seed_packages AS
        SELECT (row_number() OVER (ORDER BY price_cents) - 1)::int AS i, id, price_cents
          FROM packages WHERE operator_id = '${operatorId}';
    `);
    await step(
      "assignments and links",
      `INSERT INTO project_photographers (operator_id, project_id, photographer_id)
       SELECT $1, p.id, ph.id FROM seed_projects p JOIN seed_photographers ph ON (ph.i + p.i) % 4 = 0`,
      [operatorId],
    );
    await session.query(
      `INSERT INTO project_packages (operator_id, project_id, package_id)
       SELECT $1, p.id, k.id FROM seed_projects p CROSS JOIN seed_packages k`,
      [operatorId],
    );

    await step(
      `${members} members`,
      `INSERT INTO members (operator_id, project_id, name, external_id, group_name)
       SELECT $1, p.id, 'Member ' || g, 'S' || g, 'Class ' || (g % 12 + 1)
         FROM generate_series(0, $2::int - 1) g JOIN seed_projects p ON p.i = g % $3`,
      [operatorId, members, projects],
    );
    await session.exec(`
      CREATE TEMP TABLE seed_members AS
        SELECT id, project_id,
               (row_number() OVER (PARTITION BY project_id ORDER BY id) - 1)::int AS k,
               count(*) OVER (PARTITION BY project_id)::int AS n
          FROM members WHERE operator_id = '${operatorId}';
      CREATE TEMP TABLE seed_sizes AS SELECT project_id, max(n) AS n FROM seed_members GROUP BY project_id;
      ANALYZE seed_members; ANALYZE seed_sizes;
    `);

    for (let from = 0; from < photos; from += CHUNK) {
      const to = Math.min(photos, from + CHUNK);
      await step(
        `photos ${from + 1}-${to}`,
        `INSERT INTO photos (operator_id, project_id, photographer_id, file_name, uploaded_at)
         SELECT $1, p.id, ph.id, 'IMG_' || g || '.jpg', now() - (g % 525600) * interval '1 minute'
           FROM generate_series($2::int, $3::int - 1) g
           JOIN seed_projects p ON p.i = g % $4
           JOIN seed_photographers ph ON ph.i = (g / 7) % ${PHOTOGRAPHERS}`,
        [operatorId, from, to, projects],
      );
    }

    await step(
      "tags (about 1.5 per photo)",
      `WITH numbered AS (
         SELECT p.id, p.project_id, s.n, row_number() OVER () AS r
           FROM photos p JOIN seed_sizes s ON s.project_id = p.project_id
          WHERE p.operator_id = $1
       ), wanted AS (
         SELECT id AS photo_id, project_id, ((r * 7919) % n)::int AS k FROM numbered
         UNION ALL
         SELECT id, project_id, ((r * 104729 + 1) % n)::int FROM numbered WHERE r % 2 = 0
       )
       INSERT INTO photo_tags (operator_id, project_id, photo_id, member_id)
       SELECT $1, w.project_id, w.photo_id, m.id
         FROM wanted w JOIN seed_members m ON m.project_id = w.project_id AND m.k = w.k
       ON CONFLICT DO NOTHING`,
      [operatorId],
    );
    await step(
      "orders (every fourth member)",
      `INSERT INTO orders (operator_id, project_id, member_id, package_id, list_price_cents, amount_cents, ordered_at)
       SELECT $1, m.project_id, m.id, k.id, k.price_cents, k.price_cents, now() - (m.k % 300) * interval '1 hour'
         FROM seed_members m JOIN seed_packages k ON k.i = m.k % ${PACKAGES}
        WHERE m.k % 4 = 0`,
      [operatorId],
    );
    if (unchecked) {
      await session.exec("RESET session_replication_role");
      await step("analytics counters", "SELECT rebuild_studio_counters($1::uuid)", [operatorId]);
    }
    await session.exec(
      "DROP TABLE seed_projects, seed_photographers, seed_packages, seed_members, seed_sizes; ANALYZE;",
    );
    log(`scale studio loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { email: SCALE_OPERATOR_EMAIL, password: SCALE_PASSWORD, operatorId };
  });
}
