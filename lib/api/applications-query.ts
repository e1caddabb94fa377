import { applicationListQuerySchema } from "../validation/application";
import { optionalHttpUrl } from "../validation/fields";

/**
 * GET /api/v1/applications: the list page's filters, and `postingUrl`, which the browser clipper
 * uses to find what was already saved from a posting (its fragment and a trailing slash ignored).
 */
export const apiApplicationListQuerySchema = applicationListQuerySchema.extend({
  postingUrl: optionalHttpUrl.transform((url) => url ?? undefined).meta({
    description: "Only applications saved from this posting address (its #fragment and a trailing slash are ignored).",
  }),
});
