import { STATUS_LABELS, type ApplicationStatus } from "../../validation/application";

export const statusChangeSummary = (from: ApplicationStatus, to: ApplicationStatus) =>
  `Status changed from ${STATUS_LABELS[from]} to ${STATUS_LABELS[to]}`;
