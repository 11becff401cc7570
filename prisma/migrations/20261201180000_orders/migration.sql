-- CreateEnum
CREATE TYPE "order_status" AS ENUM ('pending', 'paid', 'refunded');

-- AlterTable
ALTER TABLE "members" ADD COLUMN     "first_viewed_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'USD',
ADD COLUMN     "external_id" TEXT,
ADD COLUMN     "paid_at" TIMESTAMPTZ(3),
ADD COLUMN     "refunded_at" TIMESTAMPTZ(3),
ADD COLUMN     "status" "order_status" NOT NULL DEFAULT 'paid';

-- CreateTable
CREATE TABLE "order_photos" (
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "photo_id" UUID NOT NULL,

    CONSTRAINT "order_photos_pkey" PRIMARY KEY ("order_id","photo_id")
);

-- CreateIndex
CREATE INDEX "order_photos_operator_id_project_id_photo_id_idx" ON "order_photos"("operator_id", "project_id", "photo_id");

-- CreateIndex
CREATE INDEX "orders_operator_id_project_id_ordered_at_id_idx" ON "orders"("operator_id", "project_id", "ordered_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "orders_operator_id_project_id_id_key" ON "orders"("operator_id", "project_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "orders_operator_id_external_id_key" ON "orders"("operator_id", "external_id");

-- AddForeignKey
ALTER TABLE "order_photos" ADD CONSTRAINT "order_photos_operator_id_project_id_order_id_fkey" FOREIGN KEY ("operator_id", "project_id", "order_id") REFERENCES "orders"("operator_id", "project_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_photos" ADD CONSTRAINT "order_photos_operator_id_project_id_photo_id_fkey" FOREIGN KEY ("operator_id", "project_id", "photo_id") REFERENCES "photos"("operator_id", "project_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Orders placed before this migration were recorded sales: paid, when placed,
-- in their studio's currency.
UPDATE "orders" o SET "currency" = op."currency", "paid_at" = o."ordered_at"
  FROM "operators" op WHERE op."id" = o."operator_id";
