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
