import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { createTranslator } from "use-intl";
import "@/features/orders/orders.css";
import { OrderDetail } from "@/features/orders/order-detail";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { notFoundOnMissing } from "@/server/session/not-found";
import { api, HydrateClient } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const { language, locale } = await getPageIntl();
  const t = createTranslator({ locale, messages: messagesOf(language), namespace: "ordersDetail" });
  return { title: t("metaTitle") };
}

export default async function OrderPage({
  params,
}: {
  params: Promise<{ id: string; orderId: string }>;
}) {
  const { id, orderId } = await params;
  const [project, order] = await Promise.all([
    api.projects.get({ id }).catch(notFoundOnMissing),
    api.orders.get({ id: orderId }).catch(notFoundOnMissing),
  ]);
  if (order.projectId !== project.id) notFound();
  return (
    <HydrateClient>
      <OrderDetail projectName={project.name} initialOrder={order} />
    </HydrateClient>
  );
}
