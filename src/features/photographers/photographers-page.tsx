"use client";

import { type FormEvent, useState } from "react";
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
      toast(photographer ? "Photographer saved" : `${name.trim()} can now sign in`);
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
        label="Name"
        name="name"
        defaultValue={photographer?.name}
        required
        errors={errors.name}
      />
      <TextField
        label="E-mail"
        name="email"
        type="email"
        defaultValue={photographer?.email}
        required
        errors={errors.email}
      />
      {!photographer && (
        <TextField
          label="Initial password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="Share it with the photographer; they sign in with their e-mail and this password."
          errors={errors.password}
        />
      )}
      <FormDialogActions
        pending={mutation.isPending}
        submitLabel={photographer ? "Save" : "Add photographer"}
        onCancel={onDone}
      />
    </form>
  );
}

export function PhotographersPage() {
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
          toast(`${deleting.name} deleted`);
          setDeleting(null);
        },
      },
    );
  }

  return (
    <>
      <PageHeader
        title="Photographers"
        description="Your team. Each photographer signs in to see the projects assigned to them."
        actions={
          <button type="button" className="button" onClick={() => setEditing("new")}>
            Add photographer
          </button>
        }
      />
      <QueryView
        query={photographers}
        loadingLabel="Loading photographers"
        empty={
          <EmptyState title="No photographers yet">
            <span>Add the photographers who work for you; they get their own sign-in.</span>
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="list" aria-label="Photographers">
            {items.map((photographer) => (
              <li key={photographer.id} className="list-item">
                <div>
                  <h3>{photographer.name}</h3>
                  <div className="muted small">
                    {photographer.email} · {photographer.projectCount} project
                    {photographer.projectCount === 1 ? "" : "s"}
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
        title={editing === "new" ? "Add a photographer" : "Edit photographer"}
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
        title="Delete photographer?"
        message={
          <p>
            {deleting?.name} will no longer be able to sign in. Their photos stay and keep counting
            in your numbers.
          </p>
        }
        confirmLabel="Delete photographer"
        pending={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
