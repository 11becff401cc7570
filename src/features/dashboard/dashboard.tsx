"use client";

import { keepPreviousData } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { ErrorAlert, Skeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { useStudio } from "@/features/studio/use-studio";
import { formatNumber } from "@/lib/format";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { CsvButton, visuallyHidden } from "./csv-button";
import {
  chartRange,
  csvFileName,
  type DayRange,
  dayIn,
  type Interval,
  INTERVALS,
  intervalFor,
  MAX_POINTS,
  parseInterval,
  parseRange,
  pointsIn,
} from "./date-range";
import { ProjectsReport } from "./projects-report";
import { RangePicker } from "./range-picker";

type Analytics = RouterOutputs["analytics"]["get"];

function ChartSkeleton() {
  return (
    <div className="card">
      <Skeleton height="1.25rem" width="40%" />
      <div style={{ marginTop: "1rem" }}>
        <Skeleton height="16rem" />
      </div>
    </div>
  );
}

// recharts is the heaviest part of the page: it loads after the numbers are on screen.
const PhotosByPhotographerChart = dynamic(
  () => import("./charts").then((m) => m.PhotosByPhotographerChart),
  {
    ssr: false,
    loading: ChartSkeleton,
  },
);
const PackageSalesChart = dynamic(() => import("./charts").then((m) => m.PackageSalesChart), {
  ssr: false,
  loading: ChartSkeleton,
});
const ConversionFunnelChart = dynamic(
  () => import("./charts").then((m) => m.ConversionFunnelChart),
  {
    ssr: false,
    loading: ChartSkeleton,
  },
);
const RevenueChart = dynamic(() => import("./revenue-chart").then((m) => m.RevenueChart), {
  ssr: false,
  loading: ChartSkeleton,
});

function KpiCards({
  kpis,
  formatPrice,
  locale,
}: {
  kpis: Analytics["kpis"];
  formatPrice: (n: number) => string;
  locale: string;
}) {
  const t = useTranslations("dashboard");
  const cards = [
    {
      key: "membersEnrolled",
      label: t("membersEnrolled"),
      value: formatNumber(kpis.membersEnrolled, locale),
    },
    { key: "revenueInCents", label: t("revenue"), value: formatPrice(kpis.revenueInCents) },
    {
      key: "photosUploaded",
      label: t("photosUploaded"),
      value: formatNumber(kpis.photosUploaded, locale),
    },
    {
      key: "usersTagged",
      label: t("membersTagged"),
      value: formatNumber(kpis.usersTagged, locale),
    },
    {
      key: "packagesSold",
      label: t("packagesSold"),
      value: formatNumber(kpis.packagesSold, locale),
    },
  ];
  return (
    <ul className="kpis" aria-label={t("keyFigures")}>
      {cards.map((card) => (
        <li key={card.key} className="kpi" data-kpi={card.key}>
          <div className="label">{card.label}</div>
          <div className="value">
            <Formatted>{card.value}</Formatted>
          </div>
        </li>
      ))}
    </ul>
  );
}

interface DashboardQuery extends DayRange {
  projectId?: string;
  /** The revenue chart's interval, when chosen rather than picked from the period's length. */
  interval?: Interval;
}

/** The dashboard's filters from its address: `?projectId=&from=&to=&interval=`. */
export function useDashboardQuery(): DashboardQuery {
  const params = useSearchParams();
  return {
    projectId: params.get("projectId") || undefined,
    ...parseRange({ from: params.get("from"), to: params.get("to") }),
    interval: parseInterval(params.get("interval")),
  };
}

/** Replaces the query string without a server round trip; useSearchParams follows. */
function setDashboardQuery(query: DashboardQuery) {
  const params = new URLSearchParams();
  for (const key of ["projectId", "from", "to", "interval"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  window.history.replaceState(null, "", search ? `/dashboard?${search}` : "/dashboard");
}

/** Revenue over time: the period's days (an open start begins with the first project), by an interval that fits. */
function RevenueOverTime({
  query,
  projects,
  projectName,
}: {
  query: DashboardQuery;
  projects: RouterOutputs["projects"]["list"] | undefined;
  projectName: string | undefined;
}) {
  const t = useTranslations("dashboard");
  const utils = api.useUtils();
  const { profile, formatPrice, formatPriceCompact, locale } = useStudio();
  const { projectId } = query;
  const range: DayRange = { from: query.from, to: query.to };
  const inScope = (projects ?? []).filter((p) => !projectId || p.id === projectId);
  const span = projects
    ? chartRange(range, inScope, profile.timezone, dayIn(profile.timezone))
    : undefined;
  const fits = (interval: Interval) =>
    !span || pointsIn(span.from, span.to, interval) <= MAX_POINTS;
  const interval =
    query.interval && fits(query.interval)
      ? query.interval
      : span
        ? intervalFor(span.from, span.to)
        : "day";
  const input = { interval, ...span, ...(projectId && { projectId }) };
  const series = api.analytics.timeseries.useQuery(input, {
    enabled: Boolean(span),
    placeholderData: keepPreviousData,
  });

  if (series.isError) {
    return <ErrorAlert message={messageOf(series.error)} onRetry={() => void series.refetch()} />;
  }
  const actions = (
    <>
      <div className="segmented" role="group" aria-label={t("interval")}>
        {INTERVALS.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={option === interval}
            disabled={!fits(option)}
            onClick={() => setDashboardQuery({ ...query, interval: option })}
          >
            {t(`intervals.${option}`)}
          </button>
        ))}
      </div>
      {span && (
        <CsvButton
          fileName={csvFileName(`revenue-by-${interval}`, span, projectName)}
          load={() => utils.analytics.timeseriesCsv.fetch(input, { staleTime: 0 })}
        >
          {t.rich("downloadRevenueCsv", { hidden: visuallyHidden })}
        </CsvButton>
      )}
    </>
  );
  return (
    <div aria-busy={series.isFetching} style={{ opacity: series.isPlaceholderData ? 0.6 : 1 }}>
      <RevenueChart
        series={
          span === null
            ? {
                interval,
                timeZone: profile.timezone,
                currency: profile.currency,
                from: dayIn(profile.timezone),
                to: dayIn(profile.timezone),
                points: [],
              }
            : series.data
        }
        interval={series.data?.interval ?? interval}
        locale={locale}
        formatPrice={formatPrice}
        formatPriceCompact={formatPriceCompact}
        actions={actions}
      />
    </div>
  );
}

export function Dashboard() {
  const t = useTranslations("dashboard");
  const query = useDashboardQuery();
  const { projectId } = query;
  const range: DayRange = { from: query.from, to: query.to };
  const utils = api.useUtils();
  const { profile, formatPrice, formatPriceCompact, locale } = useStudio();
  const projects = api.projects.list.useQuery();
  const analytics = api.analytics.get.useQuery(
    { ...(projectId && { projectId }), ...range },
    { placeholderData: keepPreviousData },
  );
  const sortedProjects = [...(projects.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const projectName = projectId
    ? projects.data?.find((project) => project.id === projectId)?.name
    : undefined;
  const ranged = Boolean(range.from || range.to);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <CsvButton
            fileName={csvFileName("summary", range, projectName)}
            load={() =>
              utils.analytics.getCsv.fetch(
                { ...(projectId && { projectId }), ...range },
                { staleTime: 0 },
              )
            }
          >
            {t("downloadSummaryCsv")}
          </CsvButton>
        }
      />
      <div className="dashboard-filters" role="group" aria-label={t("filters")}>
        <div className="field project-filter">
          <label htmlFor="dashboard-project">{t("project")}</label>
          <select
            id="dashboard-project"
            value={projectId ?? ""}
            onChange={(event) =>
              setDashboardQuery({ ...query, projectId: event.target.value || undefined })
            }
          >
            <option value="">{t("allProjects")}</option>
            {sortedProjects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
          </select>
        </div>
        <RangePicker
          range={range}
          today={dayIn(profile.timezone)}
          onChange={(next) => setDashboardQuery({ projectId, ...next })}
        />
      </div>
      {analytics.isError ? (
        <ErrorAlert
          message={
            analytics.error.data?.code === "NOT_FOUND"
              ? t("projectNotFound")
              : messageOf(analytics.error)
          }
          onRetry={() => void analytics.refetch()}
        />
      ) : !analytics.data ? (
        <div role="status" aria-label={t("loadingNumbers")} className="stack">
          <div className="kpis">
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} height="5.25rem" />
            ))}
          </div>
          <ChartSkeleton />
        </div>
      ) : (
        <div
          aria-busy={analytics.isFetching}
          style={{ opacity: analytics.isPlaceholderData ? 0.6 : 1 }}
        >
          <KpiCards kpis={analytics.data.kpis} formatPrice={formatPrice} locale={locale} />
          {ranged && <p className="muted small kpi-note">{t("kpiNote")}</p>}
        </div>
      )}
      <div className="stack dashboard-reports">
        <RevenueOverTime query={query} projects={projects.data} projectName={projectName} />
        <ProjectsReport
          range={range}
          projectId={projectId}
          onShowAll={() => setDashboardQuery({ ...query, projectId: undefined })}
        />
        {analytics.data && (
          <div
            className="charts"
            aria-busy={analytics.isFetching}
            style={{ opacity: analytics.isPlaceholderData ? 0.6 : 1 }}
          >
            <PhotosByPhotographerChart data={analytics.data.photosByPhotographer} locale={locale} />
            <PackageSalesChart
              data={analytics.data.packageSales}
              locale={locale}
              formatPrice={formatPrice}
              formatPriceCompact={formatPriceCompact}
            />
            <ConversionFunnelChart funnel={analytics.data.conversionFunnel} locale={locale} />
          </div>
        )}
      </div>
    </>
  );
}
