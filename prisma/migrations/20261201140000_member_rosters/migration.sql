-- Members get the school's own id, a group (class, team) and an access code.

-- 10 characters of the app's alphabet (no 0/O, 1/I/L; see
-- src/server/domain/access-codes.ts), each from two bytes of a fresh random
-- UUID, i.e. PostgreSQL's strong random source. The app makes its own codes;
-- this is the default for rows inserted by SQL (seeders, existing rows).
CREATE FUNCTION generate_access_code() RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(
           substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ',
                  1 + ((get_byte(r, 0) * 256 + get_byte(r, 1)) % 31), 1), '')
    FROM (SELECT uuid_send(gen_random_uuid()) AS r FROM generate_series(1, 10)) AS random_bytes
$$;

-- AlterTable
ALTER TABLE "members" ADD COLUMN     "access_code" TEXT NOT NULL DEFAULT generate_access_code(),
ADD COLUMN     "external_id" TEXT,
ADD COLUMN     "group_name" TEXT;

ALTER TABLE "members" ADD CONSTRAINT "members_access_code_normalised"
  CHECK ("access_code" ~ '^[2-9A-HJKMNP-Z]{8,16}$');

-- CreateIndex
CREATE UNIQUE INDEX "members_access_code_key" ON "members"("access_code");

-- CreateIndex
CREATE INDEX "members_operator_id_project_id_group_name_name_id_idx" ON "members"("operator_id", "project_id", "group_name", "name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "members_operator_id_project_id_external_id_key" ON "members"("operator_id", "project_id", "external_id");
