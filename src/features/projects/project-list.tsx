"use client";

import Link from "next/link";
import { useDeferredValue, useState } from "react";
import { useTranslations } from "use-intl";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/feedback";
import { QueryView } from "@/components/ui/query-view";
import { Formatted } from "@/components/ui/formatted";
import { useStudio } from "@/features/studio/use-studio";
import { formatSchedule } from "@/lib/format";
import { api, type RouterOutputs } from "@/trpc/react";

type Summary = RouterOutputs["projects"]["list"][number];
type Sort = "start-desc" | "start-asc" | "name";

function sortProjects(projects: Summary[], sort: Sort): Summary[] {
  const byName = (a: Summary, b: Summary) => a.name.localeCompare(b.name);
  if (sort === "name") return [...projects].sort(byName);
  const direction = sort === "start-asc" ? 1 : -1;
  return [...projects].sort((a, b) => {
    if (!a.startAt || !b.startAt) return a.startAt ? -1 : b.startAt ? 1 : byName(a, b);
    return direction * a.startAt.localeCompare(b.startAt) || byName(a, b);
  });
}

export function ProjectList() {
  const t = useTranslations("projectsList");
  const tSchedule = useTranslations("projectsSchedule");
  const { locale } = useStudio();
  const projects = api.projects.list.useQuery();
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<Sort>("start-desc");
  const query = useDeferredValue(search.trim().toLowerCase());
  const visible = sortProjects(
    (projects.data ?? []).filter((p) =>
      `${p.name} ${p.locationName ?? ""}`.toLowerCase().includes(query),
    ),
    sort,
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link className="button" href="/projects/new">
            {t("newProject")}
          </Link>
        }
      />
      <div className="toolbar">
        <input
          className="input"
          type="search"
          placeholder={t("searchPlaceholder")}
          aria-label={t("searchLabel")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select
          className="input"
          style={{ maxWidth: "16rem" }}
          aria-label={t("sortLabel")}
          value={sort}
          onChange={(event) => setSort(event.target.value as Sort)}
        >
          <option value="start-desc">{t("sortStartDesc")}</option>
          <option value="start-asc">{t("sortStartAsc")}</option>
          <option value="name">{t("sortName")}</option>
        </select>
      </div>
      <QueryView
        query={projects}
        loadingLabel={t("loading")}
        empty={
          <EmptyState title={t("emptyTitle")}>
            <span>{t("emptyText")}</span>
            <Link className="button" href="/projects/new">
              {t("createProject")}
            </Link>
          </EmptyState>
        }
      >
        {() =>
          visible.length === 0 ? (
            <EmptyState title={t("noMatch")} />
          ) : (
            <ul className="list" aria-label={t("listLabel")}>
              {visible.map((project) => (
                <li key={project.id} className="list-item">
                  <div>
                    <h3>
                      <Link href={`/projects/${project.id}`}>{project.name}</Link>
                    </h3>
                    <div className="muted small">
                      <Formatted>
                        {formatSchedule(
                          project.startAt,
                          project.endAt,
                          project.timezone,
                          locale,
                          tSchedule("toBeAnnounced"),
                        )}
                      </Formatted>
                      {project.locationName ? ` · ${project.locationName}` : ""}
                    </div>
                  </div>
                  <div className="muted small nowrap">
                    {t("counts", {
                      photographers: project.photographerCount,
                      packages: project.packageCount,
                    })}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
