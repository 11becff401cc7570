"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { ConfirmDialog } from "@/components/ui/dialog";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Formatted } from "@/components/ui/formatted";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toast";
import { formatDateTime, formatMoney, type Money, moneyInput, parseMoney } from "@/lib/format";
import { wallTimeToIso } from "@/lib/time-zones";
import { api, fieldErrorsOf, messageOf, type RouterOutputs } from "@/trpc/react";

type Coupon = RouterOutputs["coupons"]["list"][number];

type Translate = ReturnType<typeof useTranslations<"settingsCoupons">>;

function discountText(coupon: Coupon, money: Money, t: Translate): string {
  return coupon.percentOff != null
    ? t("percentOff", { percent: coupon.percentOff })
    : t("amountOff", { amount: formatMoney(coupon.amountOffInCents ?? 0, money) });
}

function AddCouponForm({
  projectId,
  timeZone,
  money,
}: {
  projectId: string;
  timeZone: string;
  money: Money;
}) {
  const t = useTranslations("settingsCoupons");
  const toast = useToast();
  const utils = api.useUtils();
  const create = api.coupons.create.useMutation();
  const [kind, setKind] = useState<"percent" | "amount">("percent");
  const [amountError, setAmountError] = useState<string[] | undefined>();
  const [version, setVersion] = useState(0);
  const errors = fieldErrorsOf(create.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    let amountOffInCents: number | undefined;
    if (kind === "amount") {
      const parsed = parseMoney(text("value"), money);
      if (parsed === null) {
        setAmountError([t("amountError", { example: moneyInput(500, money) })]);
        return;
      }
      amountOffInCents = parsed;
    }
    setAmountError(undefined);
    const expires = text("expiresAt");
    const max = text("maxRedemptions");
    create.mutate(
      {
        projectId,
        code: text("code"),
        ...(kind === "percent"
          ? { percentOff: Number(text("value")) }
          : { amountOffInCents: amountOffInCents! }),
        ...(expires && { expiresAt: wallTimeToIso(expires, timeZone) }),
        ...(max && { maxRedemptions: Number(max) }),
      },
      {
        async onSuccess(coupon) {
          await utils.coupons.list.invalidate({ projectId });
          setVersion((v) => v + 1);
          toast(t("added", { code: coupon.code }));
        },
      },
    );
  }

  return (
    <form
      className="form coupon-form"
      onSubmit={handleSubmit}
      noValidate
      key={version}
      aria-label={t("addForm")}
    >
      <FormError error={create.error} />
      <div className="form-grid">
        <TextField
          label={t("code")}
          name="code"
          required
          maxLength={40}
          autoCapitalize="characters"
          hint={t("codeHint")}
          errors={errors.code}
        />
        <SelectField
          label={t("discount")}
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as "percent" | "amount")}
        >
          <option value="percent">{t("percentageOff")}</option>
          <option value="amount">{t("amountOffCurrency", { currency: money.currency })}</option>
        </SelectField>
        <TextField
          label={
            kind === "percent"
              ? t("percentOffLabel")
              : t("amountOffCurrency", { currency: money.currency })
          }
          name="value"
          inputMode={kind === "percent" ? "numeric" : "decimal"}
          required
          errors={kind === "percent" ? errors.percentOff : (amountError ?? errors.amountOffInCents)}
        />
      </div>
      <div className="form-grid">
        <TextField
          label={t("expires")}
          name="expiresAt"
          type="datetime-local"
          hint={t("expiresHint", { zone: timeZone })}
          errors={errors.expiresAt}
        />
        <TextField
          label={t("maxUses")}
          name="maxRedemptions"
          type="number"
          inputMode="numeric"
          min={1}
          errors={errors.maxRedemptions}
        />
      </div>
      <div className="button-row">
        <SubmitButton pending={create.isPending}>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}

/** A project's coupons: the list with how often each was redeemed, adding, and deleting. */
export function CouponsBlock({
  projectId,
  timeZone,
  money,
}: {
  projectId: string;
  timeZone: string;
  money: Money;
}) {
  const t = useTranslations("settingsCoupons");
  const toast = useToast();
  const utils = api.useUtils();
  const coupons = api.coupons.list.useQuery({ projectId });
  const remove = api.coupons.delete.useMutation();
  const [deleting, setDeleting] = useState<Coupon | null>(null);

  function confirmDelete() {
    if (!deleting) return;
    const coupon = deleting;
    remove.mutate(
      { projectId, couponId: coupon.id },
      {
        async onSuccess() {
          await utils.coupons.list.invalidate({ projectId });
          setDeleting(null);
          toast(t("deleted", { code: coupon.code }));
        },
      },
    );
  }

  return (
    <div className="sales-block" aria-labelledby="coupons-title" role="group">
      <h3 id="coupons-title">{t("title")}</h3>
      <p className="muted small">{t("about")}</p>
      {coupons.isPending ? (
        <ListSkeleton label={t("loading")} rows={2} />
      ) : coupons.isError ? (
        <ErrorAlert message={messageOf(coupons.error)} onRetry={() => void coupons.refetch()} />
      ) : coupons.data.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="coupon-list" aria-label={t("list")}>
          {coupons.data.map((coupon) => (
            <li
              key={coupon.id}
              className="coupon-item"
              aria-label={t("rowLabel", { code: coupon.code })}
            >
              <div>
                <strong className="coupon-code">{coupon.code}</strong>{" "}
                <Formatted>{discountText(coupon, money, t)}</Formatted>
                <div className="muted small">
                  <span data-testid="redemptions">
                    {coupon.maxRedemptions != null
                      ? t("usedOf", { count: coupon.redemptions, max: coupon.maxRedemptions })
                      : t("usedTimes", { count: coupon.redemptions })}
                  </span>
                  {coupon.expiresAt && (
                    <>
                      {" · "}
                      <Formatted>
                        {t("expiresAt", {
                          when: formatDateTime(coupon.expiresAt, timeZone, money.locale),
                        })}
                      </Formatted>
                    </>
                  )}
                </div>
              </div>
              <button
                type="button"
                className="button secondary small"
                onClick={() => {
                  remove.reset();
                  setDeleting(coupon);
                }}
              >
                {t("delete")}
                <span className="visually-hidden">{t("deleteHidden", { code: coupon.code })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddCouponForm projectId={projectId} timeZone={timeZone} money={money} />
      <ConfirmDialog
        open={deleting !== null}
        title={t("deleteTitle")}
        message={deleting && <p>{t("deleteMessage", { code: deleting.code })}</p>}
        confirmLabel={t("deleteConfirm")}
        pending={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
