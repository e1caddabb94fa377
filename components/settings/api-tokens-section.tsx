import { ApiTokens } from "@/components/settings/api-tokens";
import { SaveToBridgesLink } from "@/components/settings/save-to-bridges";
import { SettingsSection } from "@/components/settings/settings-section";
import { formatMoment } from "@/components/timeline/dates";
import { bookmarkletHref } from "@/lib/postings/bookmarklet";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";

/** Settings → API tokens, with the "Save to Bridges" bookmarklet (which needs no token). */
export async function ApiTokensSection({ userId, timeZone, origin }: { userId: string; timeZone: string; origin: string }) {
  const tokens = await listApiTokens(userId);
  const now = new Date();
  return (
    <SettingsSection
      id="api-tokens"
      title="API tokens"
      description={
        <>
          For your own scripts: send a token as <code>Authorization: Bearer …</code> to <code>{origin}/api/v1</code> (reference:{" "}
          <a className="text-brand-600 underline underline-offset-2" href="/api/v1/openapi.json">
            openapi.json
          </a>
          ). A token can do what you can, on your data only.
        </>
      }
    >
      <ApiTokens
        tokens={tokens.map((token) => ({
          id: token.id,
          name: token.name,
          prefix: token.prefix,
          created: formatMoment(token.createdAt, timeZone),
          expires: token.expiresAt ? formatMoment(token.expiresAt, timeZone) : null,
          lastUsed: token.lastUsedAt ? formatMoment(token.lastUsedAt, timeZone) : null,
          revoked: Boolean(token.revokedAt),
          expired: Boolean(token.expiresAt && token.expiresAt <= now),
        }))}
      />
      <h3 className="pt-2 text-base font-medium">Bookmarklet</h3>
      <SaveToBridgesLink href={bookmarkletHref(origin)} />
    </SettingsSection>
  );
}
