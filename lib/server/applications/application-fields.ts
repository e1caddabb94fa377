import type { ApplicationInput } from "../../validation/application";

/** The form's columns of an application; the company name is resolved to an id separately. */
export function applicationFields(input: ApplicationInput) {
  return {
    role: input.role,
    status: input.status,
    postingUrl: input.postingUrl,
    location: input.location,
    workMode: input.workMode,
    salaryRange: input.salaryRange,
    source: input.source,
    appliedOn: input.appliedOn,
    decisionExpectedOn: input.decisionExpectedOn,
    priority: input.priority,
    notes: input.notes,
    tags: input.tags,
    referrerId: input.referrerId,
    postingDescription: input.postingDescription,
  };
}
