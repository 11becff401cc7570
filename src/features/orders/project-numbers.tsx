"use client";

import { ErrorAlert, Skeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { useStudio } from "@/features/studio/use-studio";
import { formatNumber, formatPercent } from "@/lib/format";
import { useTranslations } from "use-intl";
import { api, messageOf } from "@/trpc/react";

/**
 * A project's own numbers since it began: its roster, who opened their
 * gallery, who was photographed, who bought, and its paid sales.
 */
export function ProjectNumbers({ projectId }: { projectId: string }) {
  const t = useTranslations("ordersNumbers");
  const { formatPrice, locale } = useStudio();
  const analytics = api.analytics.get.useQuery({ projectId });
  // "Viewed" is a job statistic: the projects report has it, per project.
  const report = api.analytics.projects.useQuery({});
  const row = report.data?.items.find((item) => item.projectId === projectId);
  const error = analytics.error ?? report.error;

  const count = (value: number) => formatNumber(value, locale);
  const share = (part: number, whole: number) =>
    whole > 0 ? t("ofEnrolled", { share: formatPercent(part / whole, locale) }) : undefined;

  return (
    <section className="card" aria-labelledby="numbers-title" style={{ marginBottom: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="numbers-title">{t("title")}</h2>
          <p>{t("lead")}</p>
        </div>
      </div>
      {error ? (
        <ErrorAlert
          message={messageOf(error)}
          onRetry={() => void Promise.all([analytics.refetch(), report.refetch()])}
        />
      ) : !analytics.data || !report.data ? (
        <div className="kpis compact" role="status" aria-label={t("loading")}>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height="5.25rem" />
          ))}
        </div>
      ) : (
        <ul
          className="kpis compact"
          aria-label={t("list")}
          aria-busy={analytics.isFetching || report.isFetching}
          style={{ marginBottom: 0 }}
        >
          {[
            {
              key: "enrolled",
              label: t("enrolled"),
              value: count(analytics.data.kpis.membersEnrolled),
            },
            {
              key: "viewed",
              label: t("viewed"),
              value: count(row?.viewed ?? 0),
              note: share(row?.viewed ?? 0, analytics.data.kpis.membersEnrolled),
            },
            {
              key: "tagged",
              label: t("tagged"),
              value: count(analytics.data.kpis.usersTagged),
              note: share(analytics.data.kpis.usersTagged, analytics.data.kpis.membersEnrolled),
            },
            {
              key: "purchased",
              label: t("purchased"),
              value: count(analytics.data.conversionFunnel.purchased),
              note: share(
                analytics.data.conversionFunnel.purchased,
                analytics.data.kpis.membersEnrolled,
              ),
            },
            {
              key: "orders",
              label: t("orders"),
              value: count(analytics.data.kpis.packagesSold),
            },
            {
              key: "revenue",
              label: t("revenue"),
              value: formatPrice(analytics.data.kpis.revenueInCents),
            },
          ].map((card) => (
            <li key={card.key} className="kpi" data-kpi={card.key}>
              <div className="label">{card.label}</div>
              <div className="value">
                <Formatted>{card.value}</Formatted>
              </div>
              {card.note && (
                <div className="muted small">
                  <Formatted>{card.note}</Formatted>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
