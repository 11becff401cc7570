import type { Metadata } from "next";
import { galleryPageMessages } from "@/features/gallery/page-messages";
import { PrivacyNotice } from "@/features/gallery/privacy-notice";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await galleryPageMessages())("privacyTitle") };
}

/** What the studio stores, until when, and whom to ask: before and after entering a code. */
export default async function GalleryPrivacyPage() {
  const privacy = await api.gallery.privacy();
  return <PrivacyNotice privacy={privacy} />;
}
