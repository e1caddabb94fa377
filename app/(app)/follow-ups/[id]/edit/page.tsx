import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FollowUpForm } from "@/components/follow-ups/follow-up-form";
import { idParam } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { utcToLocalInput } from "@/lib/schedule/zoned";
import { getFollowUp } from "@/lib/server/follow-ups/get-follow-up";
import { getFollowUpChoices } from "@/lib/server/follow-ups/get-follow-up-choices";
import { updateFollowUpAction } from "../../actions";

export const metadata: Metadata = { title: "Edit follow-up" };

export default async function EditFollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const followUp = await getFollowUp(user.id, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const chosen = await getFollowUpChoices(user.id, followUp);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Edit follow-up</h1>
      <FollowUpForm
        action={updateFollowUpAction.bind(null, followUp.id)}
        chosen={chosen}
        timeZone={user.timeZone}
        defaults={{
          title: followUp.title,
          contactId: followUp.contactId ?? "",
          applicationId: followUp.applicationId ?? "",
          dueAt: utcToLocalInput(followUp.dueAt, user.timeZone),
          cadenceDays: followUp.cadenceDays ? String(followUp.cadenceDays) : "",
          notes: followUp.notes ?? "",
        }}
      />
    </div>
  );
}
