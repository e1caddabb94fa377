// Shared by the interview form (in the browser) and its schema, without pulling zod into the page.

/** The form field holding what the user talked about with one chosen interviewer. */
export const NOTE_PREFIX = "interviewerNote.";
// "What you talked about" with one interviewer: a line for their letter, not a transcript.
export const INTERVIEWER_NOTE_MAX = 300;
