import type { Metadata } from "next";
import { Suspense } from "react";
import { Dashboard } from "@/features/dashboard/dashboard";
import { api, HydrateClient } from "@/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ projectId?: string }>;
}) {
  const { projectId } = await searchParams;
  void api.projects.list.prefetch();
  void api.analytics.get.prefetch(projectId ? { projectId } : {});
  return (
    <HydrateClient>
      <Suspense>
        <Dashboard />
      </Suspense>
    </HydrateClient>
  );
}
