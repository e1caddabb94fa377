import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { CadenceDefaultsForm, ChangePasswordForm, DeleteAccountForm, ProfileForm } from "@/components/account/account-forms";
import { ExportLinks } from "@/components/export/export-links";
import { ApiTokensSection } from "@/components/settings/api-tokens-section";
import { CalendarFeed } from "@/components/settings/calendar-feed";
import { InboxMailboxSection } from "@/components/settings/inbox-mailbox-section";
import { PreferencesForm } from "@/components/settings/preferences-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { requireUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { parseCadenceDefaults } from "@/lib/server/contacts/contact-cadence";
import { getSettings } from "@/lib/server/settings/get-settings";
import { preferencesFormValues } from "@/lib/validation/settings";

export const metadata: Metadata = { title: "Settings" };

/** The address people reach this instance at: APP_URL when set, else the request's own host. */
async function siteOrigin() {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/$/, "");
  const incoming = await headers();
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? `localhost:${env().PORT}`;
  const protocol = incoming.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}

export default async function SettingsPage() {
  const user = await requireUser();
  const [settings, origin] = await Promise.all([getSettings(user.id), siteOrigin()]);
  // Each section stands alone: add a new one as one more <SettingsSection>.
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <SettingsSection id="profile" title="Profile">
        <ProfileForm name={user.name} />
      </SettingsSection>
      <SettingsSection id="reminders" title="Reminders" description="When and how follow-up reminders reach you.">
        <PreferencesForm saved={preferencesFormValues(settings)} />
      </SettingsSection>
      <SettingsSection id="calendar" title="Calendar" description="Subscribe to your follow-ups and interviews from Google Calendar, Apple Calendar or Outlook.">
        <CalendarFeed feedUrl={`${origin}/api/calendar/${settings.calendarToken}.ics`} />
      </SettingsSection>
      <InboxMailboxSection userId={user.id} timeZone={user.timeZone} />
      <SettingsSection id="templates" title="Letter templates" description="The wording Bridges starts from when it drafts a letter for you.">
        <Link href="/settings/templates" className="text-sm font-medium text-brand-600 hover:underline">
          Edit your letter templates
        </Link>
      </SettingsSection>
      <SettingsSection id="cadences" title="Keep-in-touch cadences" description="How often Bridges reminds you to get in touch, by the contact's role. Empty fields use the suggestion shown.">
        <CadenceDefaultsForm defaults={parseCadenceDefaults(settings.cadenceDefaults)} />
      </SettingsSection>
      <ApiTokensSection userId={user.id} timeZone={user.timeZone} origin={origin} />
      <SettingsSection id="export" title="Your data">
        <ExportLinks headingLevel="h3" />
      </SettingsSection>
      <SettingsSection id="password" title="Password" description="Changing it logs out every other device.">
        <ChangePasswordForm />
      </SettingsSection>
      <SettingsSection id="delete-account" title="Delete account">
        <DeleteAccountForm email={user.email} />
      </SettingsSection>
    </div>
  );
}
