-- CreateEnum
CREATE TYPE "photo_kind" AS ENUM ('photo', 'card');

-- CreateEnum
CREATE TYPE "tag_source" AS ENUM ('card', 'manual');

-- DropIndex
DROP INDEX "photos_operator_id_project_id_photographer_id_idx";

-- AlterTable
ALTER TABLE "photos" ADD COLUMN     "card_member_id" UUID,
ADD COLUMN     "content_type" TEXT NOT NULL DEFAULT 'image/jpeg',
ADD COLUMN     "height" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "kind" "photo_kind" NOT NULL DEFAULT 'photo',
ADD COLUMN     "sequence_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sha256" TEXT,
ADD COLUMN     "size_bytes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "tagged_by_hand" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "taken_at" TIMESTAMPTZ(3),
ADD COLUMN     "width" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "photo_tags" ADD COLUMN     "source" "tag_source" NOT NULL DEFAULT 'manual';

-- CreateIndex
CREATE INDEX "photos_operator_id_project_id_sequence_at_file_name_id_idx" ON "photos"("operator_id", "project_id", "sequence_at", "file_name", "id");

-- CreateIndex
CREATE INDEX "photos_operator_id_project_id_photographer_id_sequence_at_f_idx" ON "photos"("operator_id", "project_id", "photographer_id", "sequence_at", "file_name", "id");

-- CreateIndex
CREATE INDEX "photos_card_member_id_idx" ON "photos"("card_member_id");

-- CreateIndex
CREATE UNIQUE INDEX "photos_operator_id_project_id_sha256_key" ON "photos"("operator_id", "project_id", "sha256");

-- AddForeignKey
ALTER TABLE "photos" ADD CONSTRAINT "photos_card_member_id_fkey" FOREIGN KEY ("card_member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing rows keep their order: by upload time.
UPDATE "photos" SET "sequence_at" = "uploaded_at";
