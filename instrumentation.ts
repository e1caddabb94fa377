// Runs once when a server instance starts: a misconfigured environment stops it right there,
// with a message naming the variable, instead of failing every request later.
export async function register() {
  // Written as a condition (not an early return) so the Edge build drops the Node-only module.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnInvalidEnvironment } = await import("./lib/env-startup");
    exitOnInvalidEnvironment();
    const { releaseAbortReasons } = await import("./lib/release-abort-reasons");
    releaseAbortReasons();
  }
}
