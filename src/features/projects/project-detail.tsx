"use client";

import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/feedback";
import { useToast } from "@/components/ui/toast";
import { useStudio } from "@/features/studio/use-studio";
import type { Choice } from "@/lib/choices";
import { formatSchedule } from "@/lib/format";
import { Formatted } from "@/components/ui/formatted";
import { api, messageOf, type RouterOutputs } from "@/trpc/react";
import { ProjectForm } from "./project-form";

type Project = RouterOutputs["projects"]["get"];

/** Everything an assignment or a link changes, and nothing else. */
function useProjectInvalidation(projectId: string) {
  const utils = api.useUtils();
  return {
    afterAssignment: () =>
      Promise.all([
        utils.projects.get.invalidate({ id: projectId }),
        utils.projects.list.invalidate(),
        utils.photographers.list.invalidate(),
        utils.analytics.get.invalidate(),
      ]),
    afterLink: () =>
      Promise.all([
        utils.projects.get.invalidate({ id: projectId }),
        utils.projects.list.invalidate(),
        utils.analytics.get.invalidate(),
      ]),
  };
}

function Picker({
  label,
  options,
  action,
  pending,
  onPick,
  emptyMessage,
}: {
  label: string;
  options: { id: string; label: string }[];
  action: string;
  pending: boolean;
  onPick: (id: string) => void;
  emptyMessage: React.ReactNode;
}) {
  const [chosen, setChosen] = useState("");
  if (options.length === 0) return <p className="muted small">{emptyMessage}</p>;
  return (
    <form
      className="toolbar"
      style={{ marginBottom: 0 }}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onPick(chosen);
        setChosen("");
      }}
    >
      <select
        className="input"
        aria-label={label}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      >
        <option value="">{label}…</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button secondary" disabled={!chosen || pending}>
        {pending ? "Working…" : action}
      </button>
    </form>
  );
}

