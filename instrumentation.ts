// Runs once when a server instance starts: a misconfigured environment stops it right there,
// with a message naming the variable.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
  }
}
