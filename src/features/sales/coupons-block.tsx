"use client";

import { type FormEvent, useState } from "react";
import { ConfirmDialog } from "@/components/ui/dialog";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Formatted } from "@/components/ui/formatted";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toast";
import { formatDateTime, formatMoney, type Money, parseMoney } from "@/lib/format";
import { wallTimeToIso } from "@/lib/time-zones";
import { api, fieldErrorsOf, messageOf, type RouterOutputs } from "@/trpc/react";

type Coupon = RouterOutputs["coupons"]["list"][number];

function discountText(coupon: Coupon, money: Money): string {
  return coupon.percentOff != null
    ? `${coupon.percentOff}% off`
    : `${formatMoney(coupon.amountOffInCents ?? 0, money)} off`;
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
        setAmountError(["Enter an amount, such as 5.00"]);
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
          toast(`Coupon ${coupon.code} added`);
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
      aria-label="Add a coupon"
    >
      <FormError error={create.error} />
      <div className="form-grid">
        <TextField
          label="Code"
          name="code"
          required
          maxLength={40}
          autoCapitalize="characters"
          hint="Letters, digits, dashes; members type it in any case."
          errors={errors.code}
        />
        <SelectField
          label="Discount"
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as "percent" | "amount")}
        >
          <option value="percent">Percentage off</option>
          <option value="amount">Amount off ({money.currency})</option>
        </SelectField>
        <TextField
          label={kind === "percent" ? "Percent off" : `Amount off (${money.currency})`}
          name="value"
          inputMode={kind === "percent" ? "numeric" : "decimal"}
          required
          errors={kind === "percent" ? errors.percentOff : (amountError ?? errors.amountOffInCents)}
        />
      </div>
      <div className="form-grid">
        <TextField
          label="Expires (optional)"
          name="expiresAt"
          type="datetime-local"
          hint={`In the project's time zone (${timeZone}).`}
          errors={errors.expiresAt}
        />
        <TextField
          label="Uses at most (optional)"
          name="maxRedemptions"
          type="number"
          inputMode="numeric"
          min={1}
          errors={errors.maxRedemptions}
        />
      </div>
      <div className="button-row">
        <SubmitButton pending={create.isPending}>Add coupon</SubmitButton>
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
          toast(`Coupon ${coupon.code} deleted`);
        },
      },
    );
  }

  return (
    <div className="sales-block" aria-labelledby="coupons-title" role="group">
      <h3 id="coupons-title">Coupons</h3>
      <p className="muted small">
        Members enter a code when ordering. A coupon applies after the early bird, to what remains.
      </p>
      {coupons.isPending ? (
        <ListSkeleton label="Loading coupons" rows={2} />
      ) : coupons.isError ? (
        <ErrorAlert message={messageOf(coupons.error)} onRetry={() => void coupons.refetch()} />
      ) : coupons.data.length === 0 ? (
        <EmptyState title="No coupons yet" />
      ) : (
        <ul className="coupon-list" aria-label="Coupons">
          {coupons.data.map((coupon) => (
            <li key={coupon.id} className="coupon-item" aria-label={`Coupon ${coupon.code}`}>
              <div>
                <strong className="coupon-code">{coupon.code}</strong>{" "}
                <Formatted>{discountText(coupon, money)}</Formatted>
                <div className="muted small">
                  <span data-testid="redemptions">
                    Used {coupon.redemptions}
                    {coupon.maxRedemptions != null ? ` of ${coupon.maxRedemptions}` : ""}{" "}
                    {coupon.redemptions === 1 && coupon.maxRedemptions == null ? "time" : "times"}
                  </span>
                  {coupon.expiresAt && (
                    <>
                      {" · "}
                      expires{" "}
                      <Formatted>
                        {formatDateTime(coupon.expiresAt, timeZone, money.locale)}
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
                Delete<span className="visually-hidden"> coupon {coupon.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddCouponForm projectId={projectId} timeZone={timeZone} money={money} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this coupon?"
        message={
          deleting && (
            <p>
              Members can no longer use {deleting.code}. Orders that used it keep their discount.
            </p>
          )
        }
        confirmLabel="Delete coupon"
        pending={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
