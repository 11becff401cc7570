-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "orders_close_at" TIMESTAMPTZ(3),
ADD COLUMN     "reminder_days_before_close" INTEGER[] DEFAULT ARRAY[7, 1]::INTEGER[];
