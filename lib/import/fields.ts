export const IMPORT_KINDS = ["applications", "contacts"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportField = {
  key: string;
  label: string;
  /** Normalised header names (see normaliseHeader) this field is guessed from. */
  aliases: readonly string[];
};

// Order matters when guessing: a header is given to the first field that claims it.
export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  applications: [
    { key: "company", label: "Company", aliases: ["company", "companyname", "employer", "organisation", "organization", "org"] },
    { key: "role", label: "Role", aliases: ["role", "position", "jobtitle", "title", "job", "jobrole", "positiontitle"] },
    { key: "status", label: "Status", aliases: ["status", "stage", "state"] },
    { key: "appliedOn", label: "Applied on", aliases: ["appliedon", "dateapplied", "applieddate", "applicationdate", "applied", "date"] },
    { key: "postingUrl", label: "Posting URL", aliases: ["postingurl", "url", "link", "joblink", "joburl", "posting", "postinglink"] },
    { key: "location", label: "Location", aliases: ["location", "city", "place"] },
    { key: "workMode", label: "Work mode", aliases: ["workmode", "remote", "worktype", "arrangement", "onsiteremote"] },
    { key: "salaryRange", label: "Salary range", aliases: ["salaryrange", "salary", "compensation", "pay"] },
    { key: "source", label: "Source", aliases: ["source", "foundvia", "via", "channel"] },
    { key: "decisionExpectedOn", label: "Decision expected on", aliases: ["decisionexpectedon", "decisiondate", "expecteddecision", "deadline"] },
    { key: "priority", label: "Priority", aliases: ["priority", "importance"] },
    { key: "tags", label: "Tags", aliases: ["tags", "tag", "labels"] },
    { key: "notes", label: "Notes", aliases: ["notes", "note", "comments", "comment", "description"] },
  ],
  contacts: [
    { key: "name", label: "Name", aliases: ["name", "fullname", "contactname", "contact"] },
    { key: "firstName", label: "First name", aliases: ["firstname", "givenname", "first"] },
    { key: "lastName", label: "Last name", aliases: ["lastname", "surname", "familyname", "last"] },
    { key: "email", label: "Email", aliases: ["email", "emailaddress", "mail"] },
    { key: "phone", label: "Phone", aliases: ["phone", "phonenumber", "mobile", "telephone", "tel"] },
    { key: "linkedinUrl", label: "LinkedIn URL", aliases: ["linkedinurl", "linkedin", "url", "profileurl", "linkedinprofile", "profile"] },
    { key: "title", label: "Title", aliases: ["title", "position", "jobtitle"] },
    { key: "company", label: "Company", aliases: ["company", "companyname", "organisation", "organization", "employer"] },
    { key: "role", label: "Role", aliases: ["role", "relationship", "type"] },
    { key: "howMet", label: "How met", aliases: ["howmet", "met", "source"] },
    { key: "connectedOn", label: "Connected on", aliases: ["connectedon", "connected", "dateconnected"] },
    { key: "tags", label: "Tags", aliases: ["tags", "tag", "labels"] },
    { key: "keepInTouchDays", label: "Keep in touch every (days)", aliases: ["keepintoucheverydays", "keepintouchdays", "cadence", "cadencedays"] },
    { key: "notes", label: "Notes", aliases: ["notes", "note", "comments", "comment"] },
  ],
};

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = { applications: "Applications", contacts: "Contacts" };

/** Column index per field key; null when the field is not imported. */
export type ColumnMapping = Record<string, number | null>;

/** Which fields a file must provide, as a message when it does not. */
export function missingRequiredFields(kind: ImportKind, mapping: ColumnMapping): string | null {
  const has = (key: string) => mapping[key] !== null && mapping[key] !== undefined;
  if (kind === "applications") {
    const missing = ["company", "role"].filter((key) => !has(key)).map((key) => (key === "company" ? "Company" : "Role"));
    return missing.length ? `Choose the column that holds the ${missing.join(" and the ")}.` : null;
  }
  return has("name") || has("firstName") || has("lastName") ? null : "Choose the column that holds the Name (or First name and Last name).";
}
