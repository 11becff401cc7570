"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { SelectField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, languageOf } from "@/i18n/locales";
import { api } from "@/trpc/react";

/** The language of the signed-in person's own pages; by default their studio's. */
export function AccountLanguage({ studioLocale }: { studioLocale: string }) {
  const t = useTranslations("accountLanguage");
  const router = useRouter();
  const toast = useToast();
  const utils = api.useUtils();
  const current = api.account.language.useQuery();
  const save = api.account.setLanguage.useMutation({
    onSuccess: async () => {
      await utils.account.language.invalidate();
      toast(t("saved"));
      router.refresh();
    },
  });
  const studioDefault = t("studioDefault", { language: LANGUAGE_NAMES[languageOf(studioLocale)] });

  return (
    <section className="card form" aria-labelledby="language-title" style={{ maxWidth: "32rem" }}>
      <h2 id="language-title">{t("title")}</h2>
      <p className="muted small" style={{ margin: 0 }}>
        {t("description")}
      </p>
      <SelectField
        label={t("label")}
        name="language"
        value={current.data?.language ?? ""}
        disabled={!current.data || save.isPending}
        onChange={(event) => {
          const value = event.currentTarget.value;
          save.mutate({ language: isLanguage(value) ? value : null });
        }}
      >
        <option value="">{studioDefault}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </SelectField>
      <FormError error={save.error} />
    </section>
  );
}
