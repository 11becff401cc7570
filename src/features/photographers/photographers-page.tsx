"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { ConfirmDialog, Dialog, FormDialogActions } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/feedback";
import { TextField } from "@/components/ui/field";
import { QueryView } from "@/components/ui/query-view";
import { RowActions } from "@/components/ui/row-actions";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { api, fieldErrorsOf, messageOf, type RouterOutputs } from "@/trpc/react";

type Photographer = RouterOutputs["photographers"]["list"][number];

function PhotographerForm({
  photographer,
  onDone,
}: {
  photographer?: Photographer;
  onDone: () => void;
}) {
  const t = useTranslations("settingsPhotographers");
  const toast = useToast();
  const utils = api.useUtils();
  const create = api.photographers.create.useMutation();
  const update = api.photographers.update.useMutation();
  const mutation = photographer ? update : create;
  const errors = fieldErrorsOf(mutation.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name"));
    const email = String(form.get("email"));
    const onSuccess = async () => {
      await utils.photographers.list.invalidate();
      toast(photographer ? t("saved") : t("canSignIn", { name: name.trim() }));
      onDone();
    };
    if (photographer) {
      update.mutate({ id: photographer.id, name, email }, { onSuccess });
    } else {
      create.mutate({ name, email, password: String(form.get("password")) }, { onSuccess });
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormError error={mutation.error} />
      <TextField
        label={t("name")}
        name="name"
        defaultValue={photographer?.name}
        required
        errors={errors.name}
      />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        defaultValue={photographer?.email}
        required
        errors={errors.email}
      />
      {!photographer && (
        <TextField
          label={t("password")}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={t("passwordHint")}
          errors={errors.password}
        />
      )}
      <FormDialogActions
        pending={mutation.isPending}
        submitLabel={photographer ? t("save") : t("add")}
        onCancel={onDone}
      />
    </form>
  );
}

export function PhotographersPage() {
  const t = useTranslations("settingsPhotographers");
  const toast = useToast();
  const utils = api.useUtils();
  const photographers = api.photographers.list.useQuery();
  const remove = api.photographers.delete.useMutation();
  const [editing, setEditing] = useState<Photographer | "new" | null>(null);
  const [deleting, setDeleting] = useState<Photographer | null>(null);

  function confirmDelete() {
    if (!deleting) return;
    remove.mutate(
      { id: deleting.id },
      {
        async onSuccess() {
          await Promise.all([
            utils.photographers.list.invalidate(),
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
            {t("add")}
          </button>
        }
      />
      <QueryView
        query={photographers}
        loadingLabel={t("loading")}
        empty={
          <EmptyState title={t("emptyTitle")}>
            <span>{t("emptyAbout")}</span>
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="list" aria-label={t("list")}>
            {items.map((photographer) => (
              <li key={photographer.id} className="list-item">
                <div>
                  <h3>{photographer.name}</h3>
                  <div className="muted small">
                    {photographer.email} · {t("projects", { count: photographer.projectCount })}
                  </div>
                </div>
                <RowActions
                  name={photographer.name}
                  onEdit={() => setEditing(photographer)}
                  onDelete={() => {
                    remove.reset();
                    setDeleting(photographer);
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <Dialog
        open={editing !== null}
        title={editing === "new" ? t("addTitle") : t("edit")}
        onClose={() => setEditing(null)}
      >
        {editing !== null && (
          <PhotographerForm
            key={editing === "new" ? "new" : editing.id}
            photographer={editing === "new" ? undefined : editing}
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
