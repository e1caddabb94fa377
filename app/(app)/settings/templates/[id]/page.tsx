import type { Metadata } from "next";
import Link from "next/link";
import { TemplateEditor } from "@/components/templates/template-editor";
import { Button } from "@/components/ui/button";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { LETTER_AUDIENCE_LABELS, LETTER_KIND_LABELS } from "@/lib/letters/built-in-templates";
import { getTemplate } from "@/lib/server/templates/get-template";
import { deleteTemplateAction, updateTemplateAction } from "../actions";

export const metadata: Metadata = { title: "Edit template" };

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const template = await orNotFound(getTemplate(user.id, id));
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/settings/templates" className="text-sm text-brand-600 hover:underline">
          ← Letter templates
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{template.name}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {LETTER_KIND_LABELS[template.kind]}
          {template.audience !== "anyone" ? ` — to ${LETTER_AUDIENCE_LABELS[template.audience].toLowerCase()}` : ""}
        </p>
      </div>
      <TemplateEditor template={template} action={updateTemplateAction.bind(null, template.id)} />
      <form action={deleteTemplateAction.bind(null, template.id)}>
        <Button type="submit" variant="danger">
          Delete template
        </Button>
      </form>
    </div>
  );
}
