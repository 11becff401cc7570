import type { Metadata } from "next";
import { JobQueuesPage } from "@/features/admin/job-queues-page";
import { api, HydrateClient } from "@/trpc/server";

export const metadata: Metadata = { title: "Background jobs" };

export default function Page() {
  void api.jobQueues.overview.prefetch();
  void api.jobQueues.failed.prefetch({ limit: 20 });
  return (
    <HydrateClient>
      <JobQueuesPage />
    </HydrateClient>
  );
}
