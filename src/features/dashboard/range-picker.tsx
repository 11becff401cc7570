"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { SelectField, TextField } from "@/components/ui/field";
import { type DayRange, isDay, PRESETS, type PresetId, presetOf, presetRange } from "./date-range";

/**
 * The dashboard's period: a preset (counted in the studio's days) or any
 * from/to, either end open. A preset applies at once; typed days apply with
 * "Apply", so a half-typed date never reloads the numbers.
 */
export function RangePicker({
  range,
  today,
  onChange,
}: {
  range: DayRange;
  /** The studio's today, YYYY-MM-DD. */
  today: string;
  onChange: (range: DayRange) => void;
}) {
  const t = useTranslations("dashboardRange");
  const [choosingCustom, setChoosingCustom] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const current = presetOf(range, today);
  const selected = choosingCustom ? "custom" : current;
  const custom = selected === "custom";

  // Choosing "Custom…" shows the boxes; the first one then takes the focus.
  useEffect(() => {
    if (choosingCustom) {
      (formRef.current?.elements.namedItem("from") as HTMLInputElement | null)?.focus();
    }
  }, [choosingCustom]);

  function pick(value: string) {
    setError(null);
    if (value === "custom") {
      setChoosingCustom(true);
      return;
    }
    setChoosingCustom(false);
    onChange(presetRange(value as PresetId, today));
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const from = String(data.get("from") ?? "");
    const to = String(data.get("to") ?? "");
    if ((from && !isDay(from)) || (to && !isDay(to))) {
      setError(t("notADay"));
      return;
    }
    if (from && to && from > to) {
      setError(t("reversed"));
      return;
    }
    setError(null);
    setChoosingCustom(false);
    onChange({ ...(from && { from }), ...(to && { to }) });
  }

  return (
    <div className="range-picker">
      <SelectField
        label={t("period")}
        value={selected}
        onChange={(event) => pick(event.target.value)}
      >
        {PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {t(`presets.${preset.id}`)}
          </option>
        ))}
        <option value="custom">{t("custom")}</option>
      </SelectField>
      {custom && (
        <form
          key={`${range.from ?? ""}|${range.to ?? ""}`}
          ref={formRef}
          className="range-days"
          onSubmit={apply}
          noValidate
        >
          <TextField
            label={t("from")}
            name="from"
            type="date"
            defaultValue={range.from ?? ""}
            max="9999-12-31"
            errors={error ? [error] : undefined}
          />
          <TextField
            label={t("to")}
            name="to"
            type="date"
            defaultValue={range.to ?? ""}
            max="9999-12-31"
          />
          <button type="submit" className="button secondary">
            {t("apply")}
          </button>
        </form>
      )}
    </div>
  );
}
