import type { Metadata } from "next";
import { notFound } from "next/navigation";
import "@/features/orders/orders.css";
import { OrderDetail } from "@/features/orders/order-detail";
import { notFoundOnMissing } from "@/server/session/not-found";
import { api, HydrateClient } from "@/trpc/server";

export const metadata: Metadata = { title: "Order" };

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
