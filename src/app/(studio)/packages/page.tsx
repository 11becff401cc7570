import type { Metadata } from "next";
import { PackagesPage } from "@/features/packages/packages-page";
import { api, HydrateClient } from "@/trpc/server";

export const metadata: Metadata = { title: "Packages" };

export default function Page() {
  void api.packages.list.prefetch();
  return (
    <HydrateClient>
      <PackagesPage />
    </HydrateClient>
  );
}
