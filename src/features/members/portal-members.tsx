"use client";

import { EmptyState } from "@/components/ui/feedback";
import { api } from "@/trpc/react";
import { DoNotPhotograph, type MemberColumn, MemberTable } from "./member-table";
import { useMemberPages } from "./use-member-pages";

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
];

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
            Whom to photograph. Photograph each person&rsquo;s card just before them; never anyone
            marked &ldquo;Do not photograph&rdquo;.
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
