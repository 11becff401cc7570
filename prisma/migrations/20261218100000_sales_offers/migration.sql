-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "early_bird_percent_off" INTEGER,
ADD COLUMN     "early_bird_until" TIMESTAMPTZ(3);

ALTER TABLE "projects" ADD CONSTRAINT "projects_early_bird_percent_off_range"
  CHECK ("early_bird_percent_off" IS NULL OR "early_bird_percent_off" BETWEEN 1 AND 90);

-- AlterTable: existing orders were charged their list price, without a discount.
ALTER TABLE "orders" ADD COLUMN     "coupon_code" TEXT,
ADD COLUMN     "discount_cents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "list_price_cents" INTEGER;

UPDATE "orders" SET "list_price_cents" = "amount_cents";

ALTER TABLE "orders" ALTER COLUMN "list_price_cents" SET NOT NULL;

ALTER TABLE "orders" ADD CONSTRAINT "orders_amount_is_list_price_less_discount"
  CHECK ("discount_cents" >= 0 AND "amount_cents" = "list_price_cents" - "discount_cents");

-- CreateTable
CREATE TABLE "coupons" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "percent_off" INTEGER,
    "amount_off_cents" INTEGER,
    "expires_at" TIMESTAMPTZ(3),
    "max_redemptions" INTEGER,
    "redemptions" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "coupons_pkey" PRIMARY KEY ("id")
);

-- Exactly one kind of discount; never redeemed past the limit; codes stored upper-case.
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_one_discount"
  CHECK (("percent_off" IS NULL) <> ("amount_off_cents" IS NULL));
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_percent_off_range"
  CHECK ("percent_off" IS NULL OR "percent_off" BETWEEN 1 AND 100);
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_amount_off_positive"
  CHECK ("amount_off_cents" IS NULL OR "amount_off_cents" > 0);
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_redemptions_within_limit"
  CHECK ("redemptions" >= 0 AND ("max_redemptions" IS NULL OR "redemptions" <= "max_redemptions"));
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_code_upper_case"
  CHECK ("code" = upper("code"));

-- CreateIndex
CREATE UNIQUE INDEX "coupons_operator_id_project_id_code_key" ON "coupons"("operator_id", "project_id", "code");

-- AddForeignKey
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_operator_id_project_id_fkey" FOREIGN KEY ("operator_id", "project_id") REFERENCES "projects"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
