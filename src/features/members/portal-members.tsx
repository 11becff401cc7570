"use client";

import { EmptyState } from "@/components/ui/feedback";
import { api, type RouterOutputs } from "@/trpc/react";
import { DoNotPhotograph, type MemberColumn, MemberTable } from "./member-table";
import { useMemberPages } from "./use-member-pages";

type Member = RouterOutputs["members"]["list"]["items"][number];

const COLUMNS: MemberColumn[] = [
  {
    header: "Name",
    cell: (member) => (
      <>
        {member.name}
        <DoNotPhotograph member={member} />
      </>
    ),
  },
  { header: "Group", cell: (member) => member.group },
  { header: "Shot so far", cell: (member) => <ShotSoFar member={member} /> },
];

/** "Card ✓ · 3 photos" or "No card yet": whom the photographer still has to find. */
function ShotSoFar({ member }: { member: Pick<Member, "hasCard" | "photoCount"> }) {
  const photos =
    member.photoCount > 0
      ? ` · ${member.photoCount} photo${member.photoCount === 1 ? "" : "s"}`
      : "";
  return member.hasCard ? (
    <span className="badge live">Card ✓{photos}</span>
  ) : (
    <span className="badge">No card yet{photos}</span>
  );
}

/** Whom to photograph: the project's members by group, for an assigned photographer. */
export function PortalMembers({ projectId }: { projectId: string }) {
  const pages = useMemberPages(projectId);
  const groups = api.members.groups.useQuery({ projectId });
  const enrolled = (groups.data ?? []).reduce((sum, g) => sum + g.count, 0);
  return (
    <section className="card" aria-labelledby="members-title" style={{ marginTop: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="members-title">Members</h2>
          <p>
            Whom to photograph, and who is still missing. Photograph each person&rsquo;s card just
            before them; never anyone marked &ldquo;Do not photograph&rdquo;.
          </p>
        </div>
      </div>
      {groups.isSuccess && enrolled === 0 ? (
        <EmptyState title="No members yet">
          <span>The studio has not imported the class list for this project yet.</span>
        </EmptyState>
      ) : (
        <MemberTable pages={pages} groups={groups.data ?? []} columns={COLUMNS} />
      )}
    </section>
  );
}
