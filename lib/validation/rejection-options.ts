// The rejection form's choices, apart from its schema so the form's JavaScript does not carry zod.
export const REJECTION_STAGES = ["applied", "screen", "interview", "final", "offer"] as const;
export const REJECTION_STAGE_LABELS: Record<(typeof REJECTION_STAGES)[number], string> = {
  applied: "Application (no interview)",
  screen: "Screening call",
  interview: "Interview round",
  final: "Final round",
  offer: "Offer stage",
};

export const REJECTION_CHANNELS = ["email", "call", "letter", "portal", "other"] as const;
export const REJECTION_CHANNEL_LABELS: Record<(typeof REJECTION_CHANNELS)[number], string> = {
  email: "Email",
  call: "Phone call",
  letter: "Letter",
  portal: "Applicant portal",
  other: "Other",
};

// The sender picker's value for "someone not in my contacts yet".
export const NEW_SENDER = "new";
