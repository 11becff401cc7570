import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/features/gallery/gallery.css";

export const metadata: Metadata = { title: { default: "Your gallery", template: "%s · Gallery" } };

/** The members' gallery: no back-office chrome, phone first. */
export default function GalleryLayout({ children }: { children: ReactNode }) {
  return <div className="gallery-page">{children}</div>;
}
