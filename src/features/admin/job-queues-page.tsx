"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { Formatted } from "@/components/ui/formatted";
import { Pager, useCursorTrail } from "@/components/ui/pager";
import { useToast } from "@/components/ui/toast";
import { formatDateTime, formatNumber } from "@/lib/format";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";

/** How often the page reads the queues again while it is open. */
const REFRESH_MS = 5_000;
const FAILED_PAGE_SIZE = 20;

type QueueOverview = RouterOutputs["jobQueues"]["overview"][number];
type FailedJob = RouterOutputs["jobQueues"]["failed"]["items"][number];

const QUEUE_LABELS: Record<QueueOverview["queue"], { title: string; about: string }> = {
  images: { title: "Images", about: "Photo processing: derived files, EXIF, QR codes" },
  mail: { title: "Mail", about: "Outgoing e-mail, retried while the mail server is away" },
  campaigns: {
    title: "Campaigns",
    about: "Invitations and reminders to members, held in quiet hours and throttled per studio",
  },
  maintenance: { title: "Maintenance", about: "Scheduled sweeps and purges" },
  webhooks: {
    title: "Webhooks",
    about: "Signed events to studios' endpoints, one job per attempt",
  },
};

/** "45 s", "12 min", "3 h 5 min", "2 d": how long the oldest job has waited. */
export function formatAge(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

/** The background job queues: depth, rate and failures, read again every few seconds. */
export function JobQueuesPage() {
  const toast = useToast();
  const utils = api.useUtils();
  const overview = api.jobQueues.overview.useQuery(undefined, { refetchInterval: REFRESH_MS });
  const trail = useCursorTrail();
  const failed = api.jobQueues.failed.useQuery(
    { limit: FAILED_PAGE_SIZE, cursor: trail.cursor },
    { placeholderData: keepPreviousData, refetchInterval: REFRESH_MS },
  );
  const retry = api.jobQueues.retry.useMutation();
  const retryAll = api.jobQueues.retryAll.useMutation();
  const [retrying, setRetrying] = useState<string | null>(null);

  async function refresh() {
    await Promise.all([utils.jobQueues.overview.invalidate(), utils.jobQueues.failed.invalidate()]);
  }

  function retryJob(job: FailedJob) {
    setRetrying(job.id);
    retry.mutate(
      { queue: job.queue, id: job.id },
      {
        async onSuccess() {
          // The last failure on a later page: back to the first.
          if (failed.data?.items.length === 1 && trail.hasPrevious) trail.reset();
          await refresh();
          toast(`${job.job} queued again`);
        },
        onError: (error) => toast(messageOf(error), "error"),
        onSettled: () => setRetrying(null),
      },
    );
  }

  function retryQueue(queue: QueueOverview) {
    retryAll.mutate(
      { queue: queue.queue },
      {
        async onSuccess({ retried }) {
          trail.reset();
          await refresh();
          toast(
            `${formatNumber(retried, "en-US")} ${QUEUE_LABELS[queue.queue].title.toLowerCase()} job${retried === 1 ? "" : "s"} queued again`,
          );
        },
        onError: (error) => toast(messageOf(error), "error"),
      },
    );
  }

  const pages = Math.max(1, Math.ceil((failed.data?.total ?? 0) / FAILED_PAGE_SIZE));

  return (
    <>
      <PageHeader
        title="Background jobs"
        description="Work the app does outside requests: each queue's backlog and pace, and the jobs that failed after every retry. Updated every few seconds."
      />
      <section aria-labelledby="queues-heading" className="stack job-queues">
        <h2 id="queues-heading" className="visually-hidden">
          Queues
        </h2>
        {overview.isPending ? (
          <ListSkeleton rows={3} label="Loading queues" />
        ) : overview.isError ? (
          <ErrorAlert message={messageOf(overview.error)} onRetry={() => void overview.refetch()} />
        ) : (
          overview.data.map((queue) => (
            <QueueCard
              key={queue.queue}
              queue={queue}
              retryingAll={retryAll.isPending && retryAll.variables?.queue === queue.queue}
              onRetryAll={() => retryQueue(queue)}
            />
          ))
        )}
      </section>
      <section aria-labelledby="failed-heading" className="failed-jobs">
        <h2 id="failed-heading">Failed jobs</h2>
        {failed.isPending ? (
          <ListSkeleton label="Loading failed jobs" />
        ) : failed.isError ? (
          <ErrorAlert message={messageOf(failed.error)} onRetry={() => void failed.refetch()} />
        ) : failed.data.items.length === 0 ? (
          <EmptyState title="No failed jobs">
            <p className="muted small">Every job so far ran, or is waiting for its next attempt.</p>
          </EmptyState>
        ) : (
          <>
            <ul className="list" aria-label="Failed jobs">
              {failed.data.items.map((job) => (
                <li key={job.id} className="list-item failed-job">
                  <div className="failed-job-text">
                    <h3>
                      {job.job} <span className="badge">{QUEUE_LABELS[job.queue].title}</span>
                    </h3>
                    <p className="failed-job-error">{job.error}</p>
                    <p className="muted small">
                      Failed{" "}
                      <Formatted>
                        <time dateTime={job.failedAt}>
                          {formatDateTime(job.failedAt, "UTC", "en-GB")}
                        </time>
                      </Formatted>{" "}
                      after {job.attempts} attempt{job.attempts === 1 ? "" : "s"} ·{" "}
                      <span className="failed-job-id">{job.id}</span>
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button secondary small"
                    disabled={retrying === job.id}
                    aria-label={`Retry ${job.job} job ${job.id}`}
                    onClick={() => retryJob(job)}
                  >
                    {retrying === job.id ? "Retrying…" : "Retry"}
                  </button>
                </li>
              ))}
            </ul>
            <Pager
              label="Failed job pages"
              noun="failed job"
              total={failed.data.total}
              pages={{
                page: trail.page,
                pages,
                hasPrevious: trail.hasPrevious,
                hasNext: Boolean(failed.data.nextCursor),
                previous: trail.previous,
                next: () => trail.next(failed.data.nextCursor),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}

function QueueCard({
  queue,
  retryingAll,
  onRetryAll,
}: {
  queue: QueueOverview;
  retryingAll: boolean;
  onRetryAll: () => void;
}) {
  const label = QUEUE_LABELS[queue.queue];
  const stats: { label: string; value: string; note?: string }[] = [
    {
      label: "Queued",
      value: formatNumber(queue.queued, "en-US"),
      note:
        queue.oldestQueuedSeconds === null
          ? "none waiting"
          : `oldest ${formatAge(queue.oldestQueuedSeconds)}`,
    },
    { label: "Running", value: formatNumber(queue.active, "en-US") },
    {
      label: "Done per minute",
      value: formatNumber(queue.completedPerMinute, "en-US"),
      note: `${formatNumber(queue.completedLastHour, "en-US")} in the last hour`,
    },
    {
      label: "Failed",
      value: formatNumber(queue.failed, "en-US"),
      note: `${formatNumber(queue.failedLastHour, "en-US")} in the last hour`,
    },
  ];
  return (
    <article className="card" aria-labelledby={`queue-${queue.queue}`} data-queue={queue.queue}>
      <div className="card-header">
        <div>
          <h3 id={`queue-${queue.queue}`}>{label.title}</h3>
          <p>{label.about}</p>
        </div>
        {queue.failed > 0 && (
          <button
            type="button"
            className="button secondary small"
            disabled={retryingAll}
            onClick={onRetryAll}
          >
            {retryingAll
              ? "Retrying…"
              : queue.failed === 1
                ? "Retry the failed job"
                : `Retry all ${formatNumber(queue.failed, "en-US")} failed`}
          </button>
        )}
      </div>
      <dl className="kpis compact queue-stats">
        {stats.map((stat) => (
          <div key={stat.label} className="kpi">
            <dt className="label">{stat.label}</dt>
            <dd className="value">{stat.value}</dd>
            {stat.note && <dd className="muted small">{stat.note}</dd>}
          </div>
        ))}
      </dl>
    </article>
  );
}
