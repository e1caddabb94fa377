import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { BUILT_IN_TEMPLATES, LETTER_AUDIENCE_LABELS, LETTER_KIND_LABELS, LETTER_KINDS } from "@/lib/letters/built-in-templates";
import { listTemplates } from "@/lib/server/templates/list-templates";
import { copyTemplateAction, resetDefaultTemplateAction } from "../actions";

export const metadata: Metadata = { title: "Letter templates" };

export default async function TemplatesPage() {
  const user = await requireUser();
  const templates = await listTemplates(user.id);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-1">
        <Link href="/settings" className="text-sm text-brand-600 hover:underline">
          ← Settings
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">Letter templates</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Every letter starts from a template. Copy a built-in one to make it sound like you, and choose it as your default.
        </p>
      </div>
      {LETTER_KINDS.map((kind) => {
        const slots = BUILT_IN_TEMPLATES.filter((template) => template.kind === kind);
        // A template made for every recipient of a kind that is written per audience.
        const forEveryone = slots.some((slot) => slot.audience === "anyone") ? [] : templates.filter((template) => template.kind === kind && template.audience === "anyone");
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
            <h2 id={`kind-${kind}`} className="text-lg font-medium">
              {LETTER_KIND_LABELS[kind]}
            </h2>
            {slots.map((builtIn) => {
              const own = templates.filter((template) => template.kind === kind && template.audience === builtIn.audience);
              const usesBuiltIn = !own.some((template) => template.isDefault) && !forEveryone.some((template) => template.isDefault);
              const label = slots.length > 1 ? `${LETTER_KIND_LABELS[kind].toLowerCase()} (${LETTER_AUDIENCE_LABELS[builtIn.audience].toLowerCase()})` : LETTER_KIND_LABELS[kind].toLowerCase();
              return (
                <div key={builtIn.audience} className="space-y-2">
                  {slots.length > 1 ? <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">To {LETTER_AUDIENCE_LABELS[builtIn.audience].toLowerCase()}</h3> : null}
                  <ul className="space-y-2 text-sm">
                    <li className="flex flex-wrap items-center justify-between gap-2">
                      <span>
                        Built-in: {builtIn.name}
                        {usesBuiltIn ? <span className="ml-2 rounded bg-brand-600/10 px-1.5 py-0.5 text-xs font-medium text-brand-700">Default</span> : null}
                      </span>
                      <span className="flex gap-2">
                        {own.some((template) => template.isDefault) ? (
                          <form action={resetDefaultTemplateAction.bind(null, kind, builtIn.audience)}>
                            <Button type="submit" variant="ghost" aria-label={`Use the built-in ${label} template`}>
                              Use built-in
                            </Button>
                          </form>
                        ) : null}
                        <form action={copyTemplateAction.bind(null, kind, builtIn.audience)}>
                          <Button type="submit" variant="secondary" aria-label={`Copy the built-in ${label} template`}>
                            Copy and edit
                          </Button>
                        </form>
                      </span>
                    </li>
                    {own.map((template) => (
                      <OwnTemplate key={template.id} template={template} />
                    ))}
                  </ul>
                </div>
              );
            })}
            {forEveryone.length ? (
              <div className="space-y-2">
                <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">To anyone (used where you have no template for that person)</h3>
                <ul className="space-y-2 text-sm">
                  {forEveryone.map((template) => (
                    <OwnTemplate key={template.id} template={template} />
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

function OwnTemplate({ template }: { template: { id: string; name: string; isDefault: boolean } }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2">
      <Link href={`/settings/templates/${template.id}`} className="text-brand-600 hover:underline">
        {template.name}
      </Link>
      {template.isDefault ? <span className="rounded bg-brand-600/10 px-1.5 py-0.5 text-xs font-medium text-brand-700">Default</span> : null}
    </li>
  );
}
