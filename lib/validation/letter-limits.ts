// Apart from the letter schemas so the template editor's JavaScript does not carry zod.
export const LETTER_SUBJECT_MAX = 300;
export const LETTER_BODY_MAX = 20_000;
