import { STATUS_LABELS, type ApplicationStatus } from "@/lib/validation/application";

// The badge and its tone per status are classes in app/globals.css (.status-badge,
// .status-<status>): a list shows one per row.
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  return <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
