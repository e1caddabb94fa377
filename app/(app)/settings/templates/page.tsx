import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { BUILT_IN_TEMPLATES, LETTER_KIND_LABELS, LETTER_KINDS } from "@/lib/letters/built-in-templates";
import { listTemplates } from "@/lib/server/templates/list-templates";
import { copyTemplateAction, resetDefaultTemplateAction } from "./actions";

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
        const own = templates.filter((template) => template.kind === kind);
        const usesBuiltIn = !own.some((template) => template.isDefault);
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
            <h2 id={`kind-${kind}`} className="text-lg font-medium">
              {LETTER_KIND_LABELS[kind]}
            </h2>
            <ul className="space-y-2 text-sm">
              <li className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  Built-in: {BUILT_IN_TEMPLATES[kind].name}
                  {usesBuiltIn ? <span className="ml-2 rounded bg-brand-600/10 px-1.5 py-0.5 text-xs font-medium text-brand-700">Default</span> : null}
                </span>
                <span className="flex gap-2">
                  {!usesBuiltIn ? (
                    <form action={resetDefaultTemplateAction.bind(null, kind)}>
                      <Button type="submit" variant="ghost" aria-label={`Use the built-in ${LETTER_KIND_LABELS[kind].toLowerCase()} template`}>
                        Use built-in
                      </Button>
                    </form>
                  ) : null}
                  <form action={copyTemplateAction.bind(null, kind)}>
                    <Button type="submit" variant="secondary" aria-label={`Copy the built-in ${LETTER_KIND_LABELS[kind].toLowerCase()} template`}>
                      Copy and edit
                    </Button>
                  </form>
                </span>
              </li>
              {own.map((template) => (
                <li key={template.id} className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/settings/templates/${template.id}`} className="text-brand-600 hover:underline">
                    {template.name}
                  </Link>
                  {template.isDefault ? <span className="rounded bg-brand-600/10 px-1.5 py-0.5 text-xs font-medium text-brand-700">Default</span> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
