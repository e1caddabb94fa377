/**
 * The largest export one import takes: the proxy (proxy.ts) buffers a request body up to 10 MB
 * and hands on only that much of a larger one (Next.js's `proxyClientMaxBodySize`).
 */
export const BRIDGES_EXPORT_MAX_BYTES = 10 * 1024 * 1024;
export const BRIDGES_EXPORT_TOO_LARGE = "This export is over 10 MB, more than one import takes. Ask your administrator to restore a backup instead.";
