import { env } from "./env";

/** Validates the environment once at start-up; a bad one ends the process with a readable message. */
export function exitOnInvalidEnvironment() {
  try {
    env();
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
