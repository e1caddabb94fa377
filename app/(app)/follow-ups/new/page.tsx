import type { Metadata } from "next";
import { FollowUpForm } from "@/components/follow-ups/follow-up-form";
import { requireUser } from "@/lib/auth/current-user";
import { listFollowUpChoices } from "@/lib/server/follow-ups/list-follow-up-choices";
import { createFollowUpAction } from "../actions";

export const metadata: Metadata = { title: "New follow-up" };

export default async function NewFollowUpPage({ searchParams }: { searchParams: Promise<{ contactId?: string; applicationId?: string }> }) {
  const user = await requireUser();
  const [{ contacts, applications }, params] = await Promise.all([listFollowUpChoices(user.id), searchParams]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">New follow-up</h1>
      <FollowUpForm
        action={createFollowUpAction}
        contacts={contacts}
        applications={applications}
        timeZone={user.timeZone}
        defaults={{ contactId: params.contactId, applicationId: params.applicationId }}
      />
    </div>
  );
}
