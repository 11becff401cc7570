"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { type ReactNode, useCallback, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { EmptyState, ErrorAlert } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { formatDate } from "@/lib/format";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { ChoosePhotosPanel } from "./choose-photos";
import { OrderSummary, PackagePicker, type PlacedOrder } from "./order-form";
import { OrderList } from "./order-list";
import { OrderingDeadline } from "./ordering-deadline";
import { PaymentInstructions } from "./payment-instructions";
import { PhotoGrid } from "./photo-grid";
import { PhotoViewer } from "./photo-viewer";

export type Gallery = RouterOutputs["gallery"]["get"];

/** The member's gallery page: their orders, their photos, and ordering. */
export function GalleryView() {
  const t = useTranslations("galleryView");
  const locale = useLocale();
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
  /** The order whose photos are being chosen, instead of a package being ordered. */
  const [choosingId, setChoosingId] = useState<string | null>(null);
  const refetch = gallery.refetch;
  const onDeadline = useCallback(() => void refetch(), [refetch]);

  if (gallery.error) {
    const ended = gallery.error.data?.code === "UNAUTHORIZED";
    return (
      <main className="gallery-main">
        {ended ? (
          <div className="alert info" role="alert">
            {messageOf(gallery.error)} <a href="/gallery">{t("enterCode")}</a>
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
        <p role="status">{t("loading")}</p>
      </main>
    );
  }
  const data = gallery.data;
  const closed = data.project.orderingClosed;
  const pkg = closed ? null : (data.packages.find((p) => p.id === packageId) ?? null);
  const choosing = data.orders.find((o) => o.id === choosingId && o.photosToChoose > 0) ?? null;
  const selecting = choosing ? { photoCount: choosing.photoCount } : pkg;
  const returnedOrder = returnedOrderId
    ? (data.orders.find((o) => o.id === returnedOrderId && o.status !== "refunded") ?? null)
    : null;

  function choosePackage(id: string) {
    const next = data.packages.find((p) => p.id === id);
    setChoosingId(null);
    setPackageId(id);
    setPlaced(null);
    // Keep the photos already chosen, up to the new package's count.
    setChosen((current) => current.slice(0, next?.photoCount ?? 0));
  }

  function toggle(photoId: string) {
    setChosen((current) =>
      current.includes(photoId)
        ? current.filter((id) => id !== photoId)
        : selecting && current.length < selecting.photoCount
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
          <p className="muted">{t("hello", { name: data.member.name })}</p>
        </div>
        <button
          type="button"
          className="button ghost small"
          onClick={() => close.mutate()}
          disabled={close.isPending}
        >
          {t("leave")}
        </button>
      </header>
      <main className="gallery-main">
        {placed && (
          <div className="alert success order-placed stack" role="status">
            <p>
              <strong>
                {t.rich("placed", {
                  number: placed.order.number,
                  num: (chunks) => <span data-testid="placed-order-number">{chunks}</span>,
                })}
              </strong>
              {placed.emailed && ` ${t("emailed")}`}
            </p>
            {placed.payment.kind === "offline" && (
              <PaymentInstructions transfer={placed.payment.transfer} />
            )}
          </div>
        )}

        {returnedOrder && (
          <div
            className={`alert ${returnedOrder.status === "paid" ? "success" : "info"}`}
            role="status"
          >
            {returnedOrder.status === "paid"
              ? t("returnedPaid", { number: returnedOrder.number })
              : t("returnedPending", { number: returnedOrder.number })}
          </div>
        )}

        <OrderingDeadline gallery={data} onClosed={onDeadline} />

        {data.orders.length > 0 && (
          <OrderList
            gallery={data}
            choosingId={choosing?.id ?? null}
            onChoose={(order) => {
              setPackageId(null);
              setPlaced(null);
              setChosen([]);
              setChoosingId(order.id);
              document.getElementById("photos-heading")?.scrollIntoView({ behavior: "smooth" });
            }}
          />
        )}

        {data.photos.length > 0 && !closed && (
          <PackagePicker gallery={data} packageId={packageId} onChoose={choosePackage} />
        )}

        <section aria-labelledby="photos-heading" className="gallery-section">
          <div className="section-heading">
            <h2 id="photos-heading">{t("photosHeading")}</h2>
            {data.photos.length > 0 && (
              <p className="muted small" aria-live="polite">
                {/* While choosing: "Choose up to 2 for Duo", or "Big Pack holds all 3 of your photos". */}
                {selecting
                  ? t(
                      data.photos.length > selecting.photoCount
                        ? "chooseUpTo"
                        : data.photos.length === 1
                          ? "holdsOne"
                          : "holdsAll",
                      {
                        what: choosing ? t("forOrder", { number: choosing.number }) : pkg!.name,
                        count: selecting.photoCount,
                        yours: data.photos.length,
                        chosen: chosen.length,
                      },
                    )
                  : t("photoCount", { count: data.photos.length })}
              </p>
            )}
            {selecting && data.photos.length <= selecting.photoCount && (
              <button
                type="button"
                className="button secondary small"
                onClick={() => setChosen(data.photos.map((photo) => photo.id))}
                disabled={chosen.length === data.photos.length}
              >
                {data.photos.length === 1
                  ? t("chooseIt")
                  : t("chooseAll", { count: data.photos.length })}
              </button>
            )}
          </div>
          {data.project.photosAvailableUntil && (
            <p className="muted small" data-testid="photos-available-until">
              {t.rich("availableUntil", {
                date: formatDate(data.project.photosAvailableUntil, data.project.timezone, locale),
                fmt: (chunks: ReactNode) => <Formatted>{chunks}</Formatted>,
              })}
            </p>
          )}
          {data.photos.length === 0 && !data.project.photosAvailableUntil ? (
            <EmptyState title={t("deletedTitle")}>
              <p>{t("deletedText")}</p>
            </EmptyState>
          ) : data.photos.length === 0 ? (
            <EmptyState title={t("noPhotosTitle")}>
              <p>{t("noPhotosText")}</p>
            </EmptyState>
          ) : (
            <PhotoGrid
              photos={data.photos}
              selecting={selecting}
              chosen={chosen}
              onToggle={toggle}
              onOpen={setViewing}
            />
          )}
        </section>

        {choosing && (
          <ChoosePhotosPanel
            order={choosing}
            chosen={chosen}
            onCancel={() => {
              setChoosingId(null);
              setChosen([]);
            }}
            onSaved={() => {
              setChoosingId(null);
              setChosen([]);
              window.scrollTo({ top: 0, behavior: "smooth" });
            }}
          />
        )}

        {pkg && !choosing && (
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
