/**
 * The largest export one import takes. The proxy (proxy.ts) buffers a request body up to 10 MB
 * (Next.js's `proxyClientMaxBodySize`) and hands on only that much of a larger one; staying
 * under it, a file a little too large is still answered with this message.
 */
export const BRIDGES_EXPORT_MAX_BYTES = 8 * 1024 * 1024;
export const BRIDGES_EXPORT_TOO_LARGE = "This export is over 8 MB, more than one import takes. Ask your administrator to restore a backup instead.";
