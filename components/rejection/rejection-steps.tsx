import Link from "next/link";

const STEPS = [
  { key: "rejection", label: "Rejection", path: "" },
  { key: "letters", label: "Thank-you letters", path: "/letters" },
  { key: "plan", label: "Follow-up plan", path: "/plan" },
] as const;

/** Where the user is in "log rejection → letters → plan"; later steps link once a rejection exists. */
export function RejectionSteps({ applicationId, current, logged }: { applicationId: string; current: (typeof STEPS)[number]["key"]; logged: boolean }) {
  return (
    <nav aria-label="Rejection steps">
      <ol className="flex flex-wrap gap-2 text-sm">
        {STEPS.map((step, index) => {
          const label = `${index + 1}. ${step.label}`;
          const style = "rounded-full px-3 py-1";
          if (step.key === current) {
            return (
              <li key={step.key} aria-current="step" className={`${style} bg-brand-600 font-medium text-white`}>
                {label}
              </li>
            );
          }
          return (
            <li key={step.key} className={`${style} border border-slate-300 dark:border-slate-700`}>
              {logged ? (
                <Link href={`/applications/${applicationId}/rejection${step.path}`} className="hover:underline">
                  {label}
                </Link>
              ) : (
                <span className="text-slate-500">{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
