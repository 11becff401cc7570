-- AlterEnum
ALTER TYPE "audit_action" ADD VALUE 'studio_suspended';
ALTER TYPE "audit_action" ADD VALUE 'studio_unsuspended';

-- AlterTable
ALTER TABLE "operators" ADD COLUMN     "suspended_at" TIMESTAMPTZ(3);
