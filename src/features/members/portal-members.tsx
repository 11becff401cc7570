"use client";

import { useTranslations } from "use-intl";
import { EmptyState } from "@/components/ui/feedback";
import { api, type RouterOutputs } from "@/trpc/react";
import { DoNotPhotograph, type MemberColumn, MemberTable } from "./member-table";
import { useMemberPages } from "./use-member-pages";

type Member = RouterOutputs["members"]["list"]["items"][number];

const columns = (
  t: ReturnType<typeof useTranslations<"projectsPortalMembers">>,
): MemberColumn[] => [
  {
    header: t("name"),
    cell: (member) => (
      <>
        {member.name}
        <DoNotPhotograph member={member} />
      </>
    ),
  },
  { header: t("group"), cell: (member) => member.group },
  { header: t("shotSoFar"), cell: (member) => <ShotSoFar member={member} /> },
];

/** "Card ✓ · 3 photos" or "No card yet": whom the photographer still has to find. */
function ShotSoFar({ member }: { member: Pick<Member, "hasCard" | "photoCount"> }) {
  const t = useTranslations("projectsPortalMembers");
  const photos = member.photoCount > 0 ? ` · ${t("photos", { count: member.photoCount })}` : "";
  return member.hasCard ? (
    <span className="badge live">
      {t("card")}
      {photos}
    </span>
  ) : (
    <span className="badge">
      {t("noCard")}
      {photos}
    </span>
  );
}

/** Whom to photograph: the project's members by group, for an assigned photographer. */
export function PortalMembers({ projectId }: { projectId: string }) {
  const t = useTranslations("projectsPortalMembers");
  const pages = useMemberPages(projectId);
  const groups = api.members.groups.useQuery({ projectId });
  const enrolled = (groups.data ?? []).reduce((sum, g) => sum + g.count, 0);
  return (
    <section className="card" aria-labelledby="members-title" style={{ marginTop: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="members-title">{t("title")}</h2>
          <p>{t("description")}</p>
        </div>
      </div>
      {groups.isSuccess && enrolled === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <span>{t("emptyText")}</span>
        </EmptyState>
      ) : (
        <MemberTable pages={pages} groups={groups.data ?? []} columns={columns(t)} />
      )}
    </section>
  );
}
