import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { GalleryView } from "@/features/gallery/gallery-view";
import { galleryPageMessages } from "@/features/gallery/page-messages";
import { galleryPageState, hadGalleryCookie } from "@/server/session/gallery-page";
import { api, HydrateClient } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await galleryPageMessages())("photosTitle") };
}

/** The member's gallery: their photos, the packages to order, their orders. */
export default async function GalleryPhotosPage() {
  const { member, unavailable } = await galleryPageState();
  if (unavailable) redirect("/gallery?unavailable");
  if (!member) {
    redirect((await hadGalleryCookie()) ? "/gallery?ended" : "/gallery");
  }
  await api.gallery.get.prefetch();
  return (
    <HydrateClient>
      <GalleryView />
    </HydrateClient>
  );
}
