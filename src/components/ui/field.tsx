import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

interface FieldProps {
  label: string;
  /** Messages from the server (or the form) about this field. */
  errors?: string[];
  hint?: ReactNode;
}

function useFieldIds(errors?: string[], hint?: ReactNode) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return { id, errorId, hintId, describedBy, invalid: errors?.length ? true : undefined };
}

function FieldFrame({
  id,
  label,
  hint,
  hintId,
  errors,
  errorId,
  children,
}: FieldProps & { id: string; hintId: string; errorId: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <div id={hintId} className="hint">
          {hint}
        </div>
      )}
      {errors?.length ? (
        <p id={errorId} className="field-error" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  errors,
  hint,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(errors, hint);
  return (
    <FieldFrame {...ids} label={label} errors={errors} hint={hint}>
      <input id={ids.id} aria-invalid={ids.invalid} aria-describedby={ids.describedBy} {...input} />
    </FieldFrame>
  );
}

/** One checkbox with its label beside it, a hint under it, and the server's messages. */
export function CheckboxField({
  label,
  errors,
  hint,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const ids = useFieldIds(errors, hint);
  return (
    <div className="field">
      <label className="checkbox-field" htmlFor={ids.id}>
        <input
          id={ids.id}
          type="checkbox"
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          {...input}
        />
        {label}
      </label>
      {hint && (
        <div id={ids.hintId} className="hint">
          {hint}
        </div>
      )}
      {errors?.length ? (
        <p id={ids.errorId} className="field-error" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextAreaField({
  label,
  errors,
  hint,
  ...input
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(errors, hint);
  return (
    <FieldFrame {...ids} label={label} errors={errors} hint={hint}>
      <textarea
        id={ids.id}
        aria-invalid={ids.invalid}
        aria-describedby={ids.describedBy}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  errors,
  hint,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const ids = useFieldIds(errors, hint);
  return (
    <FieldFrame {...ids} label={label} errors={errors} hint={hint}>
      <select id={ids.id} aria-invalid={ids.invalid} aria-describedby={ids.describedBy} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}

/** Checkboxes named `name`, one per choice (a form reads the checked ones with `getAll(name)`). */
export function CheckboxChoices({
  legend,
  name,
  choices,
  errors,
}: {
  legend: string;
  name: string;
  choices: readonly string[];
  errors?: string[];
}) {
  return (
    <fieldset className="checkbox-choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice} className="checkbox-row">
          <input type="checkbox" name={name} value={choice} /> <code>{choice}</code>
        </label>
      ))}
      {errors?.length ? (
        <p className="field-error" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
