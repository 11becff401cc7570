"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { useTranslations } from "use-intl";
import { api } from "@/trpc/react";

export interface PickedMember {
  id: string;
  name: string;
  group: string | null;
}

const SHOWN = 8;

/**
 * Finds one of the project's members as you type (name, e-mail, id or code,
 * searched on the server) and hands it to `onPick`: a combobox with a list of
 * at most eight, driven by the arrow keys, Enter and Escape, or the mouse.
 */
export function MemberPicker({
  projectId,
  label,
  hideLabel = false,
  placeholder,
  exclude,
  onPick,
}: {
  projectId: string;
  label: string;
  hideLabel?: boolean;
  placeholder?: string;
  /** Members already chosen, left out of the list. */
  exclude?: ReadonlySet<string>;
  onPick: (member: PickedMember) => void;
}) {
  const t = useTranslations("projectsMemberPicker");
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);

  const query = api.members.list.useQuery(
    { projectId, limit: SHOWN + (exclude?.size ?? 0), search: search || undefined },
    { enabled: open, placeholderData: keepPreviousData },
  );
  const options = (query.data?.items ?? []).filter((m) => !exclude?.has(m.id)).slice(0, SHOWN);
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${listId}-${index}`;
  const more = (query.data?.total ?? 0) - (exclude?.size ?? 0) - options.length;

  function pick(member: PickedMember) {
    onPick({ id: member.id, name: member.name, group: member.group });
    setText("");
    setSearch("");
    setActive(0);
    setOpen(false);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive(Math.min(activeIndex + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === "Enter") {
      const option = options[activeIndex];
      if (open && option) {
        event.preventDefault();
        pick(option);
      }
    } else if (event.key === "Escape" && open) {
      // Closes the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  const expanded = open && options.length > 0;
  return (
    <div className="picker">
      <label htmlFor={inputId} className={hideLabel ? "visually-hidden" : "picker-label"}>
        {label}
      </label>
      <div className="picker-field">
        <input
          id={inputId}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder={placeholder ?? t("placeholder")}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={handleKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="picker-list"
          hidden={!expanded}
        >
          {expanded &&
            options.map((member, index) => (
              <li
                key={member.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className="picker-option"
                // Keeps the focus in the input, so the list does not close before the click.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(member)}
              >
                {member.name}
                {member.group && <span className="muted small"> · {member.group}</span>}
              </li>
            ))}
        </ul>
      </div>
      {open && query.isSuccess && (
        <div className="picker-note muted small" role="status">
          {options.length === 0
            ? search
              ? t("noMatch", { search })
              : t("none")
            : more > 0
              ? t("more", { count: more })
              : null}
        </div>
      )}
    </div>
  );
}

/** The members chosen so far, each with a button to take it off again. */
export function MemberChips({
  label,
  members,
  onRemove,
}: {
  label: string;
  members: readonly PickedMember[];
  onRemove: (member: PickedMember) => void;
}) {
  const t = useTranslations("projectsMemberPicker");
  if (members.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {members.map((member) => (
        <li key={member.id} className="chip">
          {member.name}
          <button
            type="button"
            className="chip-remove"
            aria-label={t("takeOff", { name: member.name })}
            onClick={() => onRemove(member)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
