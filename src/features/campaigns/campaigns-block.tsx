"use client";

import { type FormEvent, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { ErrorAlert, Skeleton } from "@/components/ui/feedback";
import { TextField } from "@/components/ui/field";
import { Formatted } from "@/components/ui/formatted";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toast";
import { useStudio } from "@/features/studio/use-studio";
import { formatDateTime, formatNumber } from "@/lib/format";
import { api, fieldErrorsOf, messageOf, type RouterOutputs } from "@/trpc/react";

type Overview = RouterOutputs["campaigns"]["overview"];
type Kind = keyof Overview["kinds"];

const KINDS: { kind: Kind; title: string; about: string }[] = [
  { kind: "invitation", title: "Invitations", about: "The gallery link and access code" },
  {
    kind: "reminder",
    title: "Reminders",
    about: "Before ordering closes, to members who have not bought",
  },
  {
    kind: "unpaid_order",
    title: "Unpaid orders",
    about: "Once, a day after an order stays unpaid",
  },
];

/** While e-mails wait to go out, the numbers are read again this often. */
const REFRESH_MS = 5_000;

const invitations = (count: number, locale: string) =>
  `${formatNumber(count, locale)} invitation${count === 1 ? "" : "s"}`;

/** "7, 1" to [7, 1]; null when something is not a whole number. */
function parseDays(text: string): number[] | null {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.every((part) => /^\d+$/.test(part))) return null;
  return parts.map(Number);
}

function SendInvitations({ overview }: { overview: Overview }) {
  const toast = useToast();
  const { locale } = useStudio();
  const utils = api.useUtils();
  const [confirming, setConfirming] = useState(false);
  const [queued, setQueued] = useState<number | null>(null);
  const send = api.campaigns.sendInvitations.useMutation({
    async onSuccess(result) {
      setConfirming(false);
      setQueued(result.queued);
      toast(
        result.queued === 0
          ? "Every member with an address is invited already"
          : `${invitations(result.queued, locale)} queued`,
      );
      await utils.campaigns.overview.invalidate({ projectId: overview.projectId });
    },
  });
  const pending = overview.invitationsPending;
  return (
    <div className="stack" style={{ gap: "0.5rem" }}>
      <div>
        <button
          type="button"
          className="button"
          disabled={pending === 0}
          onClick={() => {
            send.reset();
            setConfirming(true);
          }}
        >
          {pending === 0 ? "No invitations to send" : `Send ${invitations(pending, locale)}`}
        </button>
      </div>
      {queued !== null && (
        <p className="muted small" role="status" style={{ margin: 0 }}>
          {queued === 0
            ? "Nothing new to send: every address was invited already."
            : `${invitations(queued, locale)} queued. They go out within minutes (between 08:00 and 21:00 in the project's time zone).`}
        </p>
      )}
      <Dialog
        open={confirming}
        title={`Send ${invitations(pending, locale)}?`}
        onClose={() => setConfirming(false)}
      >
        <div className="stack">
          <p style={{ margin: 0 }}>
            Each member&apos;s address that has not had one gets the gallery link and their access
            code: {invitations(pending, locale)} in all. Addresses that unsubscribed are left out.
            Between 21:00 and 08:00 in the project&apos;s time zone they wait until 08:00.
          </p>
          {send.error && (
            <div className="alert error" role="alert">
              {messageOf(send.error)}
            </div>
          )}
        </div>
        <div className="dialog-actions">
          <button
            type="button"
            className="button secondary"
            onClick={() => setConfirming(false)}
            disabled={send.isPending}
          >
            Cancel
          </button>
          <button
            type="button"
            className="button"
            disabled={send.isPending}
            aria-busy={send.isPending}
            onClick={() => send.mutate({ projectId: overview.projectId })}
          >
            {send.isPending ? "Sending…" : `Send ${invitations(pending, locale)}`}
          </button>
        </div>
      </Dialog>
    </div>
  );
}

