"use client";

import { EmptyState, ErrorAlert, ListSkeleton } from "@/components/ui/feedback";
import { api, messageOf } from "@/trpc/react";
import { MemberPager, MemberSearch } from "./member-pager";
import { useMemberPages } from "./use-member-pages";

/** Whom to photograph: the project's members by group, for an assigned photographer. */
export function PortalMembers({ projectId }: { projectId: string }) {
  const pages = useMemberPages(projectId);
  const groups = api.members.groups.useQuery({ projectId });
  const { query } = pages;
  const enrolled = (groups.data ?? []).reduce((sum, g) => sum + g.count, 0);
  return (
    <section className="card" aria-labelledby="members-title" style={{ marginTop: "1.25rem" }}>
      <div className="card-header">
        <div>
          <h2 id="members-title">Members</h2>
          <p>Whom to photograph. Photograph each person&rsquo;s card just before them.</p>
        </div>
      </div>
      {groups.isSuccess && enrolled === 0 ? (
        <EmptyState title="No members yet">
          <span>The studio has not imported the class list for this project yet.</span>
        </EmptyState>
      ) : (
        <>
          <MemberSearch pages={pages} groups={groups.data ?? []} />
          {query.isPending ? (
            <ListSkeleton label="Loading members" />
          ) : query.isError ? (
            <ErrorAlert message={messageOf(query.error)} onRetry={() => void query.refetch()} />
          ) : query.data.items.length === 0 ? (
            <EmptyState title={`No member matches “${pages.search || pages.group}”`} />
          ) : (
            <div aria-busy={query.isFetching}>
              <div className="table-wrap" role="region" aria-label="Members table" tabIndex={0}>
                <table>
                  <caption className="visually-hidden">
                    Members, page {pages.page} of {pages.pages}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Group</th>
                    </tr>
                  </thead>
                  <tbody>
                    {query.data.items.map((member) => (
                      <tr key={member.id}>
                        <td>{member.name}</td>
                        <td>{member.group}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <MemberPager pages={pages} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
