// One error type for domain functions; actions and routes map its code to a response.
export type AppErrorCode = "NOT_FOUND" | "UNAUTHORIZED" | "CONFLICT" | "INVALID" | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * An AppError, or what a forged request makes of a query: Prisma refusing an id that is not a
 * string, Postgres refusing a NUL. No form sends those; the answer is the one for any id that
 * is not the caller's. Anything else stays a bug (null).
 */
export function asAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  const { name, cause } = (error ?? {}) as { name?: string; cause?: { originalCode?: string } };
  const malformed = name === "PrismaClientValidationError" || (name === "DriverAdapterError" && ["22021", "22P02"].includes(cause?.originalCode ?? ""));
  return malformed ? notFound("That item") : null;
}
