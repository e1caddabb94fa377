// Kept apart from the strength estimator so that forms can show the rule without shipping its
// dictionaries to the browser.
export const PASSWORD_MIN = 10;
// Generous enough for any passphrase; bounded so a 10 kB body cannot make argon2 the attack.
export const PASSWORD_MAX = 1024;
