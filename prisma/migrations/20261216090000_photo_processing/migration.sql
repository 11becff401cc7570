-- CreateEnum
CREATE TYPE "photo_status" AS ENUM ('processing', 'ready', 'failed');

-- AlterTable
-- Photos filed before this were processed during their upload: they are ready.
ALTER TABLE "photos" ADD COLUMN     "gallery_variant" TEXT,
ADD COLUMN     "processed_at" TIMESTAMPTZ(3),
ADD COLUMN     "processing_error" TEXT,
ADD COLUMN     "status" "photo_status" NOT NULL DEFAULT 'ready';
