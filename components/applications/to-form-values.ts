import { dayInputValue } from "@/components/timeline/dates";
import type { ApplicationDetail } from "@/lib/server/applications/get-application";
import type { ApplicationFormValues } from "./application-form";

/** A saved application as the strings its edit form starts from. */
export function toFormValues(application: ApplicationDetail): ApplicationFormValues {
  return {
    company: application.company.name,
    role: application.role,
    status: application.status,
    postingUrl: application.postingUrl ?? "",
    location: application.location ?? "",
    workMode: application.workMode ?? "",
    salaryRange: application.salaryRange ?? "",
    source: application.source ?? "",
    appliedOn: dayInputValue(application.appliedOn),
    decisionExpectedOn: dayInputValue(application.decisionExpectedOn),
    priority: String(application.priority),
    notes: application.notes ?? "",
    tags: application.tags.join(", "),
    referrerId: application.referrerId ?? "",
  };
}
