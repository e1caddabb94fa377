import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { applicationFields, applicationSchema } from "../validation/application";
import { contactListQuerySchema, contactSchema } from "../validation/contact";
import { logRejectionSchema } from "../validation/rejection";
import { apiApplicationListQuerySchema } from "./applications-query";
import { followUpsQuerySchema } from "./follow-ups-query";
import { MAX_BODY_BYTES } from "./request-body";
import {
  applicationResourceSchema,
  applicationSummarySchema,
  contactSummarySchema,
  followUpResourceSchema,
  pageOf,
  problemSchema,
  rejectionResultSchema,
} from "./resources";

// The OpenAPI 3.1 document is generated from the very zod schemas the forms and routes use, so it
// cannot drift from what the API accepts (docs/decisions/0016).

const problems = (...statuses: number[]): ZodOpenApiResponsesObject =>
  Object.fromEntries(
    statuses.map((status) => [String(status), { description: PROBLEM_DESCRIPTIONS[status] ?? "Problem", content: { "application/problem+json": { schema: problemSchema } } }]),
  );

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed JSON or Idempotency-Key",
  401: "Missing, unknown, revoked or expired token",
  403: "Origin not allowed",
  404: "Not found (or not yours)",
  409: "A request with this Idempotency-Key is still running",
  413: `Body over ${MAX_BODY_BYTES / 1024} kB`,
  415: "Body not application/json",
  422: "Invalid fields: `errors` lists the messages per field",
  429: "Rate limit reached: see Retry-After",
};

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema } } });
const idPath = { path: z.object({ id: z.string().meta({ description: "The application's id" }) }) };
const idempotencyHeader = {
  header: z.object({
    "idempotency-key": z.string().max(255).optional().meta({ description: "Makes the POST safe to retry: a retry with the same key gets the first response back." }),
  }),
};
const common = [401, 403, 429];

const operations = {
  listApplications: {
    summary: "List applications",
    description: "`postingUrl` finds what was already saved from a posting, as the browser extension does before it saves one.",
    requestParams: { query: apiApplicationListQuerySchema },
    responses: { "200": json(pageOf(applicationSummarySchema, "ApplicationPage"), "One page (25) of applications"), ...problems(...common, 422) },
  },
  createApplication: {
    summary: "Create an application",
    description: "The same fields as the application form. The company is named, and reused or created. `tags` is a comma list (or an array of strings).",
    requestParams: idempotencyHeader,
    requestBody: body(applicationSchema),
    responses: { "201": json(applicationResourceSchema, "Created"), ...problems(400, ...common, 409, 413, 415, 422) },
  },
  getApplication: {
    summary: "Get an application",
    requestParams: idPath,
    responses: { "200": json(applicationResourceSchema, "The application"), ...problems(...common, 404) },
  },
  updateApplication: {
    summary: "Update an application",
    description: "Send only the fields to change; the others keep their values. A null or empty string clears an optional field.",
    requestParams: idPath,
    requestBody: body(applicationFields.partial()),
    responses: { "200": json(applicationResourceSchema, "Updated"), ...problems(400, ...common, 404, 413, 415, 422) },
  },
  logRejection: {
    summary: "Log a rejection",
    description: "As the rejection form: moves the application to Rejected and drafts a thank-you letter for each person worth thanking (see /letters).",
    requestParams: { ...idPath, ...idempotencyHeader },
    requestBody: body(logRejectionSchema),
    responses: { "201": json(rejectionResultSchema, "Logged"), "200": json(rejectionResultSchema, "Updated (one per application)"), ...problems(400, ...common, 404, 409, 413, 415, 422) },
  },
  listContacts: {
    summary: "List contacts",
    requestParams: { query: contactListQuerySchema },
    responses: { "200": json(pageOf(contactSummarySchema, "ContactPage"), "One page (25) of contacts"), ...problems(...common) },
  },
  createContact: {
    summary: "Create a contact",
    requestParams: idempotencyHeader,
    requestBody: body(contactSchema),
    responses: { "201": json(contactSummarySchema, "Created"), ...problems(400, ...common, 409, 413, 415, 422) },
  },
  listFollowUps: {
    summary: "List open follow-ups",
    description: "Soonest first, at most 100; `due` picks a group as on the follow-ups page, in the user's time zone.",
    requestParams: { query: followUpsQuerySchema },
    responses: {
      "200": json(z.object({ items: z.array(followUpResourceSchema), total: z.number().int(), shown: z.number().int() }), "Open follow-ups"),
      ...problems(...common, 422),
    },
  },
} satisfies Record<string, ZodOpenApiOperationObject>;

export function openApiDocument(serverUrl: string) {
  const op = (operationId: keyof typeof operations, tag: string): ZodOpenApiOperationObject => ({ operationId, tags: [tag], ...operations[operationId] });
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Bridges API",
      version: "1.0.0",
      description: "Personal API of a Bridges instance. Authenticate with a personal token from Settings → API tokens. Errors are RFC 9457 problem details.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "A personal API token, brg_…" } } },
    paths: {
      "/applications": { get: op("listApplications", "Applications"), post: op("createApplication", "Applications") },
      "/applications/{id}": { get: op("getApplication", "Applications"), patch: op("updateApplication", "Applications") },
      "/applications/{id}/rejection": { post: op("logRejection", "Applications") },
      "/contacts": { get: op("listContacts", "Contacts"), post: op("createContact", "Contacts") },
      "/follow-ups": { get: op("listFollowUps", "Follow-ups") },
    },
  });
}
