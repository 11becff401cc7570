-- CreateTable
CREATE TABLE "payment_accounts" (
    "operator_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "secret_key_sealed" TEXT NOT NULL,
    "webhook_secret_sealed" TEXT NOT NULL,
    "key_last4" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "payment_accounts_pkey" PRIMARY KEY ("operator_id")
);

-- CreateTable
CREATE TABLE "card_payments" (
    "operator_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "checkout_session_id" TEXT NOT NULL,
    "payment_intent_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "card_payments_pkey" PRIMARY KEY ("operator_id","project_id","order_id")
);

-- CreateTable
CREATE TABLE "payment_webhook_events" (
    "operator_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_webhook_events_pkey" PRIMARY KEY ("operator_id","provider","event_id")
);

-- CreateIndex
CREATE INDEX "card_payments_operator_id_payment_intent_id_idx" ON "card_payments"("operator_id", "payment_intent_id");

-- AddForeignKey
ALTER TABLE "payment_accounts" ADD CONSTRAINT "payment_accounts_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_operator_id_project_id_order_id_fkey" FOREIGN KEY ("operator_id", "project_id", "order_id") REFERENCES "orders"("operator_id", "project_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_webhook_events" ADD CONSTRAINT "payment_webhook_events_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE CASCADE;
