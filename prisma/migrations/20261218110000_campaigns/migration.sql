-- CreateEnum
CREATE TYPE "campaign_kind" AS ENUM ('invitation', 'reminder', 'unpaid_order');

-- CreateEnum
CREATE TYPE "campaign_mail_status" AS ENUM ('queued', 'sent', 'failed', 'skipped');

-- AlterTable
ALTER TABLE "members" ADD COLUMN     "email2" TEXT;

-- CreateTable
CREATE TABLE "campaign_mails" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "kind" "campaign_kind" NOT NULL,
    "occasion" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL,
    "status" "campaign_mail_status" NOT NULL DEFAULT 'queued',
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "failed_at" TIMESTAMPTZ(3),

    CONSTRAINT "campaign_mails_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_opt_outs" (
    "operator_id" UUID NOT NULL,
    "address" TEXT NOT NULL,
    "opted_out_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "campaign_mail_id" UUID,
    "kind" "campaign_kind",
    "project_id" UUID,

    CONSTRAINT "campaign_opt_outs_pkey" PRIMARY KEY ("operator_id","address")
);

-- CreateIndex
CREATE INDEX "campaign_mails_operator_id_project_id_kind_idx" ON "campaign_mails"("operator_id", "project_id", "kind");

-- CreateIndex
CREATE INDEX "campaign_mails_operator_id_project_id_member_id_sent_at_idx" ON "campaign_mails"("operator_id", "project_id", "member_id", "sent_at");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_mails_member_id_kind_occasion_address_key" ON "campaign_mails"("member_id", "kind", "occasion", "address");

-- CreateIndex
CREATE INDEX "campaign_opt_outs_operator_id_project_id_idx" ON "campaign_opt_outs"("operator_id", "project_id");

-- AddForeignKey
ALTER TABLE "campaign_mails" ADD CONSTRAINT "campaign_mails_operator_id_project_id_fkey" FOREIGN KEY ("operator_id", "project_id") REFERENCES "projects"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_mails" ADD CONSTRAINT "campaign_mails_operator_id_project_id_member_id_fkey" FOREIGN KEY ("operator_id", "project_id", "member_id") REFERENCES "members"("operator_id", "project_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_opt_outs" ADD CONSTRAINT "campaign_opt_outs_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Addresses are compared lower-cased (the app lower-cases them; rows written by SQL must too).
ALTER TABLE "campaign_mails" ADD CONSTRAINT "campaign_mails_address_lower" CHECK ("address" = lower("address"));
ALTER TABLE "campaign_opt_outs" ADD CONSTRAINT "campaign_opt_outs_address_lower" CHECK ("address" = lower("address"));
