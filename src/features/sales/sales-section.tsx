"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { useStudio } from "@/features/studio/use-studio";
import type { RouterOutputs } from "@/trpc/react";
import { CouponsBlock } from "./coupons-block";
import { OfferSettings } from "./offer-settings";

type Project = RouterOutputs["projects"]["get"];

/**
 * Project → Sales: what members are offered and until when. Each block is its
 * own component (a `.sales-block`); more blocks (campaigns, say) are passed
 * as children and follow the offers.
 */
export function SalesSection({ project, children }: { project: Project; children?: ReactNode }) {
  const t = useTranslations("settingsSales");
  const { money, locale } = useStudio();
  return (
    <section
      className="card sales-section"
      aria-labelledby="sales-title"
      id="sales"
      style={{ marginTop: "1.25rem" }}
    >
      <div className="card-header">
        <div>
          <h2 id="sales-title">{t("title")}</h2>
          <p>{t("about")}</p>
        </div>
      </div>
      <div className="sales-blocks">
        <OfferSettings project={project} locale={locale} />
        <CouponsBlock projectId={project.id} timeZone={project.timezone} money={money} />
        {children}
      </div>
    </section>
  );
}
