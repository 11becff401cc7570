import type { Metadata } from "next";
import { createTranslator } from "use-intl";
import "@/features/api-keys/api-keys.css";
import "@/features/webhooks/webhooks.css";
import { AccountLanguage } from "@/features/account/account-language";
import { AccountSecurity } from "@/features/account/account-security";
import { AuditLogLink } from "@/features/audit-log/audit-log-link";
import { ApiKeySettings } from "@/features/api-keys/api-key-settings";
import { PaymentSettings } from "@/features/payments/payment-settings";
import { SettingsForm } from "@/features/settings/settings-form";
import { WebhookSettings } from "@/features/webhooks/webhook-settings";
import { currencyChoices, localeChoices, timeZoneChoices } from "@/lib/choices";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const { language, locale } = await getPageIntl();
  const t = createTranslator({ locale, messages: messagesOf(language), namespace: "settings" });
  return { title: t("title") };
}

export default async function SettingsPage() {
  const [profile, { locale }] = await Promise.all([api.operators.me(), getPageIntl()]);
  return (
    <div className="stack">
      <SettingsForm
        currencies={currencyChoices(locale)}
        locales={localeChoices(locale, profile.locale)}
        zones={timeZoneChoices()}
      />
      <PaymentSettings />
      <ApiKeySettings />
      <WebhookSettings />
      <AuditLogLink />
      <AccountLanguage studioLocale={profile.locale} />
      <AccountSecurity />
    </div>
  );
}
