// Sizes shared by the browser (checked before an upload) and the server (checked again).

/** Files larger than this are refused before they are read. */
export const MAX_EMAIL_BYTES = 10 * 1024 * 1024;
/** Only the start of a message is read: headers and text come first, attachments last. */
export const READ_BYTES = 512 * 1024;
