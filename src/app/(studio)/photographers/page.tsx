import type { Metadata } from "next";
import { PhotographersPage } from "@/features/photographers/photographers-page";
import { api, HydrateClient } from "@/trpc/server";

export const metadata: Metadata = { title: "Photographers" };

export default function Page() {
  void api.photographers.list.prefetch();
  return (
    <HydrateClient>
      <PhotographersPage />
    </HydrateClient>
  );
}
