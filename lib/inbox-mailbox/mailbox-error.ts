// What went wrong with a mailbox, in words the Settings page can show. Pure: the error's shape
// (imapflow's flags, Node's socket codes, TLS codes) decides; the raw text is never shown.

export type MailboxProblem = { kind: "auth" | "unreachable" | "tls" | "folder" | "timeout" | "key" | "other"; message: string };

type ErrorLike = {
  code?: unknown;
  authenticationFailed?: unknown;
  serverResponseCode?: unknown;
  responseText?: unknown;
  message?: unknown;
};

const TLS_CODES = /^(ERR_SSL_|ERR_TLS_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|EPROTO$)/;

export function describeMailboxError(error: unknown, where: { host: string; port: number; folder: string }): MailboxProblem {
  const shape: ErrorLike = typeof error === "object" && error !== null ? (error as ErrorLike) : {};
  const code = typeof shape.code === "string" ? shape.code : "";
  const responseCode = typeof shape.serverResponseCode === "string" ? shape.serverResponseCode.toUpperCase() : "";
  const text = [shape.responseText, shape.message].filter((part) => typeof part === "string").join(" ");
  const server = `${where.host}:${where.port}`;

  if (shape.authenticationFailed === true || responseCode === "AUTHENTICATIONFAILED" || /authenticat|invalid credentials|login failed/i.test(text)) {
    return { kind: "auth", message: "Wrong username or app password: the server refused to sign in. Many providers need an app password rather than your usual one." };
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return { kind: "unreachable", message: `The server ${where.host} could not be found. Check the IMAP server's name.` };
  }
  if (code === "ECONNREFUSED" || code === "ECONNRESET" || code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "NoConnection" || code === "EPIPE") {
    return { kind: "unreachable", message: `The server ${server} could not be reached (it refused or dropped the connection). Check the server and port; Bridges tries again later.` };
  }
  if (code === "ETIMEDOUT" || code === "ETIMEOUT" || code === "CONNECT_TIMEOUT" || code === "GREETING_TIMEOUT" || /timed? ?out/i.test(text)) {
    return { kind: "timeout", message: `The server ${server} did not answer in time. Check the server and port; Bridges tries again later.` };
  }
  if (TLS_CODES.test(code) || /\b(ssl|tls|certificate)\b/i.test(text)) {
    return { kind: "tls", message: `A secure (TLS) connection to ${server} failed. Most servers use TLS on port 993; untick TLS only for a server without it.` };
  }
  if (responseCode === "NONEXISTENT" || /doesn'?t exist|does not exist|unknown mailbox|no such mailbox|not found/i.test(text)) {
    return { kind: "folder", message: `The folder “${where.folder}” does not exist in this mailbox. Check its name (usually INBOX).` };
  }
  return { kind: "other", message: `Reading the mailbox failed. Bridges tries again later.` };
}
