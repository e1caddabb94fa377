/**
 * Works around a memory leak in the server render (Next 16.4 / React 19): at the end of each
 * render an AbortController is aborted with an Error whose stack is never read. Until it is
 * read, V8 keeps that stack as live call-site records that hold the render's closures, and with
 * them the whole request (response, parsed URL, rendered payload): on the dashboard, every
 * request stayed in memory, and a server with a capped heap ran out of it under load
 * (docs/decisions/0007; upstream: vercel/next.js#97899, #98313). Reading `stack` once turns
 * the records into a plain string, and the request can be collected.
 */
export function releaseAbortReasons() {
  const abort = AbortController.prototype.abort;
  if ((abort as { releasesReasons?: boolean }).releasesReasons) return;
  const releasing = function (this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
  Object.assign(releasing, { releasesReasons: true });
  AbortController.prototype.abort = releasing;
}
