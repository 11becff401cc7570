import type { Metadata } from "next";
import { StudiosPage } from "@/features/admin/studios-page";
import { api, HydrateClient } from "@/trpc/server";

export const metadata: Metadata = { title: "Studios" };

export default function Page() {
  void api.admins.studios.prefetch({ page: 1, pageSize: 20 });
  return (
    <HydrateClient>
      <StudiosPage />
    </HydrateClient>
  );
}
