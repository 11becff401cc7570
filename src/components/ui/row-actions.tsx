"use client";

import { useTranslations } from "use-intl";

/** Edit and Delete buttons for one row of a list, named after the row for screen readers. */
export function RowActions({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations("settingsRowActions");
  return (
    <div className="button-row">
      <button type="button" className="button secondary small" onClick={onEdit}>
        {t("edit")}
        <span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" className="button secondary small" onClick={onDelete}>
        {t("delete")}
        <span className="visually-hidden"> {name}</span>
      </button>
    </div>
  );
}
