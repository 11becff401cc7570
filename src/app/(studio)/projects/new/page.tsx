import type { Metadata } from "next";
import { NewProject } from "@/features/projects/new-project";
import { timeZoneChoices } from "@/lib/choices";

export const metadata: Metadata = { title: "New project" };

export default function NewProjectPage() {
  return <NewProject zones={timeZoneChoices()} />;
}
