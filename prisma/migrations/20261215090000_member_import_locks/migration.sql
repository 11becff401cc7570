-- CreateTable
CREATE TABLE "member_import_locks" (
    "operator_id" UUID NOT NULL,
    "holder" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "member_import_locks_pkey" PRIMARY KEY ("operator_id")
);

-- AddForeignKey
ALTER TABLE "member_import_locks" ADD CONSTRAINT "member_import_locks_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;
