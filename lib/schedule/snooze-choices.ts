// The snooze buttons' choices, apart from the scheduling rules so the buttons do not carry date-fns.
export const SNOOZE_CHOICES = {
  today: { label: "Later today", days: 0 },
  "1d": { label: "Tomorrow", days: 1 },
  "3d": { label: "3 days", days: 3 },
  "1w": { label: "1 week", days: 7 },
} as const;
export type SnoozeChoice = keyof typeof SNOOZE_CHOICES;
