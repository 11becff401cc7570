"use client";

import { type FormEvent, useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { ConfirmDialog, Dialog, FormDialogActions } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/feedback";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Formatted } from "@/components/ui/formatted";
import { QueryView } from "@/components/ui/query-view";
import { RowActions } from "@/components/ui/row-actions";
import { useToast } from "@/components/ui/toast";
import { api, fieldErrorsOf, messageOf, type RouterOutputs } from "@/trpc/react";
import { useEndSession } from "@/features/auth/end-session";

type Admin = RouterOutputs["admins"]["list"][number];

const joined = (createdAt: number) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" }).format(createdAt);

function NewAdminForm({ onDone }: { onDone: () => void }) {
  const toast = useToast();
  const utils = api.useUtils();
  const register = api.admins.register.useMutation();
  const errors = fieldErrorsOf(register.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    register.mutate(
      {
        fullName: String(form.get("fullName")),
        email: String(form.get("email")),
        password: String(form.get("password")),
      },
      {
        async onSuccess(created) {
          await utils.admins.list.invalidate();
          toast(`${created.fullName} can now sign in`);
          onDone();
        },
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormError error={register.error} />
      <TextField label="Full name" name="fullName" required errors={errors.fullName} />
      <TextField label="E-mail" name="email" type="email" required errors={errors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters. Share it with the new admin."
        errors={errors.password}
      />
      <FormDialogActions pending={register.isPending} submitLabel="Add admin" onCancel={onDone} />
    </form>
  );
}

function EditAdminForm({
  admin,
  isSelf,
  onDone,
}: {
  admin: Admin;
  isSelf: boolean;
  onDone: () => void;
}) {
  const toast = useToast();
  const utils = api.useUtils();
  const endSession = useEndSession("/admin/signin");
  const update = api.admins.update.useMutation();
  const errors = fieldErrorsOf(update.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    update.mutate(
      {
        id: admin.id,
        fullName: String(form.get("fullName")),
        profileImage: String(form.get("profileImage") ?? "").trim() || null,
        ...(password && { password }),
      },
      {
        async onSuccess(saved) {
          if (isSelf && password) {
            await endSession("changed");
            return;
          }
          await Promise.all([
            utils.admins.list.invalidate(),
            utils.admins.get.invalidate({ id: saved.id }),
          ]);
          toast(
            password
              ? `${saved.fullName}'s password changed; their sessions have ended`
              : "Admin saved",
          );
          onDone();
        },
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <FormError error={update.error} />
      <TextField
        label="Full name"
        name="fullName"
        defaultValue={admin.fullName}
        required
        errors={errors.fullName}
      />
      <TextField
        label="Profile image URL"
        name="profileImage"
        type="url"
        placeholder="https://"
        defaultValue={admin.profileImage ?? ""}
        errors={errors.profileImage}
      />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={
          isSelf
            ? "Leave empty to keep your password. Changing it signs you out."
            : "Leave empty to keep the password. Changing it signs this admin out everywhere."
        }
        errors={errors.password}
      />
      <FormDialogActions pending={update.isPending} submitLabel="Save" onCancel={onDone} />
    </form>
  );
}

export function AdminsPage({ viewerId }: { viewerId: string }) {
  const toast = useToast();
  const utils = api.useUtils();
  const endSession = useEndSession("/admin/signin");
  const admins = api.admins.list.useQuery();
  const remove = api.admins.delete.useMutation();
  const [editing, setEditing] = useState<Admin | "new" | null>(null);
  const [deleting, setDeleting] = useState<Admin | null>(null);

  function confirmDelete() {
    if (!deleting) return;
    remove.mutate(
      { id: deleting.id },
      {
        async onSuccess() {
          if (deleting.id === viewerId) {
            await endSession("deleted");
            return;
          }
          await utils.admins.list.invalidate();
          toast(`${deleting.fullName} deleted`);
          setDeleting(null);
        },
      },
    );
  }

  return (
    <>
      <PageHeader
        title="Admins"
        description="Everyone who can use this console. Admins are peers: each can manage the others."
        actions={
          <button type="button" className="button" onClick={() => setEditing("new")}>
            Add admin
          </button>
        }
      />
      <QueryView
        query={admins}
        loadingLabel="Loading admins"
        empty={<EmptyState title="No admins" />}
      >
        {(items) => (
          <ul className="list" aria-label="Admins">
            {items.map((admin) => (
              <li key={admin.id} className="list-item">
                <div style={{ display: "flex", gap: "0.75rem", alignItems: "center" }}>
                  {admin.profileImage ? (
                    // eslint-disable-next-line @next/next/no-img-element -- any external URL, not an optimisable asset
                    <img
                      className="avatar-preview"
                      style={{ width: "2.5rem", height: "2.5rem" }}
                      src={admin.profileImage}
                      alt=""
                    />
                  ) : (
                    <div
                      className="avatar-preview"
                      style={{ width: "2.5rem", height: "2.5rem" }}
                      aria-hidden="true"
                    />
                  )}
                  <div>
                    <h3>
                      {admin.fullName}
                      {admin.id === viewerId && (
                        <span className="badge" style={{ marginLeft: "0.5rem" }}>
                          You
                        </span>
                      )}
                    </h3>
                    <div className="muted small">
                      {admin.email} · joined <Formatted>{joined(admin.createdAt)}</Formatted>
                    </div>
                  </div>
                </div>
                <RowActions
                  name={admin.fullName}
                  onEdit={() => setEditing(admin)}
                  onDelete={() => {
                    remove.reset();
                    setDeleting(admin);
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <Dialog
        open={editing !== null}
        title={editing === "new" ? "Add an admin" : "Edit admin"}
        onClose={() => setEditing(null)}
      >
        {editing === "new" && <NewAdminForm onDone={() => setEditing(null)} />}
        {editing !== null && editing !== "new" && (
          <EditAdminForm
            key={editing.id}
            admin={editing}
            isSelf={editing.id === viewerId}
            onDone={() => setEditing(null)}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete admin?"
        message={
          <p>
            {deleting?.id === viewerId
              ? "You are deleting your own account: you will be signed out and cannot sign in again."
              : `${deleting?.fullName} will no longer be able to sign in.`}
          </p>
        }
        confirmLabel="Delete admin"
        pending={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
