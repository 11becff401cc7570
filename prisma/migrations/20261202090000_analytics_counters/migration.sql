-- CreateTable
CREATE TABLE "studio_counters" (
    "operator_id" UUID NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0,
    "viewed" INTEGER NOT NULL DEFAULT 0,
    "tagged" INTEGER NOT NULL DEFAULT 0,
    "buyers" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "studio_counters_pkey" PRIMARY KEY ("operator_id")
);

-- CreateTable
CREATE TABLE "studio_photographer_counters" (
    "operator_id" UUID NOT NULL,
    "photographer_id" UUID NOT NULL,
    "photos" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "studio_photographer_counters_pkey" PRIMARY KEY ("operator_id","photographer_id")
);

-- CreateTable
CREATE TABLE "studio_package_counters" (
    "operator_id" UUID NOT NULL,
    "package_id" UUID NOT NULL,
    "paid_orders" INTEGER NOT NULL DEFAULT 0,
    "revenue_cents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "studio_package_counters_pkey" PRIMARY KEY ("operator_id","package_id")
);

-- CreateTable
CREATE TABLE "project_counters" (
    "project_id" UUID NOT NULL,
    "operator_id" UUID NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0,
    "viewed" INTEGER NOT NULL DEFAULT 0,
    "tagged" INTEGER NOT NULL DEFAULT 0,
    "buyers" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "project_counters_pkey" PRIMARY KEY ("project_id")
);

-- CreateTable
CREATE TABLE "project_photographer_counters" (
    "project_id" UUID NOT NULL,
    "photographer_id" UUID NOT NULL,
    "operator_id" UUID NOT NULL,
    "photos" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "project_photographer_counters_pkey" PRIMARY KEY ("project_id","photographer_id")
);

-- CreateTable
CREATE TABLE "project_package_counters" (
    "project_id" UUID NOT NULL,
    "package_id" UUID NOT NULL,
    "operator_id" UUID NOT NULL,
    "paid_orders" INTEGER NOT NULL DEFAULT 0,
    "revenue_cents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "project_package_counters_pkey" PRIMARY KEY ("project_id","package_id")
);

