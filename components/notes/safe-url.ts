const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * react-markdown's URL filter for notes: only absolute http(s) and mailto links survive.
 * Everything else — javascript:, data:, vbscript:, relative paths — becomes "" and renders inert.
 */
export function safeUrl(url: string): string {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url.trim()).protocol) ? url.trim() : "";
  } catch {
    return "";
  }
}
