"use client";

import { type FormEvent, useState } from "react";
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
      setPriceError(`Enter an amount in ${money.currency}, such as ${moneyInput(1999, money)}`);
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
      toast(pkg ? "Package saved" : "Package created");
      onDone();
    };
    if (pkg) update.mutate({ id: pkg.id, ...fields }, { onSuccess });
    else create.mutate(fields, { onSuccess });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormError error={mutation.error} />
      <TextField label="Name" name="name" defaultValue={pkg?.name} required errors={errors.name} />
      <TextField
        label={`Price (${money.currency})`}
        name="price"
        inputMode="decimal"
        required
        defaultValue={pkg ? moneyInput(pkg.price, money) : ""}
        placeholder={moneyInput(1999, money)}
        errors={priceError ? [priceError] : errors.price}
      />
      <TextField
        label="Photos included"
        name="photoCount"
        type="number"
        min={1}
        step={1}
        required
        defaultValue={pkg?.photoCount ?? 10}
        errors={errors.photoCount}
      />
      <CheckboxField
        label="Posted prints (members enter a postal address when ordering)"
        name="requiresShipping"
        defaultChecked={pkg?.requiresShipping ?? false}
        errors={errors.requiresShipping}
      />
      <FormDialogActions
        pending={mutation.isPending}
        submitLabel={pkg ? "Save" : "Create package"}
        onCancel={onDone}
      />
    </form>
  );
}

export function PackagesPage() {
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
          toast(`${deleting.name} deleted`);
          setDeleting(null);
        },
      },
    );
  }

  return (
    <>
      <PageHeader
        title="Packages"
        description="What members can buy. Link packages to projects to offer them there."
        actions={
          <button type="button" className="button" onClick={() => setEditing("new")}>
            New package
          </button>
        }
      />
      <QueryView
        query={packages}
        loadingLabel="Loading packages"
        empty={
          <EmptyState title="No packages yet">
            <span>Create your first pricing package, then link it to your projects.</span>
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="list" aria-label="Packages">
            {items.map((pkg) => (
              <li key={pkg.id} className="list-item">
                <div>
                  <h3>{pkg.name}</h3>
                  <div className="muted small">
                    <span data-price>
                      <Formatted>{formatPrice(pkg.price)}</Formatted>
                    </span>{" "}
                    · {pkg.photoCount} photo
                    {pkg.photoCount === 1 ? "" : "s"}
                    {pkg.requiresShipping && " · posted"}
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
        title={editing === "new" ? "New package" : "Edit package"}
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
        title="Delete package?"
        message={
          <p>
            {deleting?.name} will be removed from every project. Its past sales stay in your
            numbers.
          </p>
        }
        confirmLabel="Delete package"
        pending={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
