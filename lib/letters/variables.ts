// The variables a letter template may use. Text variables are inserted; every variable can open
// a section ({{#name}}…{{/name}} shows when it is known or true, {{^name}}…{{/name}} when not).
export const LETTER_VARIABLES = {
  firstName: { type: "text", description: "How to greet the recipient: their \"How to address\" when set, else their first name" },
  recipientName: { type: "text", description: "The recipient's full name" },
  company: { type: "text", description: "The company's name" },
  role: { type: "text", description: "The role you applied for (or accepted, for offer news)" },
  interviewDate: { type: "text", description: "The day of your interview with the recipient, e.g. 12 November" },
  interviewKind: { type: "text", description: "The kind of interview, e.g. technical interview" },
  detail: { type: "text", description: "Something from your conversation with the recipient (you see and edit it before the letter is drafted)" },
  stage: { type: "text", description: "How far you got, e.g. the final round" },
  senderName: { type: "text", description: "Your name, to sign the letter" },
  interviewed: { type: "flag", description: "The recipient interviewed you" },
  finalist: { type: "flag", description: "You reached the final stage" },
  closeSecond: { type: "flag", description: "The recipient told you it was a close one" },
  renewedInterest: { type: "flag", description: "You are still interested in the company" },
  keepOnFile: { type: "flag", description: "The recipient offered to keep your details on file" },
  feedback: { type: "flag", description: "The recipient gave you feedback" },
} as const;

export type LetterVariable = keyof typeof LETTER_VARIABLES;
export type LetterValues = Partial<Record<LetterVariable, string | boolean | null | undefined>>;

export const isLetterVariable = (name: string): name is LetterVariable => Object.hasOwn(LETTER_VARIABLES, name);

// Used by the template editor's live preview and by tests: a plausible, complete set of facts.
export const SAMPLE_VALUES: LetterValues = {
  firstName: "Dana",
  recipientName: "Dana Smith",
  company: "Northwind Labs",
  role: "Senior Frontend Engineer",
  interviewDate: "12 November",
  interviewKind: "technical interview",
  detail: "you walked me through how the team ships design-system changes without breaking product pages",
  stage: "the final round",
  senderName: "Alex Morgan",
  interviewed: true,
  finalist: true,
  closeSecond: true,
  renewedInterest: true,
  keepOnFile: false,
  feedback: true,
};
