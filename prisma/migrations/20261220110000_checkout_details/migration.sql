-- AlterTable
ALTER TABLE "operators" ADD COLUMN     "payment_bank_details" TEXT,
ADD COLUMN     "payment_contact" TEXT,
ADD COLUMN     "payment_deadline" TEXT,
ADD COLUMN     "payment_reference" TEXT;

-- AlterTable
ALTER TABLE "packages" ADD COLUMN     "requires_shipping" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "email" TEXT,
ADD COLUMN     "ship_city" TEXT,
ADD COLUMN     "ship_country" TEXT,
ADD COLUMN     "ship_name" TEXT,
ADD COLUMN     "ship_postcode" TEXT,
ADD COLUMN     "ship_street" TEXT;


-- A posted order has a whole address, or none.
ALTER TABLE "orders" ADD CONSTRAINT "orders_shipping_address_whole" CHECK (
  num_nulls("ship_name", "ship_street", "ship_postcode", "ship_city", "ship_country") IN (0, 5)
);
