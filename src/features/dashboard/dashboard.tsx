"use client";

import { keepPreviousData } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { ErrorAlert, Skeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { useStudio } from "@/features/studio/use-studio";
import { formatNumber } from "@/lib/format";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";

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

function KpiCards({
  kpis,
  formatPrice,
  locale,
}: {
  kpis: Analytics["kpis"];
  formatPrice: (n: number) => string;
  locale: string;
}) {
  const cards = [
    {
      key: "membersEnrolled",
      label: "Members enrolled",
      value: formatNumber(kpis.membersEnrolled, locale),
    },
    { key: "revenueInCents", label: "Revenue", value: formatPrice(kpis.revenueInCents) },
    {
      key: "photosUploaded",
      label: "Photos uploaded",
      value: formatNumber(kpis.photosUploaded, locale),
    },
    { key: "usersTagged", label: "Members tagged", value: formatNumber(kpis.usersTagged, locale) },
    { key: "packagesSold", label: "Packages sold", value: formatNumber(kpis.packagesSold, locale) },
  ];
  return (
    <ul className="kpis" aria-label="Key figures">
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

/** Replaces the query string without a server round trip; useSearchParams follows. */
function setProjectInUrl(projectId: string) {
  const url = projectId ? `/dashboard?projectId=${encodeURIComponent(projectId)}` : "/dashboard";
  window.history.replaceState(null, "", url);
}

export function Dashboard() {
  const projectId = useSearchParams().get("projectId") || undefined;
  const { formatPrice, formatPriceCompact, locale } = useStudio();
  const projects = api.projects.list.useQuery();
  const analytics = api.analytics.get.useQuery(projectId ? { projectId } : {}, {
    placeholderData: keepPreviousData,
  });
  const sortedProjects = [...(projects.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <PageHeader
        title="Dashboard"
        description="How your shoots are selling."
        actions={
          <label className="field" style={{ minWidth: "15rem" }}>
            <span className="visually-hidden">Project</span>
            <select
              className="input"
              value={projectId ?? ""}
              onChange={(event) => setProjectInUrl(event.target.value)}
            >
              <option value="">All projects</option>
              {sortedProjects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          </label>
        }
      />
      {analytics.isError ? (
        <ErrorAlert
          message={
            analytics.error.data?.code === "NOT_FOUND"
              ? "This project does not exist or is not yours."
              : messageOf(analytics.error)
          }
          onRetry={() => void analytics.refetch()}
        />
      ) : !analytics.data ? (
        <div role="status" aria-label="Loading the numbers" className="stack">
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
          <div className="charts">
            <PhotosByPhotographerChart data={analytics.data.photosByPhotographer} locale={locale} />
            <PackageSalesChart
              data={analytics.data.packageSales}
              locale={locale}
              formatPrice={formatPrice}
              formatPriceCompact={formatPriceCompact}
            />
            <ConversionFunnelChart funnel={analytics.data.conversionFunnel} locale={locale} />
          </div>
          {projects.data?.length === 0 && (
            <p className="muted" style={{ marginTop: "1.5rem" }}>
              No projects yet. <Link href="/projects/new">Create your first project</Link>.
            </p>
          )}
        </div>
      )}
    </>
  );
}
