"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { EmptyState, ErrorAlert } from "@/components/ui/feedback";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { OrderSummary, PackagePicker, type PlacedOrder } from "./order-form";
import { OrderList } from "./order-list";
import { PhotoGrid } from "./photo-grid";
import { PhotoViewer } from "./photo-viewer";

export type Gallery = RouterOutputs["gallery"]["get"];

/** The member's gallery page: their orders, their photos, and ordering. */
export function GalleryView() {
  const router = useRouter();
  const search = useSearchParams();
  // Back from a card checkout: the order turns paid when the provider's webhook
  // confirms it (never from this redirect), so the gallery asks again until then.
  const returnedOrderId = search.get("payment") === "done" ? search.get("order") : null;
  const gallery = api.gallery.get.useQuery(undefined, {
    retry: false,
    refetchInterval: (query) =>
      returnedOrderId &&
      query.state.data?.orders.some((o) => o.id === returnedOrderId && o.status === "pending")
        ? 2_000
        : false,
  });
  const close = api.gallery.close.useMutation({
    onSettled() {
      router.replace("/gallery");
      router.refresh();
    },
  });
  const [viewing, setViewing] = useState<number | null>(null);
  const [packageId, setPackageId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [placed, setPlaced] = useState<PlacedOrder | null>(null);

  if (gallery.error) {
    const ended = gallery.error.data?.code === "UNAUTHORIZED";
    return (
      <main className="gallery-main">
        {ended ? (
          <div className="alert info" role="alert">
            {messageOf(gallery.error)} <a href="/gallery">Enter your code</a>
          </div>
        ) : (
          <ErrorAlert message={messageOf(gallery.error)} onRetry={() => void gallery.refetch()} />
        )}
      </main>
    );
  }
  if (!gallery.data) {
    return (
      <main className="gallery-main" aria-busy="true">
        <p role="status">Loading your photos…</p>
      </main>
    );
  }
  const data = gallery.data;
  const pkg = data.packages.find((p) => p.id === packageId) ?? null;
  const returnedOrder = returnedOrderId
    ? (data.orders.find((o) => o.id === returnedOrderId && o.status !== "refunded") ?? null)
    : null;

  function choosePackage(id: string) {
    const next = data.packages.find((p) => p.id === id);
    setPackageId(id);
    setPlaced(null);
    // Keep the photos already chosen, up to the new package's count.
    setChosen((current) => current.slice(0, next?.photoCount ?? 0));
  }

  function toggle(photoId: string) {
    setChosen((current) =>
      current.includes(photoId)
        ? current.filter((id) => id !== photoId)
        : pkg && current.length < pkg.photoCount
          ? [...current, photoId]
          : current,
    );
  }

  return (
    <>
      <header className="gallery-header">
        <div>
          <p className="gallery-studio">{data.studio.name}</p>
          <h1>{data.project.name}</h1>
          <p className="muted">Hello, {data.member.name}.</p>
        </div>
        <button
          type="button"
          className="button ghost small"
          onClick={() => close.mutate()}
          disabled={close.isPending}
        >
          Leave gallery
        </button>
      </header>
      <main className="gallery-main">
        {placed && (
          <div className="alert success order-placed" role="status">
            <strong>
              Order <span data-testid="placed-order-number">{placed.order.number}</span> placed.
            </strong>{" "}
            {placed.payment.kind === "offline" ? placed.payment.instructions : null}
            {placed.emailed && " We sent a confirmation to your e-mail address."}
          </div>
        )}

        {returnedOrder && (
          <div
            className={`alert ${returnedOrder.status === "paid" ? "success" : "info"}`}
            role="status"
          >
            {returnedOrder.status === "paid"
              ? `Thank you! Order ${returnedOrder.number} is paid: your download is ready below.`
              : `Your payment for order ${returnedOrder.number} is being confirmed. This page updates by itself.`}
          </div>
        )}

        {data.orders.length > 0 && <OrderList gallery={data} />}

        {data.photos.length > 0 && (
          <PackagePicker gallery={data} packageId={packageId} onChoose={choosePackage} />
        )}

        <section aria-labelledby="photos-heading" className="gallery-section">
          <div className="section-heading">
            <h2 id="photos-heading">Your photos</h2>
            {data.photos.length > 0 && (
              <p className="muted small" aria-live="polite">
                {pkg
                  ? `Choose up to ${pkg.photoCount} for ${pkg.name}: ${chosen.length} of ${pkg.photoCount} chosen.`
                  : `${data.photos.length === 1 ? "1 photo" : `${data.photos.length} photos`}. Tap a photo to see it larger.`}
              </p>
            )}
          </div>
          {data.photos.length === 0 ? (
            <EmptyState title="No photos yet">
              <p>
                Your photos appear here once the studio has uploaded them. Come back later with the
                same code.
              </p>
            </EmptyState>
          ) : (
            <PhotoGrid
              photos={data.photos}
              selecting={pkg}
              chosen={chosen}
              onToggle={toggle}
              onOpen={setViewing}
            />
          )}
        </section>

        {pkg && (
          <OrderSummary
            gallery={data}
            pkg={pkg}
            chosen={chosen}
            onCancel={() => {
              setPackageId(null);
              setChosen([]);
            }}
            onPlaced={(result) => {
              setPlaced(result);
              setChosen([]);
              setPackageId(null);
              window.scrollTo({ top: 0, behavior: "smooth" });
            }}
          />
        )}
      </main>
      <PhotoViewer
        photos={data.photos}
        index={viewing}
        onIndex={setViewing}
        onClose={() => setViewing(null)}
      />
    </>
  );
}
