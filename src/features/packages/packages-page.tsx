"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { ConfirmDialog, Dialog, FormDialogActions } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/feedback";
import { CheckboxField, TextField } from "@/components/ui/field";
import { QueryView } from "@/components/ui/query-view";
import { RowActions } from "@/components/ui/row-actions";
import { Formatted } from "@/components/ui/formatted";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { useStudio } from "@/features/studio/use-studio";
import { moneyInput, parseMoney } from "@/lib/format";
import { api, fieldErrorsOf, messageOf, type RouterOutputs } from "@/trpc/react";

type Package = RouterOutputs["packages"]["list"][number];

function PackageForm({ pkg, onDone }: { pkg?: Package; onDone: () => void }) {
  const t = useTranslations("settingsPackages");
  const toast = useToast();
  const utils = api.useUtils();
  const { money } = useStudio();
  const create = api.packages.create.useMutation();
  const update = api.packages.update.useMutation();
  const mutation = pkg ? update : create;
  const [priceError, setPriceError] = useState<string | null>(null);
  const errors = fieldErrorsOf(mutation.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const price = parseMoney(String(form.get("price")), money);
    if (price === null) {
      setPriceError(
        t("priceError", { currency: money.currency, example: moneyInput(1999, money) }),
      );
      return;
    }
    setPriceError(null);
    const fields = {
      name: String(form.get("name")),
      price,
      photoCount: Number(form.get("photoCount")),
      requiresShipping: form.get("requiresShipping") === "on",
    };
    const onSuccess = async () => {
      await Promise.all([
        utils.packages.list.invalidate(),
        pkg ? utils.projects.get.invalidate() : undefined,
      ]);
      toast(pkg ? t("saved") : t("created"));
      onDone();
    };
    if (pkg) update.mutate({ id: pkg.id, ...fields }, { onSuccess });
    else create.mutate(fields, { onSuccess });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormError error={mutation.error} />
      <TextField
        label={t("name")}
        name="name"
        defaultValue={pkg?.name}
        required
        errors={errors.name}
      />
      <TextField
        label={t("price", { currency: money.currency })}
        name="price"
        inputMode="decimal"
        required
        defaultValue={pkg ? moneyInput(pkg.price, money) : ""}
        placeholder={moneyInput(1999, money)}
        errors={priceError ? [priceError] : errors.price}
      />
      <TextField
        label={t("photoCount")}
        name="photoCount"
        type="number"
        min={1}
        step={1}
        required
        defaultValue={pkg?.photoCount ?? 10}
        errors={errors.photoCount}
      />
      <CheckboxField
        label={t("requiresShipping")}
        name="requiresShipping"
        defaultChecked={pkg?.requiresShipping ?? false}
        errors={errors.requiresShipping}
      />
      <FormDialogActions
        pending={mutation.isPending}
        submitLabel={pkg ? t("save") : t("create")}
        onCancel={onDone}
      />
    </form>
  );
}

export function PackagesPage() {
  const t = useTranslations("settingsPackages");
  const toast = useToast();
  const utils = api.useUtils();
  const { formatPrice } = useStudio();
  const packages = api.packages.list.useQuery();
  const remove = api.packages.delete.useMutation();
  const [editing, setEditing] = useState<Package | "new" | null>(null);
  const [deleting, setDeleting] = useState<Package | null>(null);

  function confirmDelete() {
    if (!deleting) return;
    remove.mutate(
      { id: deleting.id },
      {
        async onSuccess() {
          await Promise.all([
            utils.packages.list.invalidate(),
            utils.projects.get.invalidate(),
            utils.projects.list.invalidate(),
            utils.analytics.get.invalidate(),
          ]);
          toast(t("deleted", { name: deleting.name }));
          setDeleting(null);
        },
      },
    );
  }

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <button type="button" className="button" onClick={() => setEditing("new")}>
            {t("new")}
          </button>
        }
      />
      <QueryView
        query={packages}
        loadingLabel={t("loading")}
        empty={
          <EmptyState title={t("emptyTitle")}>
            <span>{t("emptyAbout")}</span>
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="list" aria-label={t("list")}>
            {items.map((pkg) => (
              <li key={pkg.id} className="list-item">
                <div>
                  <h3>{pkg.name}</h3>
                  <div className="muted small">
                    <span data-price>
                      <Formatted>{formatPrice(pkg.price)}</Formatted>
                    </span>{" "}
                    · {t("photos", { count: pkg.photoCount })}
                    {pkg.requiresShipping && ` · ${t("posted")}`}
                  </div>
                </div>
                <RowActions
                  name={pkg.name}
                  onEdit={() => setEditing(pkg)}
                  onDelete={() => {
                    remove.reset();
                    setDeleting(pkg);
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <Dialog
        open={editing !== null}
        title={editing === "new" ? t("new") : t("edit")}
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <PackageForm
            key={editing === "new" ? "new" : editing.id}
            pkg={editing === "new" ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t("deleteTitle")}
        message={<p>{t("deleteMessage", { name: deleting?.name ?? "" })}</p>}
        confirmLabel={t("delete")}
        pending={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
