/**
 * Option lists for pickers. Computed by server components and passed down, so
 * the browser shows exactly what the server validates against (the browser's
 * own Intl data may list other zones or currencies).
 */
export interface Choice {
  value: string;
  label: string;
}

export function timeZoneChoices(): Choice[] {
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return zones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }));
}

export function currencyChoices(displayLocale: string): Choice[] {
  const names = new Intl.DisplayNames([displayLocale], { type: "currency" });
  return Intl.supportedValuesOf("currency").map((code) => ({
    value: code,
    label: `${code} – ${names.of(code) ?? code}`,
  }));
}

const COMMON_LOCALES = [
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "de-DE",
  "de-AT",
  "de-CH",
  "fr-FR",
  "fr-CA",
  "es-ES",
  "es-MX",
  "it-IT",
  "nl-NL",
  "pt-PT",
  "pt-BR",
  "pl-PL",
  "cs-CZ",
  "sv-SE",
  "da-DK",
  "nb-NO",
  "fi-FI",
  "tr-TR",
  "ja-JP",
  "ko-KR",
  "zh-CN",
];

/** Common locales, plus `current` when it is not among them. */
export function localeChoices(displayLocale: string, current: string): Choice[] {
  const names = new Intl.DisplayNames([displayLocale], { type: "language" });
  const codes = COMMON_LOCALES.includes(current) ? COMMON_LOCALES : [current, ...COMMON_LOCALES];
  return codes.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }));
}
