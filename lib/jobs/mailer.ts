import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";
import { composeRaw } from "./mime";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable across retries, so a message sent twice is recognisably the same message. */
  messageId: string;
  replyTo?: string;
};

const CONNECTION_TIMEOUT_MS = 15_000;

type SocketOptions = { host?: string; port?: number | string; secure?: boolean };
type SocketCallback = (error: Error | null, socketOptions?: { connection: net.Socket } | false) => void;

/**
 * Plain (and STARTTLS) connections with Nagle's algorithm off. Without it, the small "." that
 * ends each message waits for the server's delayed ACK: 40 ms per message, which capped a
 * connection at ~22 messages/s (bench/RESULTS.md). Implicit TLS keeps nodemailer's own socket.
 */
function connectWithoutNagle(options: SocketOptions, callback: SocketCallback) {
  if (options.secure) return callback(null, false);
  let settled = false;
  const settle = (error: Error | null, socket?: net.Socket) => {
    if (settled) return;
    settled = true;
    callback(error, socket ? { connection: socket } : undefined);
  };
  const socket = net.connect(Number(options.port) || 587, options.host || "localhost", () => {
    socket.setTimeout(0);
    socket.setNoDelay(true);
    coalesceWrites(socket);
    settle(null, socket);
  });
  socket.setTimeout(CONNECTION_TIMEOUT_MS, () => {
    socket.destroy();
    settle(new Error("Connection timeout"));
  });
  socket.once("error", (error) => settle(error));
}

/**
 * Without Nagle every write is a segment of its own, and nodemailer writes a message in many
 * small pieces (a composed reminder: 13 writes for ~900 bytes). Corking the socket for the rest of
 * the event-loop turn sends what one turn wrote in one system call, still without waiting for an
 * ACK: a few percent less CPU per message for the sender and the server.
 */
function coalesceWrites(socket: net.Socket) {
  const write = socket.write;
  let corked = false;
  socket.write = function (this: net.Socket, ...args: Parameters<net.Socket["write"]>) {
    if (!corked) {
      corked = true;
      socket.cork();
      setImmediate(() => {
        corked = false;
        socket.uncork();
      });
    }
    return write.apply(this, args as never);
  } as net.Socket["write"];
}

/**
 * SMTP_URL as transport options. Not nodemailer's `url` option: given `url`, createTransport
 * replaces every other option with the parsed URL, silently dropping the pool and the timeouts
 * (each message then opened its own connection: ~50 messages/s, bench/RESULTS.md).
 */
export function smtpOptionsFromUrl(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  return {
    host: url.hostname,
    port: Number(url.port) || (secure ? 465 : 587),
    secure,
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
  };
}

// One pooled transport per SMTP server: connections are reused across messages.
const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport({
      ...smtpOptionsFromUrl(smtpUrl),
      pool: true,
      maxConnections: 5,
      maxMessages: 1_000,
      // A hung server must fail the attempt well before a delivery's lease runs out.
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
      getSocket: connectWithoutNagle,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

export function isMailConfigured(smtpUrl = env().SMTP_URL): boolean {
  return Boolean(smtpUrl);
}

export type SendMailOptions = {
  smtpUrl?: string;
  from?: string;
  /**
   * Compose the message here, as one ready-made string (./mime.ts), rather than through
   * nodemailer's composer: for the reminder sender's many small messages. Anything outside the
   * simple shape it writes still goes through nodemailer.
   */
  precompose?: boolean;
};

/** Sends one message over SMTP_URL from MAIL_FROM; throws when the server refuses it or none is configured. */
export async function sendMail(message: MailMessage, { smtpUrl = env().SMTP_URL, from = env().MAIL_FROM, precompose = false }: SendMailOptions = {}) {
  if (!smtpUrl) throw new Error("No SMTP server is configured (set SMTP_URL).");
  const raw = precompose ? composeRaw({ from, ...message }) : null;
  const info = await transportFor(smtpUrl).sendMail(
    // `raw` is sent as it is; the Message-ID beside it only spares nodemailer inventing one.
    raw
      ? { ...raw, messageId: message.messageId }
      : {
          from,
          to: message.to,
          replyTo: message.replyTo,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: message.messageId,
        },
  );
  return { messageId: message.messageId, accepted: info.accepted.map(String) };
}

/** Closes pooled SMTP connections (worker shutdown, tests). */
export function closeMailTransports() {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}
