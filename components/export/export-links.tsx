// Download links for every export (PRODUCT.md: /api/export/*). A server component with no
// client JavaScript: each link is a plain download answered by a route handler.
const EXPORTS = [
  { href: "/api/export/applications.csv", label: "Applications", format: "CSV" },
  { href: "/api/export/contacts.csv", label: "Contacts", format: "CSV" },
  { href: "/api/export/follow-ups.csv", label: "Follow-ups", format: "CSV" },
  { href: "/api/export/letters.csv", label: "Letters", format: "CSV" },
  { href: "/api/export/contacts.vcf", label: "Contacts for an address book", format: "vCard" },
  { href: "/api/export/all.json", label: "Everything", format: "JSON" },
] as const;

export function ExportLinks({ headingLevel: Heading = "h2" }: { headingLevel?: "h2" | "h3" }) {
  return (
    <section aria-labelledby="export-heading" className="space-y-3">
      <Heading id="export-heading" className="text-lg font-medium">
        Export your data
      </Heading>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        CSV files open in any spreadsheet (UTF-8, formulas made harmless). The JSON file holds every row you own, for a backup or
        another tool.
      </p>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {EXPORTS.map((item) => (
          <li key={item.href}>
            <a
              href={item.href}
              download
              className="flex items-center justify-between rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm font-medium hover:border-brand-500 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
            >
              <span>Download {item.label.toLowerCase()}</span>
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">{item.format}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