function ReminderDays({ overview }: { overview: Overview }) {
  const toast = useToast();
  const utils = api.useUtils();
  const [text, setText] = useState(overview.reminderDaysBeforeClose.join(", "));
  const [problem, setProblem] = useState<string | null>(null);
  const update = api.projects.update.useMutation({
    async onSuccess(project) {
      setText(project.reminderDaysBeforeClose.join(", "));
      toast("Reminder days saved");
      await Promise.all([
        utils.campaigns.overview.invalidate({ projectId: overview.projectId }),
        utils.projects.get.invalidate({ id: overview.projectId }),
      ]);
    },
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const days = parseDays(text);
    if (!days) {
      setProblem("Whole numbers of days, separated by commas, e.g. 7, 1");
      return;
    }
    setProblem(null);
    update.mutate({ id: overview.projectId, reminderDaysBeforeClose: days });
  }

  const serverErrors = fieldErrorsOf(update.error);
  const errors = problem
    ? [problem]
    : (Object.entries(serverErrors).find(([field]) =>
        field.startsWith("reminderDaysBeforeClose"),
      )?.[1] ??
      (update.error && !Object.keys(serverErrors).length ? [messageOf(update.error)] : undefined));
  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      style={{ display: "flex", flexWrap: "wrap", gap: "0.75rem", alignItems: "flex-end" }}
    >
      <div style={{ flex: "1 1 14rem", minWidth: 0 }}>
        <TextField
          label="Reminder days before ordering closes"
          name="reminderDaysBeforeClose"
          inputMode="numeric"
          value={text}
          onChange={(event) => setText(event.target.value)}
          errors={errors}
          hint="Up to 5, from 0 to 60, e.g. 7, 1. Empty for no reminders."
        />
      </div>
      <SubmitButton pending={update.isPending}>Save days</SubmitButton>
    </form>
  );
}

function KindNumbers({ overview }: { overview: Overview }) {
  const { formatPrice, locale } = useStudio();
  const count = (value: number) => formatNumber(value, locale);
  return (
    <ul
      aria-label="Campaign numbers"
      style={{
        display: "grid",
        gap: "0.75rem",
        gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 15rem), 1fr))",
        listStyle: "none",
        padding: 0,
        margin: 0,
      }}
    >
      {KINDS.map(({ kind, title, about }) => {
        const numbers = overview.kinds[kind];
        const rows: [string, string][] = [
          ["Sent", count(numbers.sent)],
          ...(numbers.queued > 0
            ? ([["Waiting", count(numbers.queued)]] as [string, string][])
            : []),
          ["Failed", count(numbers.failed)],
          ["Unsubscribed", count(numbers.optedOut)],
          ["Gallery visits", count(numbers.galleryVisits)],
          ["Paid orders", count(numbers.paidOrders)],
          ["Revenue", formatPrice(numbers.revenueInCents)],
        ];
        return (
          <li key={kind} className="kpi" data-campaign-kind={kind} aria-label={title}>
            <div style={{ fontWeight: 600 }}>{title}</div>
            <div className="muted small">{about}</div>
            <dl
              style={{
                display: "grid",
                gridTemplateColumns: "1fr auto",
                gap: "0.2rem 0.75rem",
                margin: "0.6rem 0 0",
                fontVariantNumeric: "tabular-nums",
              }}
            >
              {rows.map(([label, value]) => (
                <div key={label} style={{ display: "contents" }}>
                  <dt className="muted small">{label}</dt>
                  <dd style={{ margin: 0, textAlign: "right" }} data-number={label}>
                    <Formatted>{value}</Formatted>
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A project's campaign e-mails: the numbers per kind (what was sent, and the
 * visits and sales within 7 days after), "Send invitations" with how many
 * would go, and the days before the close that reminders go out.
 */
export function CampaignsBlock({ projectId }: { projectId: string }) {
  const { locale } = useStudio();
  const overview = api.campaigns.overview.useQuery(
    { projectId },
    {
      refetchInterval: (query) => {
        const kinds = query.state.data?.kinds;
        return kinds && Object.values(kinds).some((numbers) => numbers.queued > 0)
          ? REFRESH_MS
          : false;
      },
    },
  );
  return (
    <section className="card" aria-labelledby="campaigns-title" style={{ marginBottom: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="campaigns-title">Campaigns</h2>
          <p>
            E-mails that bring members back. Visits and paid orders count for the latest e-mail a
            member had, within 7 days. None go out between 21:00 and 08:00 in the project&apos;s
            time zone.
          </p>
        </div>
      </div>
      {overview.error ? (
        <ErrorAlert message={messageOf(overview.error)} onRetry={() => void overview.refetch()} />
      ) : !overview.data ? (
        <div role="status" aria-label="Loading the campaigns" className="stack">
          <Skeleton height="2.5rem" width="14rem" />
          <Skeleton height="9rem" />
        </div>
      ) : (
        <div className="stack">
          <SendInvitations overview={overview.data} />
          <KindNumbers overview={overview.data} />
          <div className="stack" style={{ gap: "0.5rem" }}>
            <p className="muted small" style={{ margin: 0 }}>
              {overview.data.ordersCloseAt ? (
                <Formatted>
                  {`Ordering closes ${formatDateTime(overview.data.ordersCloseAt, overview.data.timezone, locale)}. Reminders go out to members without a paid order.`}
                </Formatted>
              ) : (
                "No ordering deadline yet: reminders go out once the project has one."
              )}
            </p>
            <ReminderDays
              key={overview.data.reminderDaysBeforeClose.join(",")}
              overview={overview.data}
            />
          </div>
        </div>
      )}
    </section>
  );
}
