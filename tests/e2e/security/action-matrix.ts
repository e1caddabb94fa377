// Every server action of the app, with the arguments an attacker (user B) would call it with to
// reach user A's rows. Payloads are VALID, so that validation passes and the ownership check is
// what stands in the way. A new action without an entry here fails authorization.spec.ts.
import { form } from "../../support/actions";
import type { OwnerIds } from "./owners";

export type Attacker = { userId: string; email: string; password: string; contactId: string; applicationId: string };
export type MatrixContext = { a: OwnerIds; b: Attacker };

export type MatrixEntry = {
  /** One argument list per call, as the client would pass them (bound ids first, then state, then FormData). */
  calls: (ctx: MatrixContext) => unknown[][];
  /** Ends the caller's own session (log out, delete account): run last, each with a fresh attacker. */
  endsSession?: true;
  /** Reads only: made by the owner it changes nothing either (the control run skips it). */
  readOnly?: true;
  /** Meant for signed-out visitors (log in, sign up, theme): "refused when signed out" does not apply. */
  public?: true;
};

const TOMORROW = "2026-11-27T09:00";

export const actionMatrix: Record<string, MatrixEntry> = {
  // Auth and account: B can only ever act on B.
  logInAction: { public: true, calls: ({ a }) => [[{}, form({ email: a.email, password: "not A's password at all" })]] },
  signUpAction: { public: true, calls: ({ a }) => [[{}, form({ email: a.email, password: "a long enough passphrase", name: "Impostor" })]] },
  forgotPasswordAction: { public: true, calls: ({ a }) => [[{}, form({ email: a.email })]] },
  resetPasswordAction: { public: true, calls: () => [[{}, form({ token: "not-a-link-anyone-was-sent", newPassword: "a long enough passphrase" })]] },
  confirmSignUpAction: { public: true, calls: () => [[{}, form({ token: "not-a-link-anyone-was-sent" })]] },
  cycleTheme: { public: true, calls: () => [[]] },
  logOutAction: { endsSession: true, calls: () => [[]] },
  deleteAccountAction: {
    endsSession: true,
    calls: ({ a, b }) => [[{}, form({ confirmation: a.email })], [{}, form({ confirmation: b.email })]],
  },
  updateProfileAction: { calls: () => [[{}, form({ name: "Mallory" })]] },
  updateCadenceDefaultsAction: { calls: () => [[{}, form({ cadence_recruiter: "30" })]] },
  changePasswordAction: { calls: ({ b }) => [[{}, form({ currentPassword: b.password, newPassword: b.password })]] },
  updatePreferencesAction: { calls: () => [[{}, form({ timeZone: "America/New_York", digestEnabled: "on", digestHour: "8", reminderTime: "09:00", weekdaysOnly: "on" })]] },
  regenerateCalendarTokenAction: { calls: () => [[]] },
  // The dashboard's first-run checklist and demo data: only ever the caller's own account.
  dismissChecklistAction: { calls: () => [[]] },
  loadDemoDataAction: { calls: () => [[{}]] },
  createApiTokenAction: { calls: () => [[{}, form({ name: "B's token", expiresIn: "30" })]] },
  revokeApiTokenAction: { calls: ({ a }) => [[a.apiTokenId, {}, form({})]] },
  // The mailbox is one per user, found by the caller's id: port 1 refuses at once.
  saveMailboxAction: { calls: () => [[{}, form({ host: "127.0.0.1", port: "1", username: "b", password: "b's password", folder: "INBOX", tls: "on", startDate: "2026-11-20" })]] },
  disconnectMailboxAction: { calls: () => [[{}, form({})]] },
  readClippedPostingAction: { readOnly: true, calls: ({ a }) => [[{ url: "https://jobs.example.com/1", html: `<title>${a.companyName}</title>` }]] },

  // Applications and their interviews and notes.
  createApplicationAction: {
    calls: ({ a }) => [[{}, form({ company: a.companyName, role: "Spy", status: "applied", referrerId: a.contactId })]],
  },
  updateApplicationAction: {
    calls: ({ a }) => [[a.applicationId, {}, form({ company: "Taken over", role: "Taken over", status: "offer" })]],
  },
  deleteApplicationAction: { calls: ({ a }) => [[a.applicationId]] },
  undoDeleteApplicationAction: { calls: ({ a }) => [[a.deletedApplicationId]] },
  moveApplicationAction: { calls: ({ a }) => [[a.openApplicationId, "offer"]] },
  // The open application is in Interviewing, as if just moved there from Applied.
  undoMoveApplicationAction: { calls: ({ a }) => [[a.openApplicationId, "interviewing", "applied"]] },
  addInterviewAction: {
    calls: ({ a, b }) => [
      [a.applicationId, {}, form({ scheduledAt: "2026-12-03T14:30", kind: "technical" })],
      // B's own application, with A's contact as the interviewer.
      [b.applicationId, {}, form({ scheduledAt: "2026-12-03T14:30", kind: "technical", interviewerIds: [a.contactId] })],
    ],
  },
  updateInterviewAction: { calls: ({ a }) => [[a.interviewId, {}, form({ scheduledAt: "2026-12-04T10:00", kind: "onsite", notes: "moved" })]] },
  setInterviewOutcomeAction: {
    calls: ({ a, b }) => [
      [a.applicationId, a.interviewId, {}, form({ outcome: "failed" })],
      [b.applicationId, a.interviewId, {}, form({ outcome: "failed" })],
    ],
  },
  deleteInterviewAction: { calls: ({ a, b }) => [[a.applicationId, a.interviewId], [b.applicationId, a.interviewId]] },
  addApplicationNoteAction: { calls: ({ a }) => [[a.applicationId, {}, form({ body: "planted" })]] },
  deleteApplicationNoteAction: { calls: ({ a, b }) => [[a.applicationId, a.noteId], [b.applicationId, a.noteId]] },
  logRejectionAction: {
    calls: ({ a, b }) => [
      [a.openApplicationId, {}, form({ receivedOn: "2026-11-20", stageReached: "final", channel: "email" })],
      [b.applicationId, {}, form({ receivedOn: "2026-11-20", stageReached: "final", channel: "email", senderId: a.contactId })],
    ],
  },
  acceptPlanAction: {
    calls: ({ a, b }) => [
      [a.applicationId, {}, form({ "items.0.include": "on", "items.0.kind": "check_in", "items.0.title": "Check in", "items.0.dueOn": "2027-01-25" })],
      [
        b.applicationId,
        {},
        form({ "items.0.include": "on", "items.0.kind": "check_in", "items.0.title": "Check in", "items.0.dueOn": "2027-01-25", "items.0.contactId": a.contactId }),
      ],
    ],
  },
  deleteCompanyAction: { calls: ({ a }) => [[a.spareCompanyId, {}, form({})], [a.companyId, {}, form({})]] },
  updateCompanyAction: { calls: ({ a }) => [[a.companyId, {}, form({ name: "Renamed by someone else", website: "https://evil.example", notes: "" })]] },
  checkRowsAction: {
    readOnly: true,
    calls: ({ a }) => [[{ kind: "contacts", mapping: { name: 0, email: 1 }, rows: [[a.contactName, a.contactEmail]], firstRowNumber: 2, locale: "en-US" }]],
  },
  importChunkAction: {
    calls: ({ a }) => [
      [{ kind: "contacts", mapping: { name: 0, email: 1, notes: 2 }, rows: [[a.contactName, a.contactEmail, "overwritten"]], firstRowNumber: 2 }],
      [{ kind: "applications", mapping: { company: 0, role: 1 }, rows: [[a.companyName, "Spy"]], firstRowNumber: 2 }],
    ],
  },

  // Contacts.
  createContactAction: { calls: ({ a }) => [[{}, form({ name: a.contactName, email: a.contactEmail, role: "peer", company: a.companyName })]] },
  updateContactAction: { calls: ({ a }) => [[a.contactId, {}, form({ name: "Taken over", role: "peer" })]] },
  deleteContactAction: { calls: ({ a }) => [[a.contactId]] },
  undoDeleteContactAction: { calls: ({ a }) => [[a.deletedContactId]] },
  logInteractionAction: {
    calls: ({ a, b }) => [
      [a.contactId, {}, form({ kind: "email", occurredAt: "2026-11-20T10:00" })],
      [b.contactId, {}, form({ kind: "email", occurredAt: "2026-11-20T10:00", applicationId: a.applicationId })],
    ],
  },
  // A's interaction is an owed favour (owners.ts).
  settleFavourAction: { calls: ({ a, b }) => [[a.contactId, a.interactionId], [b.contactId, a.interactionId]] },
  addContactNoteAction: { calls: ({ a }) => [[a.contactId, {}, form({ body: "planted" })]] },
  deleteContactNoteAction: { calls: ({ a, b }) => [[a.contactId, a.contactNoteId], [b.contactId, a.contactNoteId]] },
  mergeContactsAction: {
    calls: ({ a, b }) => [
      [a.contactId, {}, form({ duplicateId: a.contact2Id })],
      [b.contactId, {}, form({ duplicateId: a.contactId })],
      [a.contactId, {}, form({ duplicateId: b.contactId })],
    ],
  },

  // Follow-ups and notifications.
  createFollowUpAction: {
    calls: ({ a }) => [[{}, form({ title: "Pester A's contact", dueAt: TOMORROW, contactId: a.contactId, applicationId: a.applicationId })]],
  },
  updateFollowUpAction: { calls: ({ a }) => [[a.followUpId, {}, form({ title: "Taken over", dueAt: TOMORROW })]] },
  completeFollowUpAction: { calls: ({ a }) => [[{}, form({ id: a.followUpId })]] },
  snoozeFollowUpAction: { calls: ({ a }) => [[{}, form({ id: a.followUpId, choice: "1w" })]] },
  dismissFollowUpAction: { calls: ({ a }) => [[{}, form({ id: a.followUpId })]] },
  deleteFollowUpAction: { calls: ({ a }) => [[{}, form({ id: a.followUpId })]] },
  undoFollowUpAction: {
    calls: ({ a }) => [
      [{ action: "dismiss", id: a.dismissedFollowUpId, previousStatus: "pending" }],
      [{ action: "snooze", id: a.followUpId, dueAt: "2026-11-27T14:00:00.000Z", previousDueAt: "2026-11-20T14:00:00.000Z", previousStatus: "pending" }],
      [{ action: "done", id: a.followUpId, completedAt: "2026-11-27T14:00:00.000Z", previousStatus: "snoozed" }],
      // Putting back a deleted follow-up under A's id, or linked to A's contact: refused / unlinked.
      [{ action: "delete", id: a.followUpId, row: { title: "Taken over", notes: null, contactId: null, applicationId: null, rejectionId: null, dueAt: "2026-11-27T14:00:00.000Z", cadenceDays: null, status: "pending", origin: "manual", completedAt: null, remindedDueAt: null } }],
    ],
  },
  markNotificationReadAction: { calls: ({ a }) => [[{}, form({ id: a.notificationId })]] },
  markAllNotificationsReadAction: { calls: () => [[]] },

  // Letters and templates.
  letterAction: {
    calls: ({ a }) =>
      ["save", "markSent", "send", "skip"].map((intent) => [a.letterId, {}, form({ intent, subject: "Taken over", body: "Taken over" })]),
  },
  undoSkipLetterAction: { calls: ({ a }) => [[a.skippedLetterId]] },
  copyTemplateAction: { calls: () => [["check_in"]] },
  resetDefaultTemplateAction: { calls: () => [["check_in"]] },
  updateTemplateAction: { calls: ({ a }) => [[a.templateId, {}, form({ name: "Taken over", subject: "Hi", body: "Hello", isDefault: "on" })]] },
  deleteTemplateAction: { calls: ({ a }) => [[a.templateId]] },

  // The inbox: B reads mail into B's own proposals only; A's proposals are not found.
  pasteEmailAction: {
    calls: () => [[{}, form({ source: "From: hr@lumen.test\nDate: Tue, 02 Dec 2025 09:14:00 +0000\nSubject: Update\n\nWe have decided to move forward with other candidates." })]],
  },
  uploadEmailAction: { calls: () => [[form({})]] },
  applyProposalAction: { calls: ({ a }) => [[a.inboxProposalId, {}, form({ company: "Taken over", role: "Taken over" })]] },
  chooseApplicationAction: { calls: ({ a, b }) => [[a.inboxProposalId, {}, form({ applicationId: b.applicationId })]] },
  dismissProposalAction: { calls: ({ a }) => [[a.inboxProposalId]] },
  logRejectionFromProposalAction: {
    calls: ({ a, b }) => [
      [a.applicationId, a.inboxProposalId, {}, form({ receivedOn: "2026-11-20", stageReached: "applied", channel: "email" })],
      // B's own application, with A's proposal.
      [b.applicationId, a.inboxProposalId, {}, form({ receivedOn: "2026-11-20", stageReached: "applied", channel: "email" })],
    ],
  },
};
