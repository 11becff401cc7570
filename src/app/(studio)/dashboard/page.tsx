import type { Metadata } from "next";
import { Suspense } from "react";
import { createTranslator } from "use-intl";
import { Dashboard } from "@/features/dashboard/dashboard";
import { parseRange } from "@/features/dashboard/date-range";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { api, HydrateClient } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const { language, locale } = await getPageIntl();
  const t = createTranslator({ locale, messages: messagesOf(language), namespace: "dashboard" });
  return { title: t("title") };
}

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ projectId?: string; from?: string; to?: string }>;
}) {
  const { projectId, ...days } = await searchParams;
  // The same inputs the page asks for in the browser, so these answers are used there.
  const range = parseRange(days);
  void api.projects.list.prefetch();
  void api.analytics.get.prefetch({ ...(projectId && { projectId }), ...range });
  void api.analytics.projects.prefetch({ ...range, sort: "revenueInCents", order: "desc" });
  return (
    <HydrateClient>
      <Suspense>
        <Dashboard />
      </Suspense>
    </HydrateClient>
  );
}
