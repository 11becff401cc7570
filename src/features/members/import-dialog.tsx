"use client";

import { type DragEvent, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { ErrorAlert } from "@/components/ui/feedback";
import { useToast } from "@/components/ui/toast";
import { decodeText } from "@/lib/decode-text";
import { api, messageOf, type RouterInputs, type RouterOutputs } from "@/trpc/react";
import { columnsToPick, type ImportField } from "./import-columns";
import { useMembersInvalidation } from "./use-members-invalidation";

type Report = RouterOutputs["members"]["import"];
type Mapping = NonNullable<RouterInputs["members"]["import"]["mapping"]>;
const MAX_BYTES = 5 * 1024 * 1024;

const FIELDS: { field: ImportField; label: string }[] = [
  { field: "name", label: "Name" },
  { field: "firstName", label: "First name" },
  { field: "lastName", label: "Last name" },
  { field: "group", label: "Group" },
  { field: "email", label: "E-mail" },
  { field: "email2", label: "Second e-mail (parent, guardian)" },
  { field: "externalId", label: "External id" },
  { field: "photoConsent", label: "May be photographed (yes/no)" },
  { field: "emailOptOut", label: "No marketing e-mails (yes/no)" },
];

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function summarise(report: Pick<Report, "created" | "updated" | "unchanged" | "errors">) {
  return [
    `${report.created} new`,
    `${report.updated} updated`,
    `${report.unchanged} unchanged`,
    `${report.errors.length} rejected`,
  ].join(" · ");
}

/**
 * Import a class list: pick or drop a CSV file, check what the server read
 * (columns, first rows, what would be created, updated or rejected, and why),
 * change the column mapping if need be, then import. A file with no column
 * the server recognises as the name opens on the column pickers.
 */
export function ImportDialog({
  projectId,
  open,
  onClose,
}: {
  projectId: string;
  open: boolean;
  onClose: () => void;
}) {
  const toast = useToast();
  const invalidate = useMembersInvalidation();
  const preview = api.members.import.useMutation();
  const commit = api.members.import.useMutation();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [readError, setReadError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const report = preview.data;
  const columns = columnsToPick(report, preview.error?.data, mapping);

  function close() {
    setFile(null);
    setMapping(undefined);
    setReadError(null);
    preview.reset();
    commit.reset();
    onClose();
  }

  function check(csv: string, nextMapping: Mapping | undefined) {
    preview.mutate({ projectId, csv, mapping: nextMapping, dryRun: true });
  }

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    preview.reset();
    setMapping(undefined);
    if (chosen.size > MAX_BYTES) {
      setFile(null);
      setReadError(`${chosen.name} is over 5 MB. Split it into smaller files.`);
      return;
    }
    setReadError(null);
    const csv = decodeText(new Uint8Array(await chosen.arrayBuffer()));
    setFile({ name: chosen.name, csv });
    check(csv, undefined);
  }

  function remap(field: ImportField, header: string) {
    if (!file || !columns) return;
    // Without a report only the picked columns are sent: the server still finds the others.
    const next = { ...report?.mapping, ...mapping, [field]: header || null };
    setMapping(next);
    check(file.csv, next);
  }

  function handleDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files[0]);
  }

  function confirm() {
    if (!file) return;
    commit.mutate(
      { projectId, csv: file.csv, mapping },
      {
        async onSuccess(result) {
          await invalidate();
          toast(`Import finished: ${summarise(result)}`);
          close();
        },
      },
    );
  }

  const writes = report ? report.created + report.updated : 0;
  return (
    <Dialog open={open} title="Import a class list" onClose={close}>
      <div className="stack">
        <label
          className={`drop-zone${dragging ? " dragging" : ""}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={handleDrop}
        >
          <strong>{file ? file.name : "Choose a CSV file or drop it here"}</strong>
          <span className="muted small">
            A header line, then one person a row: name (or first and last name), and optionally
            group or class, e-mail, id, photo consent and e-mail opt-out (yes or no). Comma or
            semicolon separated, as Excel saves it.
          </span>
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-label="Class list file"
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </label>

        {readError && <ErrorAlert message={readError} />}
        {preview.isPending && (
          <p role="status" className="muted">
            Reading the file…
          </p>
        )}
        {preview.error && !columns?.nameMissing && (
          <ErrorAlert message={messageOf(preview.error)} />
        )}

        {columns && file && (
          <fieldset className="mapping">
            <legend>Columns</legend>
            {columns.nameMissing && (
              <p role="status" className="alert info">
                No column was recognised as the name. Pick the column with the names (or the first
                and last names) below.
              </p>
            )}
            {FIELDS.map(({ field, label }) => (
              <label key={field} className="field">
                <span>{label}</span>
                <select
                  className="input"
                  value={columns.mapping[field] ?? ""}
                  onChange={(event) => remap(field, event.target.value)}
                  disabled={preview.isPending || commit.isPending}
                >
                  <option value="">(not in the file)</option>
                  {columns.headers.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        )}

        {report && file && (
          <>
            <div className="table-wrap" role="region" aria-label="First rows" tabIndex={0}>
              <table>
                <caption className="visually-hidden">The first rows as read</caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Name</th>
                    <th scope="col">Group</th>
                    <th scope="col">E-mail</th>
                    <th scope="col">Id</th>
                  </tr>
                </thead>
                <tbody>
                  {report.preview.map((row) => (
                    <tr key={row.line}>
                      <td className="number">{row.line}</td>
                      <td>{row.name}</td>
                      <td>{row.group}</td>
                      <td>{row.email}</td>
                      <td>{row.externalId}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <p data-testid="import-counts">
              <strong>{plural(report.created, "new member")}</strong>, {report.updated} updated,{" "}
              {report.unchanged} unchanged, <strong>{report.errors.length} rejected</strong>
            </p>
            {report.errors.length > 0 && (
              <div className="alert error">
                <p>These lines will not be imported:</p>
                <ul aria-label="Rejected lines" className="rejected-lines">
                  {report.errors.map((error) => (
                    <li key={error.line}>
                      Line {error.line}: {error.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        {commit.error && <ErrorAlert message={messageOf(commit.error)} />}
        {commit.isPending && (
          <div role="status" className="stack">
            <span>Importing {plural(writes, "member")}…</span>
            <progress aria-label="Import progress" />
          </div>
        )}
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          className="button secondary"
          onClick={close}
          disabled={commit.isPending}
        >
          Cancel
        </button>
        <button
          type="button"
          className="button"
          onClick={confirm}
          disabled={!report || preview.isPending || commit.isPending || writes === 0}
          aria-busy={commit.isPending}
        >
          {commit.isPending
            ? "Importing…"
            : report
              ? `Import ${plural(writes, "member")}`
              : "Import"}
        </button>
      </div>
    </Dialog>
  );
}
