import { NewProject } from "@/features/projects/new-project";
import { timeZoneChoices } from "@/lib/choices";
import { projectsPageMetadata } from "@/features/projects/page-title";

export const generateMetadata = () => projectsPageMetadata("newProject");

export default function NewProjectPage() {
  return <NewProject zones={timeZoneChoices()} />;
}
