-- CreateEnum
CREATE TYPE "audit_actor_type" AS ENUM ('operator', 'photographer', 'admin', 'api_key', 'member', 'system');

-- CreateEnum
CREATE TYPE "audit_action" AS ENUM ('members_imported', 'member_exported', 'member_erased', 'access_code_reissued', 'member_deleted', 'photos_deleted_by_retention', 'members_anonymised_by_retention', 'gallery_opened');

-- AlterTable
ALTER TABLE "operators" ADD COLUMN     "privacy_contact" TEXT,
ADD COLUMN     "privacy_text" TEXT;

-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "anonymise_members_after" TIMESTAMPTZ(3),
ADD COLUMN     "delete_photos_after" TIMESTAMPTZ(3),
ADD COLUMN     "members_anonymised_at" TIMESTAMPTZ(3),
ADD COLUMN     "photo_consent_default" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "photos_deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "retention_warned_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "members" ADD COLUMN     "anonymised_at" TIMESTAMPTZ(3),
ADD COLUMN     "email_opt_out" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "photo_consent" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "orders" ALTER COLUMN "member_id" DROP NOT NULL;

-- CreateTable
CREATE TABLE "audit_entries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "operator_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_type" "audit_actor_type" NOT NULL,
    "actor_id" UUID,
    "action" "audit_action" NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" UUID NOT NULL,
    "details" JSONB,

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_entries_operator_id_at_id_idx" ON "audit_entries"("operator_id", "at" DESC, "id");

-- CreateIndex
CREATE INDEX "audit_entries_at_idx" ON "audit_entries"("at");

-- AddForeignKey
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An erased member's orders stay for the books without a member: they count
-- in sales and revenue, and no longer towards any member's buyers.
CREATE OR REPLACE FUNCTION bump_members(operators uuid[], projects uuid[], members uuid[],
                                        tag_deltas int[], order_deltas int[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  moved_operators uuid[];
  moved_projects uuid[];
  tagged int[];
  buyers int[];
BEGIN
  IF members IS NULL THEN RETURN; END IF;
  IF tag_deltas[1] > 0 OR order_deltas[1] > 0 THEN
    WITH d AS (SELECT * FROM unnest(operators, projects, members, tag_deltas, order_deltas)
                 AS d(operator_id, project_id, member_id, tags, paid_orders)
                WHERE d.member_id IS NOT NULL),
         c AS (INSERT INTO member_counters AS m (member_id, operator_id, project_id, tags, paid_orders)
               SELECT member_id, operator_id, project_id, tags, paid_orders FROM d ORDER BY member_id
               ON CONFLICT (member_id) DO UPDATE
                  SET tags = m.tags + excluded.tags, paid_orders = m.paid_orders + excluded.paid_orders
               RETURNING m.member_id, m.tags, m.paid_orders)
    SELECT array_agg(operator_id), array_agg(project_id), array_agg(t), array_agg(b)
      INTO moved_operators, moved_projects, tagged, buyers
      FROM (SELECT d.operator_id, d.project_id,
                   count(*) FILTER (WHERE d.tags > 0 AND c.tags = d.tags)::int AS t,
                   count(*) FILTER (WHERE d.paid_orders > 0 AND c.paid_orders = d.paid_orders)::int AS b
              FROM c JOIN d USING (member_id)
             GROUP BY d.operator_id, d.project_id ORDER BY d.project_id) moves
     WHERE t > 0 OR b > 0;
  ELSE
    WITH d AS (SELECT * FROM unnest(members, tag_deltas, order_deltas) AS d(member_id, tags, paid_orders)
                WHERE d.member_id IS NOT NULL),
         c AS (UPDATE member_counters m
                  SET tags = m.tags + d.tags, paid_orders = m.paid_orders + d.paid_orders
                 FROM d WHERE m.member_id = d.member_id
               RETURNING m.member_id, m.operator_id, m.project_id, m.tags, m.paid_orders)
    SELECT array_agg(operator_id), array_agg(project_id), array_agg(-t), array_agg(-b)
      INTO moved_operators, moved_projects, tagged, buyers
      FROM (SELECT c.operator_id, c.project_id,
                   count(*) FILTER (WHERE d.tags < 0 AND c.tags = 0)::int AS t,
                   count(*) FILTER (WHERE d.paid_orders < 0 AND c.paid_orders = 0)::int AS b
              FROM c JOIN d USING (member_id)
             GROUP BY c.operator_id, c.project_id ORDER BY c.project_id) moves
     WHERE t > 0 OR b > 0;
  END IF;
  PERFORM bump_roster(o, p, 0, 0, t, b)
     FROM unnest(moved_operators, moved_projects, tagged, buyers) AS u(o, p, t, b);
END $$;

CREATE OR REPLACE VIEW expected_member_counters AS
SELECT operator_id, project_id, member_id, sum(tags)::int AS tags, sum(paid_orders)::int AS paid_orders
  FROM (SELECT operator_id, project_id, member_id, 1 AS tags, 0 AS paid_orders FROM photo_tags
        UNION ALL
        SELECT operator_id, project_id, member_id, 0, 1 FROM orders
         WHERE status = 'paid' AND member_id IS NOT NULL) r
 GROUP BY operator_id, project_id, member_id;
