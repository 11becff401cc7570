-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "accounts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "token_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "operators" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "account_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "billing_address" TEXT,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "locale" TEXT NOT NULL DEFAULT 'en-US',
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "profile_picture_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "operators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photographers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "operator_id" UUID NOT NULL,
    "account_id" UUID,
    "name" TEXT NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "photographers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "operator_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "location_name" TEXT,
    "start_at" TIMESTAMPTZ(3),
    "end_at" TIMESTAMPTZ(3),
    "project_link" TEXT,
    "terms_and_conditions" TEXT,
    "timezone" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "packages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "operator_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "price_cents" INTEGER NOT NULL,
    "photo_count" INTEGER NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "packages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_photographers" (
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "photographer_id" UUID NOT NULL,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_photographers_pkey" PRIMARY KEY ("project_id","photographer_id")
);

-- CreateTable
CREATE TABLE "project_packages" (
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "package_id" UUID NOT NULL,
    "linked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_packages_pkey" PRIMARY KEY ("project_id","package_id")
);

-- CreateTable
CREATE TABLE "members" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "enrolled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photos" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "photographer_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_tags" (
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "photo_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "tagged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_tags_pkey" PRIMARY KEY ("photo_id","member_id")
);

-- CreateTable
CREATE TABLE "orders" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "package_id" UUID NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "ordered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admins" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "profile_image" TEXT,
    "token_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "admins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admin_password_resets" (
    "admin_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "consumed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "admin_password_resets_pkey" PRIMARY KEY ("admin_id")
);

-- CreateTable
CREATE TABLE "rate_limit_buckets" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL,
    "reset_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_buckets_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "accounts_email_key" ON "accounts"("email");

-- CreateIndex
CREATE UNIQUE INDEX "operators_account_id_key" ON "operators"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "photographers_account_id_key" ON "photographers"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "photographers_operator_id_id_key" ON "photographers"("operator_id", "id");

-- CreateIndex
CREATE INDEX "projects_operator_id_start_at_idx" ON "projects"("operator_id", "start_at");

-- CreateIndex
CREATE UNIQUE INDEX "projects_operator_id_id_key" ON "projects"("operator_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "packages_operator_id_id_key" ON "packages"("operator_id", "id");

-- CreateIndex
CREATE INDEX "project_photographers_operator_id_photographer_id_idx" ON "project_photographers"("operator_id", "photographer_id");

-- CreateIndex
CREATE INDEX "project_packages_operator_id_package_id_idx" ON "project_packages"("operator_id", "package_id");

-- CreateIndex
CREATE UNIQUE INDEX "members_operator_id_project_id_id_key" ON "members"("operator_id", "project_id", "id");

-- CreateIndex
CREATE INDEX "photos_operator_id_project_id_photographer_id_idx" ON "photos"("operator_id", "project_id", "photographer_id");

-- CreateIndex
CREATE UNIQUE INDEX "photos_operator_id_project_id_id_key" ON "photos"("operator_id", "project_id", "id");

-- CreateIndex
CREATE INDEX "photo_tags_operator_id_project_id_member_id_idx" ON "photo_tags"("operator_id", "project_id", "member_id");

-- CreateIndex
CREATE INDEX "orders_operator_id_project_id_member_id_idx" ON "orders"("operator_id", "project_id", "member_id");

-- CreateIndex
CREATE INDEX "orders_operator_id_project_id_package_id_idx" ON "orders"("operator_id", "project_id", "package_id");

-- CreateIndex
CREATE UNIQUE INDEX "admins_email_key" ON "admins"("email");

-- CreateIndex
CREATE INDEX "rate_limit_buckets_reset_at_idx" ON "rate_limit_buckets"("reset_at");

-- AddForeignKey
ALTER TABLE "operators" ADD CONSTRAINT "operators_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photographers" ADD CONSTRAINT "photographers_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photographers" ADD CONSTRAINT "photographers_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packages" ADD CONSTRAINT "packages_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_photographers" ADD CONSTRAINT "project_photographers_operator_id_project_id_fkey" FOREIGN KEY ("operator_id", "project_id") REFERENCES "projects"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_photographers" ADD CONSTRAINT "project_photographers_operator_id_photographer_id_fkey" FOREIGN KEY ("operator_id", "photographer_id") REFERENCES "photographers"("operator_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_packages" ADD CONSTRAINT "project_packages_operator_id_project_id_fkey" FOREIGN KEY ("operator_id", "project_id") REFERENCES "projects"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_packages" ADD CONSTRAINT "project_packages_operator_id_package_id_fkey" FOREIGN KEY ("operator_id", "package_id") REFERENCES "packages"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "members" ADD CONSTRAINT "members_operator_id_project_id_fkey" FOREIGN KEY ("operator_id", "project_id") REFERENCES "projects"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photos" ADD CONSTRAINT "photos_operator_id_project_id_fkey" FOREIGN KEY ("operator_id", "project_id") REFERENCES "projects"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photos" ADD CONSTRAINT "photos_operator_id_photographer_id_fkey" FOREIGN KEY ("operator_id", "photographer_id") REFERENCES "photographers"("operator_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_tags" ADD CONSTRAINT "photo_tags_operator_id_project_id_photo_id_fkey" FOREIGN KEY ("operator_id", "project_id", "photo_id") REFERENCES "photos"("operator_id", "project_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_tags" ADD CONSTRAINT "photo_tags_operator_id_project_id_member_id_fkey" FOREIGN KEY ("operator_id", "project_id", "member_id") REFERENCES "members"("operator_id", "project_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_operator_id_project_id_member_id_fkey" FOREIGN KEY ("operator_id", "project_id", "member_id") REFERENCES "members"("operator_id", "project_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_operator_id_package_id_fkey" FOREIGN KEY ("operator_id", "package_id") REFERENCES "packages"("operator_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admin_password_resets" ADD CONSTRAINT "admin_password_resets_admin_id_fkey" FOREIGN KEY ("admin_id") REFERENCES "admins"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: constraints Prisma's schema language cannot express.
-- E-mails are stored trimmed and lower-cased, which makes their unique indexes case-insensitive.
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_email_normalized" CHECK ("email" = lower(btrim("email")));
ALTER TABLE "admins" ADD CONSTRAINT "admins_email_normalized" CHECK ("email" = lower(btrim("email")));
ALTER TABLE "packages" ADD CONSTRAINT "packages_price_cents_non_negative" CHECK ("price_cents" >= 0);
ALTER TABLE "packages" ADD CONSTRAINT "packages_photo_count_positive" CHECK ("photo_count" > 0);
ALTER TABLE "projects" ADD CONSTRAINT "projects_end_after_start" CHECK ("end_at" IS NULL OR "start_at" IS NULL OR "end_at" >= "start_at");
ALTER TABLE "orders" ADD CONSTRAINT "orders_amount_cents_non_negative" CHECK ("amount_cents" >= 0);