-- CreateTable
CREATE TABLE "member_counters" (
    "member_id" UUID NOT NULL,
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "tags" INTEGER NOT NULL DEFAULT 0,
    "paid_orders" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "member_counters_pkey" PRIMARY KEY ("member_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "project_counters_operator_id_project_id_key" ON "project_counters"("operator_id", "project_id");

-- CreateIndex
CREATE INDEX "project_photographer_counters_operator_id_project_id_idx" ON "project_photographer_counters"("operator_id", "project_id");

-- CreateIndex
CREATE INDEX "project_package_counters_operator_id_project_id_idx" ON "project_package_counters"("operator_id", "project_id");

-- AddForeignKey
ALTER TABLE "studio_counters" ADD CONSTRAINT "studio_counters_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "studio_photographer_counters" ADD CONSTRAINT "studio_photographer_counters_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "studio_package_counters" ADD CONSTRAINT "studio_package_counters_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_counters" ADD CONSTRAINT "project_counters_operator_id_project_id_fkey" FOREIGN KEY ("operator_id", "project_id") REFERENCES "projects"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_photographer_counters" ADD CONSTRAINT "project_photographer_counters_operator_id_project_id_fkey" FOREIGN KEY ("operator_id", "project_id") REFERENCES "projects"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_package_counters" ADD CONSTRAINT "project_package_counters_operator_id_project_id_fkey" FOREIGN KEY ("operator_id", "project_id") REFERENCES "projects"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The triggers below keep the counters equal to the aggregate SQL over the
-- rows, in the same transaction as every write. Every counted write of a
-- studio first locks the studio's row in studio_counters (studios in id
-- order), so concurrent writers queue there instead of deadlocking on rows
-- taken in different orders. Decrements only update rows that exist (the
-- project or studio may be going away in the same statement); increments
-- create the rows they need.

CREATE FUNCTION lock_studio_counters(operator uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM studio_counters WHERE operator_id = operator FOR UPDATE;
END $$;

CREATE FUNCTION bump_roster(operator uuid, project uuid, members_delta int, viewed_delta int,
                            tagged_delta int, buyers_delta int)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE project_counters
     SET members = members + members_delta, viewed = viewed + viewed_delta,
         tagged = tagged + tagged_delta, buyers = buyers + buyers_delta
   WHERE project_id = project;
  UPDATE studio_counters
     SET members = members + members_delta, viewed = viewed + viewed_delta,
         tagged = tagged + tagged_delta, buyers = buyers + buyers_delta
   WHERE operator_id = operator;
END $$;

CREATE FUNCTION bump_photos(operator uuid, project uuid, photographer uuid, delta int)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF delta > 0 THEN
    INSERT INTO project_photographer_counters (operator_id, project_id, photographer_id, photos)
    VALUES (operator, project, photographer, delta)
    ON CONFLICT (project_id, photographer_id) DO UPDATE
       SET photos = project_photographer_counters.photos + excluded.photos;
    INSERT INTO studio_photographer_counters (operator_id, photographer_id, photos)
    VALUES (operator, photographer, delta)
    ON CONFLICT (operator_id, photographer_id) DO UPDATE
       SET photos = studio_photographer_counters.photos + excluded.photos;
  ELSIF delta < 0 THEN
    UPDATE project_photographer_counters SET photos = photos + delta
     WHERE project_id = project AND photographer_id = photographer;
    UPDATE studio_photographer_counters SET photos = photos + delta
     WHERE operator_id = operator AND photographer_id = photographer;
  END IF;
END $$;

-- Members' tags and paid orders move by the given amounts (all increments or
-- all decrements); a project's distinct tagged members and buyers move by the
-- members whose count crosses zero, one update per project.
CREATE FUNCTION bump_members(operators uuid[], projects uuid[], members uuid[],
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
                 AS d(operator_id, project_id, member_id, tags, paid_orders)),
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
    WITH d AS (SELECT * FROM unnest(members, tag_deltas, order_deltas) AS d(member_id, tags, paid_orders)),
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

-- Paid orders and revenue per project and package move by the given amounts
-- (all increments or all decrements).
CREATE FUNCTION bump_sales(operators uuid[], projects uuid[], packages uuid[], counts int[], cents bigint[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF packages IS NULL THEN RETURN; END IF;
  IF counts[1] > 0 THEN
    INSERT INTO project_package_counters AS c (operator_id, project_id, package_id, paid_orders, revenue_cents)
    SELECT * FROM unnest(operators, projects, packages, counts, cents) ORDER BY 2, 3
    ON CONFLICT (project_id, package_id) DO UPDATE
       SET paid_orders = c.paid_orders + excluded.paid_orders,
           revenue_cents = c.revenue_cents + excluded.revenue_cents;
    INSERT INTO studio_package_counters AS c (operator_id, package_id, paid_orders, revenue_cents)
    SELECT o, k, sum(n), sum(v) FROM unnest(operators, packages, counts, cents) AS d(o, k, n, v)
     GROUP BY o, k ORDER BY o, k
    ON CONFLICT (operator_id, package_id) DO UPDATE
       SET paid_orders = c.paid_orders + excluded.paid_orders,
           revenue_cents = c.revenue_cents + excluded.revenue_cents;
  ELSE
    UPDATE project_package_counters c SET paid_orders = c.paid_orders + d.n, revenue_cents = c.revenue_cents + d.v
      FROM unnest(projects, packages, counts, cents) AS d(p, k, n, v)
     WHERE c.project_id = d.p AND c.package_id = d.k;
    UPDATE studio_package_counters c SET paid_orders = c.paid_orders + d.n, revenue_cents = c.revenue_cents + d.v
      FROM (SELECT o, k, sum(n)::int AS n, sum(v)::bigint AS v
              FROM unnest(operators, packages, counts, cents) AS d(o, k, n, v) GROUP BY o, k) d
     WHERE c.operator_id = d.o AND c.package_id = d.k;
  END IF;
END $$;

-- operators and projects start with their rows.
CREATE FUNCTION count_new_studio() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO studio_counters (operator_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER operators_counters AFTER INSERT ON operators
  FOR EACH ROW EXECUTE FUNCTION count_new_studio();

CREATE FUNCTION count_new_project() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO project_counters (operator_id, project_id) VALUES (NEW.operator_id, NEW.id)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER projects_counters AFTER INSERT ON projects
  FOR EACH ROW EXECUTE FUNCTION count_new_project();

-- members: enrolled and viewed. A deleted member takes their tags and paid
-- orders out of the distinct counts: their cascaded deletes may run before or
-- after this, so it reads what is left in member_counters and removes it.
CREATE FUNCTION count_members_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_studio_counters(operator_id)
     FROM (SELECT DISTINCT operator_id FROM new_rows ORDER BY operator_id) s;
  PERFORM bump_roster(operator_id, project_id, n::int, viewed::int, 0, 0)
     FROM (SELECT operator_id, project_id, count(*) AS n, count(first_viewed_at) AS viewed
             FROM new_rows GROUP BY operator_id, project_id ORDER BY project_id) d;
  RETURN NULL;
END $$;

CREATE FUNCTION count_members_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_studio_counters(operator_id)
     FROM (SELECT DISTINCT operator_id FROM old_rows ORDER BY operator_id) s;
  PERFORM bump_roster(d.operator_id, d.project_id, -d.n::int, -d.viewed::int,
                      -coalesce(c.tagged, 0)::int, -coalesce(c.buyers, 0)::int)
     FROM (SELECT operator_id, project_id, count(*) AS n, count(first_viewed_at) AS viewed
             FROM old_rows GROUP BY operator_id, project_id) d
     LEFT JOIN (SELECT m.project_id, count(*) FILTER (WHERE m.tags > 0) AS tagged,
                       count(*) FILTER (WHERE m.paid_orders > 0) AS buyers
                  FROM member_counters m JOIN old_rows o ON o.id = m.member_id
                 GROUP BY m.project_id) c ON c.project_id = d.project_id
    ORDER BY d.project_id;
  DELETE FROM member_counters m USING old_rows o WHERE m.member_id = o.id;
  RETURN NULL;
END $$;

CREATE FUNCTION count_member_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.project_id IS DISTINCT FROM NEW.project_id OR OLD.operator_id IS DISTINCT FROM NEW.operator_id THEN
    RAISE EXCEPTION 'a member cannot move to another project' USING ERRCODE = 'check_violation';
  END IF;
  PERFORM lock_studio_counters(NEW.operator_id);
  PERFORM bump_roster(NEW.operator_id, NEW.project_id, 0,
    (NEW.first_viewed_at IS NOT NULL)::int - (OLD.first_viewed_at IS NOT NULL)::int, 0, 0);
  RETURN NULL;
END $$;

CREATE TRIGGER members_counted_insert AFTER INSERT ON members
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_members_inserted();
CREATE TRIGGER members_counted_delete AFTER DELETE ON members
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_members_deleted();
CREATE TRIGGER members_counted_update AFTER UPDATE OF operator_id, project_id, first_viewed_at ON members
  FOR EACH ROW WHEN (OLD.operator_id IS DISTINCT FROM NEW.operator_id
                     OR OLD.project_id IS DISTINCT FROM NEW.project_id
                     OR (OLD.first_viewed_at IS NULL) <> (NEW.first_viewed_at IS NULL))
  EXECUTE FUNCTION count_member_updated();

-- photos: photos for sale per photographer (cards are not counted).
CREATE FUNCTION count_photos_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_studio_counters(operator_id)
     FROM (SELECT DISTINCT operator_id FROM new_rows WHERE kind = 'photo' ORDER BY operator_id) s;
  PERFORM bump_photos(operator_id, project_id, photographer_id, n::int)
     FROM (SELECT operator_id, project_id, photographer_id, count(*) AS n FROM new_rows
            WHERE kind = 'photo' GROUP BY operator_id, project_id, photographer_id
            ORDER BY project_id, photographer_id) d;
  RETURN NULL;
END $$;

CREATE FUNCTION count_photos_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_studio_counters(operator_id)
     FROM (SELECT DISTINCT operator_id FROM old_rows WHERE kind = 'photo' ORDER BY operator_id) s;
  PERFORM bump_photos(operator_id, project_id, photographer_id, -n::int)
     FROM (SELECT operator_id, project_id, photographer_id, count(*) AS n FROM old_rows
            WHERE kind = 'photo' GROUP BY operator_id, project_id, photographer_id
            ORDER BY project_id, photographer_id) d;
  RETURN NULL;
END $$;

CREATE FUNCTION count_photo_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_studio_counters(operator_id)
     FROM (SELECT DISTINCT operator_id FROM (VALUES (OLD.operator_id), (NEW.operator_id)) v(operator_id)
            ORDER BY operator_id) s;
  IF OLD.kind = 'photo' THEN
    PERFORM bump_photos(OLD.operator_id, OLD.project_id, OLD.photographer_id, -1);
  END IF;
  IF NEW.kind = 'photo' THEN
    PERFORM bump_photos(NEW.operator_id, NEW.project_id, NEW.photographer_id, 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER photos_counted_insert AFTER INSERT ON photos
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_photos_inserted();
CREATE TRIGGER photos_counted_delete AFTER DELETE ON photos
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_photos_deleted();
CREATE TRIGGER photos_counted_update AFTER UPDATE OF kind, operator_id, project_id, photographer_id ON photos
  FOR EACH ROW WHEN ((OLD.kind, OLD.operator_id, OLD.project_id, OLD.photographer_id)
                     IS DISTINCT FROM (NEW.kind, NEW.operator_id, NEW.project_id, NEW.photographer_id))
  EXECUTE FUNCTION count_photo_updated();

-- photo_tags: distinct tagged members, through each member's tag count.
CREATE FUNCTION count_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM lock_studio_counters(operator_id)
       FROM (SELECT DISTINCT operator_id FROM new_rows ORDER BY operator_id) s;
    PERFORM bump_members(array_agg(operator_id), array_agg(project_id), array_agg(member_id),
                         array_agg(n), array_fill(0, ARRAY[count(*)::int]))
       FROM (SELECT operator_id, project_id, member_id, count(*)::int AS n FROM new_rows
              GROUP BY operator_id, project_id, member_id) d;
  ELSE
    PERFORM lock_studio_counters(operator_id)
       FROM (SELECT DISTINCT operator_id FROM old_rows ORDER BY operator_id) s;
    PERFORM bump_members(array_agg(operator_id), array_agg(project_id), array_agg(member_id),
                         array_agg(-n), array_fill(0, ARRAY[count(*)::int]))
       FROM (SELECT operator_id, project_id, member_id, count(*)::int AS n FROM old_rows
              GROUP BY operator_id, project_id, member_id) d;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION count_tag_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_studio_counters(operator_id)
     FROM (SELECT DISTINCT operator_id FROM (VALUES (OLD.operator_id), (NEW.operator_id)) v(operator_id)
            ORDER BY operator_id) s;
  PERFORM bump_members(ARRAY[OLD.operator_id], ARRAY[OLD.project_id], ARRAY[OLD.member_id], ARRAY[-1], ARRAY[0]);
  PERFORM bump_members(ARRAY[NEW.operator_id], ARRAY[NEW.project_id], ARRAY[NEW.member_id], ARRAY[1], ARRAY[0]);
  RETURN NULL;
END $$;

CREATE TRIGGER photo_tags_counted_insert AFTER INSERT ON photo_tags
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_tags();
CREATE TRIGGER photo_tags_counted_delete AFTER DELETE ON photo_tags
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_tags();
CREATE TRIGGER photo_tags_counted_update AFTER UPDATE OF operator_id, project_id, member_id ON photo_tags
  FOR EACH ROW WHEN ((OLD.operator_id, OLD.project_id, OLD.member_id)
                     IS DISTINCT FROM (NEW.operator_id, NEW.project_id, NEW.member_id))
  EXECUTE FUNCTION count_tag_updated();

-- orders: paid orders and revenue per package, distinct buyers.
CREATE FUNCTION count_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM lock_studio_counters(operator_id)
       FROM (SELECT DISTINCT operator_id FROM new_rows WHERE status = 'paid' ORDER BY operator_id) s;
    PERFORM bump_sales(array_agg(operator_id), array_agg(project_id), array_agg(package_id), array_agg(n), array_agg(cents))
       FROM (SELECT operator_id, project_id, package_id, count(*)::int AS n, sum(amount_cents)::bigint AS cents
               FROM new_rows WHERE status = 'paid' GROUP BY operator_id, project_id, package_id) d;
    PERFORM bump_members(array_agg(operator_id), array_agg(project_id), array_agg(member_id),
                         array_fill(0, ARRAY[count(*)::int]), array_agg(n))
       FROM (SELECT operator_id, project_id, member_id, count(*)::int AS n FROM new_rows
              WHERE status = 'paid' GROUP BY operator_id, project_id, member_id) d;
  ELSE
    PERFORM lock_studio_counters(operator_id)
       FROM (SELECT DISTINCT operator_id FROM old_rows WHERE status = 'paid' ORDER BY operator_id) s;
    PERFORM bump_sales(array_agg(operator_id), array_agg(project_id), array_agg(package_id), array_agg(-n), array_agg(-cents))
       FROM (SELECT operator_id, project_id, package_id, count(*)::int AS n, sum(amount_cents)::bigint AS cents
               FROM old_rows WHERE status = 'paid' GROUP BY operator_id, project_id, package_id) d;
    PERFORM bump_members(array_agg(operator_id), array_agg(project_id), array_agg(member_id),
                         array_fill(0, ARRAY[count(*)::int]), array_agg(-n))
       FROM (SELECT operator_id, project_id, member_id, count(*)::int AS n FROM old_rows
              WHERE status = 'paid' GROUP BY operator_id, project_id, member_id) d;
  END IF;
  RETURN NULL;
END $$;

-- A status change (paid, refunded) or a moved order: out as it was, in as it is.
CREATE FUNCTION count_order_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_studio_counters(operator_id)
     FROM (SELECT DISTINCT operator_id FROM (VALUES (OLD.operator_id), (NEW.operator_id)) v(operator_id)
            ORDER BY operator_id) s;
  IF OLD.status = 'paid' THEN
    PERFORM bump_sales(ARRAY[OLD.operator_id], ARRAY[OLD.project_id], ARRAY[OLD.package_id], ARRAY[-1],
                       ARRAY[-OLD.amount_cents::bigint]);
    PERFORM bump_members(ARRAY[OLD.operator_id], ARRAY[OLD.project_id], ARRAY[OLD.member_id], ARRAY[0], ARRAY[-1]);
  END IF;
  IF NEW.status = 'paid' THEN
    PERFORM bump_sales(ARRAY[NEW.operator_id], ARRAY[NEW.project_id], ARRAY[NEW.package_id], ARRAY[1],
                       ARRAY[NEW.amount_cents::bigint]);
    PERFORM bump_members(ARRAY[NEW.operator_id], ARRAY[NEW.project_id], ARRAY[NEW.member_id], ARRAY[0], ARRAY[1]);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER orders_counted_insert AFTER INSERT ON orders
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_orders();
CREATE TRIGGER orders_counted_delete AFTER DELETE ON orders
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_orders();
CREATE TRIGGER orders_counted_update
  AFTER UPDATE OF status, amount_cents, operator_id, project_id, member_id, package_id ON orders
  FOR EACH ROW WHEN ((OLD.status = 'paid' OR NEW.status = 'paid')
                     AND (OLD.status, OLD.amount_cents, OLD.operator_id, OLD.project_id, OLD.member_id, OLD.package_id)
                         IS DISTINCT FROM
                         (NEW.status, NEW.amount_cents, NEW.operator_id, NEW.project_id, NEW.member_id, NEW.package_id))
  EXECUTE FUNCTION count_order_updated();

-- What the counters must say, computed from the rows: the reference that
-- `npm run analytics:verify` compares them with and repairs them from.
CREATE VIEW expected_project_counters AS
SELECT p.operator_id, p.id AS project_id,
       coalesce(m.members, 0)::int AS members, coalesce(m.viewed, 0)::int AS viewed,
       coalesce(t.tagged, 0)::int AS tagged, coalesce(b.buyers, 0)::int AS buyers
  FROM projects p
  LEFT JOIN (SELECT operator_id, project_id, count(*) AS members, count(first_viewed_at) AS viewed
               FROM members GROUP BY operator_id, project_id) m
         ON m.operator_id = p.operator_id AND m.project_id = p.id
  LEFT JOIN (SELECT operator_id, project_id, count(DISTINCT member_id) AS tagged
               FROM photo_tags GROUP BY operator_id, project_id) t
         ON t.operator_id = p.operator_id AND t.project_id = p.id
  LEFT JOIN (SELECT operator_id, project_id, count(DISTINCT member_id) AS buyers
               FROM orders WHERE status = 'paid' GROUP BY operator_id, project_id) b
         ON b.operator_id = p.operator_id AND b.project_id = p.id;

CREATE VIEW expected_photographer_counters AS
SELECT operator_id, project_id, photographer_id, count(*)::int AS photos
  FROM photos WHERE kind = 'photo' GROUP BY operator_id, project_id, photographer_id;

CREATE VIEW expected_package_counters AS
SELECT operator_id, project_id, package_id, count(*)::int AS paid_orders,
       sum(amount_cents)::bigint AS revenue_cents
  FROM orders WHERE status = 'paid' GROUP BY operator_id, project_id, package_id;

CREATE VIEW expected_member_counters AS
SELECT operator_id, project_id, member_id, sum(tags)::int AS tags, sum(paid_orders)::int AS paid_orders
  FROM (SELECT operator_id, project_id, member_id, 1 AS tags, 0 AS paid_orders FROM photo_tags
        UNION ALL
        SELECT operator_id, project_id, member_id, 0, 1 FROM orders WHERE status = 'paid') r
 GROUP BY operator_id, project_id, member_id;

-- Rebuilds one studio's counters from its rows, under the studio's lock.
CREATE FUNCTION rebuild_studio_counters(operator uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO studio_counters (operator_id) VALUES (operator) ON CONFLICT DO NOTHING;
  PERFORM lock_studio_counters(operator);
  DELETE FROM project_counters WHERE operator_id = operator;
  DELETE FROM project_photographer_counters WHERE operator_id = operator;
  DELETE FROM project_package_counters WHERE operator_id = operator;
  DELETE FROM member_counters WHERE operator_id = operator;
  DELETE FROM studio_photographer_counters WHERE operator_id = operator;
  DELETE FROM studio_package_counters WHERE operator_id = operator;
  INSERT INTO project_counters (operator_id, project_id, members, viewed, tagged, buyers)
    SELECT operator_id, project_id, members, viewed, tagged, buyers
      FROM expected_project_counters WHERE operator_id = operator;
  INSERT INTO project_photographer_counters (operator_id, project_id, photographer_id, photos)
    SELECT operator_id, project_id, photographer_id, photos
      FROM expected_photographer_counters WHERE operator_id = operator;
  INSERT INTO project_package_counters (operator_id, project_id, package_id, paid_orders, revenue_cents)
    SELECT operator_id, project_id, package_id, paid_orders, revenue_cents
      FROM expected_package_counters WHERE operator_id = operator;
  INSERT INTO member_counters (operator_id, project_id, member_id, tags, paid_orders)
    SELECT operator_id, project_id, member_id, tags, paid_orders
      FROM expected_member_counters WHERE operator_id = operator;
  UPDATE studio_counters s
     SET members = t.members, viewed = t.viewed, tagged = t.tagged, buyers = t.buyers
    FROM (SELECT coalesce(sum(members), 0)::int AS members, coalesce(sum(viewed), 0)::int AS viewed,
                 coalesce(sum(tagged), 0)::int AS tagged, coalesce(sum(buyers), 0)::int AS buyers
            FROM project_counters WHERE operator_id = operator) t
   WHERE s.operator_id = operator;
  INSERT INTO studio_photographer_counters (operator_id, photographer_id, photos)
    SELECT operator, photographer_id, sum(photos)::int FROM project_photographer_counters
     WHERE operator_id = operator GROUP BY photographer_id;
  INSERT INTO studio_package_counters (operator_id, package_id, paid_orders, revenue_cents)
    SELECT operator, package_id, sum(paid_orders)::int, sum(revenue_cents)::bigint FROM project_package_counters
     WHERE operator_id = operator GROUP BY package_id;
END $$;

-- The counts of the rows already there.
SELECT rebuild_studio_counters(id) FROM operators;
