"use client";

import { type DragEvent, useState } from "react";
import { useTranslations } from "use-intl";
import { Dialog } from "@/components/ui/dialog";
import { ErrorAlert } from "@/components/ui/feedback";
import { useToast } from "@/components/ui/toast";
import { decodeText } from "@/lib/decode-text";
import { api, messageOf, type RouterInputs } from "@/trpc/react";
import { columnsToPick, type ImportField } from "./import-columns";
import { useMembersInvalidation } from "./use-members-invalidation";

type Mapping = NonNullable<RouterInputs["members"]["import"]["mapping"]>;
const MAX_BYTES = 5 * 1024 * 1024;

/** The fields a column can be picked for, in the order shown, with their label's key. */
const FIELDS = [
  { field: "name", label: "fieldName" },
  { field: "firstName", label: "fieldFirstName" },
  { field: "lastName", label: "fieldLastName" },
  { field: "group", label: "fieldGroup" },
  { field: "email", label: "fieldEmail" },
  { field: "email2", label: "fieldEmail2" },
  { field: "externalId", label: "fieldExternalId" },
  { field: "photoConsent", label: "fieldPhotoConsent" },
  { field: "emailOptOut", label: "fieldEmailOptOut" },
] as const satisfies readonly { field: ImportField; label: string }[];

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
  const t = useTranslations("projectsMemberImport");
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
      setReadError(t("tooLarge", { file: chosen.name }));
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
          toast(
            t("finished", {
              summary: t("summary", {
                created: result.created,
                updated: result.updated,
                unchanged: result.unchanged,
                rejected: result.errors.length,
              }),
            }),
          );
          close();
        },
      },
    );
  }

  const writes = report ? report.created + report.updated : 0;
  return (
    <Dialog open={open} title={t("title")} onClose={close}>
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
          <strong>{file ? file.name : t("choose")}</strong>
          <span className="muted small">{t("help")}</span>
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-label={t("fileLabel")}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </label>

        {readError && <ErrorAlert message={readError} />}
        {preview.isPending && (
          <p role="status" className="muted">
            {t("reading")}
          </p>
        )}
        {preview.error && !columns?.nameMissing && (
          <ErrorAlert message={messageOf(preview.error)} />
        )}

        {columns && file && (
          <fieldset className="mapping">
            <legend>{t("columns")}</legend>
            {columns.nameMissing && (
              <p role="status" className="alert info">
                {t("nameMissing")}
              </p>
            )}
            {FIELDS.map(({ field, label }) => (
              <label key={field} className="field">
                <span>{t(label)}</span>
                <select
                  className="input"
                  value={columns.mapping[field] ?? ""}
                  onChange={(event) => remap(field, event.target.value)}
                  disabled={preview.isPending || commit.isPending}
                >
                  <option value="">{t("notInFile")}</option>
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
            <div className="table-wrap" role="region" aria-label={t("firstRows")} tabIndex={0}>
              <table>
                <caption className="visually-hidden">{t("firstRowsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("line")}</th>
                    <th scope="col">{t("name")}</th>
                    <th scope="col">{t("group")}</th>
                    <th scope="col">{t("email")}</th>
                    <th scope="col">{t("id")}</th>
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
              {t.rich("counts", {
                created: report.created,
                updated: report.updated,
                unchanged: report.unchanged,
                rejected: report.errors.length,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            {report.errors.length > 0 && (
              <div className="alert error">
                <p>{t("rejectedIntro")}</p>
                <ul aria-label={t("rejectedLabel")} className="rejected-lines">
                  {report.errors.map((error) => (
                    <li key={error.line}>
                      {t("rejectedLine", { line: error.line, message: error.message })}
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
            <span>{t("importingCount", { count: writes })}</span>
            <progress aria-label={t("progress")} />
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
          {t("cancel")}
        </button>
        <button
          type="button"
          className="button"
          onClick={confirm}
          disabled={!report || preview.isPending || commit.isPending || writes === 0}
          aria-busy={commit.isPending}
        >
          {commit.isPending
            ? t("importing")
            : report
              ? t("importCount", { count: writes })
              : t("import")}
        </button>
      </div>
    </Dialog>
  );
}
