/** A fresh CSP nonce: one per response (proxy.ts for a rendered page, the page cache for a served one). */
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
