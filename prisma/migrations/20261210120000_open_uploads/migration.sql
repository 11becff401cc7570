-- CreateTable
CREATE TABLE "open_uploads" (
    "id" TEXT NOT NULL,
    "operator_id" UUID NOT NULL,
    "photographer_id" UUID NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "open_uploads_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "open_uploads_photographer_id_idx" ON "open_uploads"("photographer_id");

-- AddForeignKey
ALTER TABLE "open_uploads" ADD CONSTRAINT "open_uploads_operator_id_photographer_id_fkey" FOREIGN KEY ("operator_id", "photographer_id") REFERENCES "photographers"("operator_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
