"use client";

import { useTranslations } from "use-intl";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { api, fieldErrorsOf } from "@/trpc/react";
import type { Gallery } from "./gallery-view";

type GalleryOrder = Gallery["orders"][number];

/**
 * Choosing the photos of an order placed without them: the photos are
 * chosen in the grid above, then saved here. Saved photos are final: what is
 * paid for is what is downloaded.
 */
export function ChoosePhotosPanel({
  order,
  chosen,
  onCancel,
  onSaved,
}: {
  order: GalleryOrder;
  chosen: string[];
  onCancel: () => void;
  onSaved: () => void;
}) {
  const t = useTranslations("galleryChoose");
  const utils = api.useUtils();
  const save = api.gallery.choosePhotos.useMutation({
    async onSuccess() {
      await utils.gallery.get.invalidate();
      onSaved();
    },
  });
  const errors = fieldErrorsOf(save.error);
  const photoError = Object.entries(errors).find(([field]) => field.startsWith("photoIds"))?.[1];
  const count = order.photoCount;

  return (
    <section
      aria-labelledby="choose-heading"
      className="gallery-section card order-summary choose-panel"
    >
      <h2 id="choose-heading">
        {count === 1
          ? t("headingOne", { number: order.number })
          : t("heading", { count, number: order.number })}
      </h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ orderId: order.id, photoIds: chosen });
        }}
        noValidate
      >
        <p aria-live="polite">
          <strong data-testid="chosen-count">
            {t("chosen", { chosen: chosen.length, count })}
          </strong>
          {t("hint")}
        </p>
        {photoError && (
          <p className="field-error" role="alert">
            {photoError.join(" ")}
          </p>
        )}
        <FormError error={save.error} />
        <div className="button-row">
          <SubmitButton
            pending={save.isPending}
            pendingLabel={t("saving")}
            disabled={chosen.length === 0}
          >
            {t("save", { count: chosen.length })}
          </SubmitButton>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
