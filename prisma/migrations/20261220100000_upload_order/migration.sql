-- Where the uploading client put each file among those it sent: matching orders
-- photos without a capture time by file counter, then by this.
-- AlterTable
ALTER TABLE "photos" ADD COLUMN     "client_order" BIGINT;
