// Runs once when a server instance starts: a misconfigured environment stops it right there,
// with a message naming the variable, instead of failing every request later.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  try {
    env();
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
