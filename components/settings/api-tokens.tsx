"use client";

import { useActionState, useState } from "react";
import { createApiTokenAction, revokeApiTokenAction, type CreateTokenState } from "@/app/(app)/settings/api-token-actions";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TOKEN_EXPIRY_CHOICES } from "@/lib/validation/api-token-options";
import type { FormState } from "@/lib/validation/form";

export type ApiTokenView = { id: string; name: string; prefix: string; created: string; expires: string | null; lastUsed: string | null; revoked: boolean; expired: boolean };

const EXPIRY_OPTIONS = Object.entries(TOKEN_EXPIRY_CHOICES).map(([value, label]) => ({ value, label }));

/** Settings → API tokens: create one (its secret shown once), see each one's last use, revoke. */
export function ApiTokens({ tokens }: { tokens: ApiTokenView[] }) {
  const [state, create] = useActionState<CreateTokenState, FormData>(createApiTokenAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {state.secret ? <NewTokenSecret key={state.secret} name={state.tokenName ?? ""} secret={state.secret} /> : null}
      <form action={create} className="flex max-w-xl flex-wrap items-end gap-3" noValidate>
        <FormMessage message={state.ok ? null : state.message} />
        <div className="min-w-56 flex-1">
          <TextField id="api-token-name" name="name" label="Token name" maxLength={100} required defaultValue={state.ok ? "" : state.values?.name} errors={errors.name} />
        </div>
        <SelectField id="api-token-expires" name="expiresIn" label="Expires" options={EXPIRY_OPTIONS} defaultValue={state.ok ? "never" : (state.values?.expiresIn ?? "never")} errors={errors.expiresIn} />
        <SubmitButton>Create token</SubmitButton>
      </form>
      {tokens.length ? (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">No tokens yet.</p>
      )}
    </div>
  );
}

function NewTokenSecret({ name, secret }: { name: string; secret: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm dark:border-emerald-900 dark:bg-emerald-950">
      <p>
        Token “{name}” created. Copy it now: it will not be shown again.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid="new-token" className="break-all rounded bg-white px-2 py-1 font-mono text-xs dark:bg-slate-900">
          {secret}
        </code>
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(secret);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy token"}
        </Button>
      </div>
    </div>
  );
}

function TokenRow({ token }: { token: ApiTokenView }) {
  const [state, revoke] = useActionState<FormState, FormData>(revokeApiTokenAction.bind(null, token.id), {});
  const standing = token.revoked ? "Revoked" : token.expired ? "Expired" : token.expires ? `Expires ${token.expires}` : "Never expires";
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-3 py-2 text-sm">
      <div>
        <p className="font-medium">
          {token.name} <code className="ml-1 font-mono text-xs text-slate-500">{token.prefix}…</code>
        </p>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Created {token.created} · {token.lastUsed ? `Last used ${token.lastUsed}` : "Never used"} · {standing}
        </p>
        <FormMessage message={state.ok ? null : state.message} />
      </div>
      {token.revoked ? null : (
        <form
          action={revoke}
          onSubmit={(event) => {
            if (!window.confirm(`Revoke “${token.name}”? Anything using it stops working at once.`)) event.preventDefault();
          }}
        >
          <SubmitButton variant="secondary">
            Revoke
          </SubmitButton>
        </form>
      )}
    </li>
  );
}
