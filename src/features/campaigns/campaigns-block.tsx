"use client";

import { type FormEvent, useState } from "react";
import { useTranslations } from "use-intl";
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

const KINDS = [
  { kind: "invitation", title: "invitationsTitle", about: "invitationsAbout" },
  { kind: "reminder", title: "remindersTitle", about: "remindersAbout" },
  { kind: "unpaid_order", title: "unpaidTitle", about: "unpaidAbout" },
] as const satisfies readonly { kind: Kind; title: string; about: string }[];

/** While e-mails wait to go out, the numbers are read again this often. */
const REFRESH_MS = 5_000;

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
  const t = useTranslations("settingsCampaigns");
  const toast = useToast();
  const utils = api.useUtils();
  const [confirming, setConfirming] = useState(false);
  const [queued, setQueued] = useState<number | null>(null);
  const send = api.campaigns.sendInvitations.useMutation({
    async onSuccess(result) {
      setConfirming(false);
      setQueued(result.queued);
      toast(result.queued === 0 ? t("allInvited") : t("queuedToast", { count: result.queued }));
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
          {pending === 0 ? t("noneToSend") : t("send", { count: pending })}
        </button>
      </div>
      {queued !== null && (
        <p className="muted small" role="status" style={{ margin: 0 }}>
          {queued === 0 ? t("nothingNew") : t("queuedStatus", { count: queued })}
        </p>
      )}
      <Dialog
        open={confirming}
        title={t("confirmTitle", { count: pending })}
        onClose={() => setConfirming(false)}
      >
        <div className="stack">
          <p style={{ margin: 0 }}>{t("confirmMessage", { count: pending })}</p>
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
            {t("cancel")}
          </button>
          <button
            type="button"
            className="button"
            disabled={send.isPending}
            aria-busy={send.isPending}
            onClick={() => send.mutate({ projectId: overview.projectId })}
          >
            {send.isPending ? t("sending") : t("send", { count: pending })}
          </button>
        </div>
      </Dialog>
    </div>
  );
}

function ReminderDays({ overview }: { overview: Overview }) {
  const t = useTranslations("settingsCampaigns");
  const toast = useToast();
  const utils = api.useUtils();
  const [text, setText] = useState(overview.reminderDaysBeforeClose.join(", "));
  const [problem, setProblem] = useState<string | null>(null);
  const update = api.projects.update.useMutation({
    async onSuccess(project) {
      setText(project.reminderDaysBeforeClose.join(", "));
      toast(t("reminderSaved"));
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
      setProblem(t("reminderProblem"));
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
          label={t("reminderDays")}
          name="reminderDaysBeforeClose"
          inputMode="numeric"
          value={text}
          onChange={(event) => setText(event.target.value)}
          errors={errors}
          hint={t("reminderHint")}
        />
      </div>
      <SubmitButton pending={update.isPending}>{t("saveDays")}</SubmitButton>
    </form>
  );
}

function KindNumbers({ overview }: { overview: Overview }) {
  const t = useTranslations("settingsCampaigns");
  const { formatPrice, locale } = useStudio();
  const count = (value: number) => formatNumber(value, locale);
  return (
    <ul
      aria-label={t("numbers")}
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
        // [test hook (stable across languages), label, value]
        const rows: [string, string, string][] = [
          ["Sent", t("sent"), count(numbers.sent)],
          ...(numbers.queued > 0
            ? ([["Waiting", t("waiting"), count(numbers.queued)]] as [string, string, string][])
            : []),
          ["Failed", t("failed"), count(numbers.failed)],
          ["Unsubscribed", t("unsubscribed"), count(numbers.optedOut)],
          ["Gallery visits", t("visits"), count(numbers.galleryVisits)],
          ["Paid orders", t("paidOrders"), count(numbers.paidOrders)],
          ["Revenue", t("revenue"), formatPrice(numbers.revenueInCents)],
        ];
        return (
          <li key={kind} className="kpi" data-campaign-kind={kind} aria-label={t(title)}>
            <div style={{ fontWeight: 600 }}>{t(title)}</div>
            <div className="muted small">{t(about)}</div>
            <dl
              style={{
                display: "grid",
                gridTemplateColumns: "1fr auto",
                gap: "0.2rem 0.75rem",
                margin: "0.6rem 0 0",
                fontVariantNumeric: "tabular-nums",
              }}
            >
              {rows.map(([id, label, value]) => (
                <div key={id} style={{ display: "contents" }}>
                  <dt className="muted small">{label}</dt>
                  <dd style={{ margin: 0, textAlign: "right" }} data-number={id}>
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
  const t = useTranslations("settingsCampaigns");
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
          <h2 id="campaigns-title">{t("title")}</h2>
          <p>{t("about")}</p>
        </div>
      </div>
      {overview.error ? (
        <ErrorAlert message={messageOf(overview.error)} onRetry={() => void overview.refetch()} />
      ) : !overview.data ? (
        <div role="status" aria-label={t("loading")} className="stack">
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
                  {t("ordersClose", {
                    when: formatDateTime(
                      overview.data.ordersCloseAt,
                      overview.data.timezone,
                      locale,
                    ),
                  })}
                </Formatted>
              ) : (
                t("noDeadline")
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
