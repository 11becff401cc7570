import type { Metadata } from "next";
import { StudioPage } from "@/features/admin/studio-page";
import { notFoundOnMissing } from "@/server/session/not-found";
import { api } from "@/trpc/server";

export const metadata: Metadata = { title: "Studio" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const studio = await api.admins.studio({ id }).catch(notFoundOnMissing);
  return <StudioPage id={id} initialStudio={studio} />;
}
