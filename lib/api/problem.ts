// RFC 9457 problem details: every error the API gives is one of these, never an HTML page.

export type ProblemInit = {
  status: number;
  title: string;
  detail?: string;
  /** Field name → messages, for 422s: the same messages the forms show. */
  errors?: Record<string, string[]>;
  headers?: HeadersInit;
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function problemBody({ status, title, detail, errors }: ProblemInit) {
  return { type: "about:blank", title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) };
}

export function problem(init: ProblemInit): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", PROBLEM_CONTENT_TYPE);
  headers.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(problemBody(init)), { status: init.status, headers });
}

/** Thrown inside the API's own steps (body too large, bad JSON…) and turned into a problem response. */
export class ProblemError extends Error {
  constructor(readonly init: ProblemInit) {
    super(init.detail ?? init.title);
    this.name = "ProblemError";
  }
}