function PhotographersCard({ project }: { project: Project }) {
  const toast = useToast();
  const { afterAssignment } = useProjectInvalidation(project.id);
  const photographers = api.photographers.list.useQuery();
  const assign = api.projects.assignPhotographer.useMutation({ onSuccess: afterAssignment });
  const unassign = api.projects.unassignPhotographer.useMutation({ onSuccess: afterAssignment });
  const assigned = new Set(project.photographers.map((p) => p.id));
  const available = (photographers.data ?? []).filter((p) => !assigned.has(p.id));
  const error = assign.error ?? unassign.error;

  return (
    <section className="card" aria-labelledby="team-title">
      <div className="card-header">
        <div>
          <h2 id="team-title">Photographers</h2>
          <p>Who shoots this project. They see it in their portal.</p>
        </div>
      </div>
      {error && (
        <div className="alert error" role="alert" style={{ marginBottom: "1rem" }}>
          {messageOf(error)}
        </div>
      )}
      {project.photographers.length === 0 ? (
        <EmptyState title="No photographers assigned yet" />
      ) : (
        <ul className="list" aria-label="Assigned photographers" style={{ marginBottom: "1rem" }}>
          {project.photographers.map((photographer) => (
            <li key={photographer.id} className="list-item">
              <div>
                <strong>{photographer.name}</strong>
                <div className="muted small">{photographer.email}</div>
              </div>
              <button
                type="button"
                className="button secondary small"
                disabled={unassign.isPending}
                onClick={() =>
                  unassign.mutate(
                    { projectId: project.id, photographerId: photographer.id },
                    { onSuccess: () => toast(`${photographer.name} removed from the project`) },
                  )
                }
              >
                Remove<span className="visually-hidden"> {photographer.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div style={{ marginTop: "1rem" }}>
        <Picker
          label="Choose a photographer"
          action="Assign"
          pending={assign.isPending}
          options={available.map((p) => ({ id: p.id, label: `${p.name} (${p.email})` }))}
          emptyMessage={
            photographers.data?.length === 0 ? (
              <>
                No photographers yet. <Link href="/photographers">Add one</Link>.
              </>
            ) : (
              "Every photographer is assigned."
            )
          }
          onPick={(photographerId) =>
            assign.mutate(
              { projectId: project.id, photographerId },
              { onSuccess: () => toast("Photographer assigned") },
            )
          }
        />
      </div>
    </section>
  );
}

function PackagesCard({ project }: { project: Project }) {
  const toast = useToast();
  const { formatPrice } = useStudio();
  const { afterLink } = useProjectInvalidation(project.id);
  const packages = api.packages.list.useQuery();
  const link = api.projects.linkPackage.useMutation({ onSuccess: afterLink });
  const unlink = api.projects.unlinkPackage.useMutation({ onSuccess: afterLink });
  const linked = new Set(project.packages.map((p) => p.id));
  const available = (packages.data ?? []).filter((p) => !linked.has(p.id));
  const error = link.error ?? unlink.error;

  return (
    <section className="card" aria-labelledby="packages-title">
      <div className="card-header">
        <div>
          <h2 id="packages-title">Packages</h2>
          <p>What members of this project can buy.</p>
        </div>
      </div>
      {error && (
        <div className="alert error" role="alert" style={{ marginBottom: "1rem" }}>
          {messageOf(error)}
        </div>
      )}
      {project.packages.length === 0 ? (
        <EmptyState title="No packages linked yet" />
      ) : (
        <ul className="list" aria-label="Linked packages" style={{ marginBottom: "1rem" }}>
          {project.packages.map((pkg) => (
            <li key={pkg.id} className="list-item">
              <div>
                <strong>{pkg.name}</strong>
                <div className="muted small">
                  <Formatted>{formatPrice(pkg.price)}</Formatted> · {pkg.photoCount} photo
                  {pkg.photoCount === 1 ? "" : "s"}
                </div>
              </div>
              <button
                type="button"
                className="button secondary small"
                disabled={unlink.isPending}
                onClick={() =>
                  unlink.mutate(
                    { projectId: project.id, packageId: pkg.id },
                    { onSuccess: () => toast(`${pkg.name} unlinked`) },
                  )
                }
              >
                Unlink<span className="visually-hidden"> {pkg.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div style={{ marginTop: "1rem" }}>
        <Picker
          label="Choose a package"
          action="Link"
          pending={link.isPending}
          options={available.map((p) => ({
            id: p.id,
            label: `${p.name} (${formatPrice(p.price)})`,
          }))}
          emptyMessage={
            packages.data?.length === 0 ? (
              <>
                No packages yet. <Link href="/packages">Create one</Link>.
              </>
            ) : (
              "Every package is linked."
            )
          }
          onPick={(packageId) =>
            link.mutate(
              { projectId: project.id, packageId },
              { onSuccess: () => toast("Package linked") },
            )
          }
        />
      </div>
    </section>
  );
}

export function ProjectDetail({
  initialProject,
  zones,
}: {
  initialProject: Project;
  zones: Choice[];
}) {
  const toast = useToast();
  const { locale, profile } = useStudio();
  const { data: project } = api.projects.get.useQuery(
    { id: initialProject.id },
    { initialData: initialProject },
  );
  const [editing, setEditing] = useState(false);

  return (
    <>
      <Link href="/projects" className="back-link">
        ← All projects
      </Link>
      <PageHeader
        title={project.name}
        description={
          <Formatted>
            {formatSchedule(project.startAt, project.endAt, project.timezone, locale)}
          </Formatted>
        }
        actions={
          !editing && (
            <>
              <Link className="button secondary" href={`/dashboard?projectId=${project.id}`}>
                View numbers
              </Link>
              <button type="button" className="button" onClick={() => setEditing(true)}>
                Edit project
              </button>
            </>
          )
        }
      />
      {editing ? (
        <section className="card" aria-label="Edit project" style={{ marginBottom: "1.25rem" }}>
          <ProjectForm
            project={project}
            defaultTimeZone={profile.timezone}
            zones={zones}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              toast("Project saved");
            }}
          />
        </section>
      ) : (
        <section className="card" aria-label="Project details" style={{ marginBottom: "1.25rem" }}>
          <dl className="details">
            <dt>When</dt>
            <dd>
              <Formatted>
                {formatSchedule(project.startAt, project.endAt, project.timezone, locale)}
              </Formatted>
            </dd>
            <dt>Time zone</dt>
            <dd>{project.timezone.replaceAll("_", " ")}</dd>
            <dt>Location</dt>
            <dd>{project.locationName ?? <span className="muted">Not set</span>}</dd>
            <dt>Link</dt>
            <dd>
              {project.projectLink ? (
                <a href={project.projectLink} target="_blank" rel="noreferrer noopener">
                  {project.projectLink}
                </a>
              ) : (
                <span className="muted">Not set</span>
              )}
            </dd>
            <dt>Terms</dt>
            <dd style={{ whiteSpace: "pre-line" }}>
              {project.termsAndConditions ?? <span className="muted">Not set</span>}
            </dd>
          </dl>
        </section>
      )}
      <div className="two-columns">
        <PhotographersCard project={project} />
        <PackagesCard project={project} />
      </div>
    </>
  );
}
