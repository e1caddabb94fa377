import type { Metadata } from "next";
import { FollowUpForm } from "@/components/follow-ups/follow-up-form";
import { requireUser } from "@/lib/auth/current-user";
import { getFollowUpChoices } from "@/lib/server/follow-ups/get-follow-up-choices";
import { createFollowUpAction } from "../actions";

export const metadata: Metadata = { title: "New follow-up" };

export default async function NewFollowUpPage({ searchParams }: { searchParams: Promise<{ contactId?: string; applicationId?: string }> }) {
  const user = await requireUser();
  const params = await searchParams;
  const chosen = await getFollowUpChoices(user.id, params);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">New follow-up</h1>
      <FollowUpForm
        action={createFollowUpAction}
        chosen={chosen}
        timeZone={user.timeZone}
        defaults={{ contactId: params.contactId, applicationId: params.applicationId }}
      />
    </div>
  );
}
