"use client";

import { type ReactNode, useId, useState } from "react";
import { useTranslations } from "use-intl";
import { EmptyState } from "@/components/ui/feedback";

export interface AttachedItem {
  id: string;
  name: string;
  detail: ReactNode;
}

export interface PickerOption {
  id: string;
  label: string;
}

/**
 * What a project has attached (its photographers, its packages): the list with
 * a remove button each, and a picker to attach one more.
 */
export function AttachedCard({
  title,
  description,
  listLabel,
  emptyTitle,
  items,
  removeLabel,
  onRemove,
  pickerLabel,
  pickerAction,
  options,
  noOptions,
  onPick,
  pending,
  error,
}: {
  title: string;
  description: string;
  listLabel: string;
  emptyTitle: string;
  items: AttachedItem[];
  removeLabel: string;
  onRemove: (item: AttachedItem) => void;
  pickerLabel: string;
  pickerAction: string;
  options: PickerOption[];
  /** Shown instead of the picker when there is nothing left to attach. */
  noOptions: ReactNode;
  onPick: (id: string) => void;
  pending: boolean;
  error: string | null;
}) {
  const t = useTranslations("projectsDetail");
  const titleId = useId();
  const [chosen, setChosen] = useState("");
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card-header">
        <div>
          <h2 id={titleId}>{title}</h2>
          <p>{description}</p>
        </div>
      </div>
      {error && (
        <div className="alert error" role="alert" style={{ marginBottom: "1rem" }}>
          {error}
        </div>
      )}
      {items.length === 0 ? (
        <EmptyState title={emptyTitle} />
      ) : (
        <ul className="list" aria-label={listLabel}>
          {items.map((item) => (
            <li key={item.id} className="list-item">
              <div>
                <strong>{item.name}</strong>
                <div className="muted small">{item.detail}</div>
              </div>
              <button
                type="button"
                className="button secondary small"
                disabled={pending}
                onClick={() => onRemove(item)}
              >
                {removeLabel}
                <span className="visually-hidden"> {item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div style={{ marginTop: "1rem" }}>
        {options.length === 0 ? (
          <p className="muted small">{noOptions}</p>
        ) : (
          <form
            className="toolbar"
            style={{ marginBottom: 0 }}
            onSubmit={(event) => {
              event.preventDefault();
              if (chosen) onPick(chosen);
              setChosen("");
            }}
          >
            <select
              className="input"
              aria-label={pickerLabel}
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            >
              <option value="">{pickerLabel}…</option>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
            <button type="submit" className="button secondary" disabled={!chosen || pending}>
              {pending ? t("working") : pickerAction}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
