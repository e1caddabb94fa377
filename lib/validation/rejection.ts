import { z } from "zod";
import { checkbox, optionalEmail, optionalText, optionalWholeNumber, requiredCalendarDate } from "./fields";
import { NEW_SENDER, REJECTION_CHANNELS, REJECTION_STAGES } from "./rejection-options";

export { NEW_SENDER, REJECTION_CHANNEL_LABELS, REJECTION_CHANNELS, REJECTION_STAGE_LABELS, REJECTION_STAGES } from "./rejection-options";

const receivedOn = requiredCalendarDate("Enter the day the rejection arrived")
  // A day ahead of UTC covers every time zone; later than that is a typo.
  .refine((date) => date.getTime() <= Date.now() + 86_400_000, "The rejection cannot arrive in the future");

export const logRejectionSchema = z
  .strictObject({
    receivedOn,
    stageReached: z.enum(REJECTION_STAGES, { error: "Choose how far you got" }),
    stageRound: optionalWholeNumber(1, 20, "Enter a round between 1 and 20"),
    channel: z.enum(REJECTION_CHANNELS, { error: "Choose how the rejection came" }),
    // A contact's id, or NEW_SENDER; whose contact it is gets checked by the domain function.
    senderId: z
      .string()
      .trim()
      .max(64, "That is not a valid id")
      .regex(/^[\w-]*$/, "That is not a valid id")
      .optional()
      .transform((value) => value || null),
    newSenderName: optionalText(120),
    newSenderEmail: optionalEmail,
    feedback: optionalText(5000),
    closeSecond: checkbox,
    keepOnFile: checkbox,
    renewedInterest: checkbox,
    wantsReferrals: checkbox,
  })
  .superRefine((input, ctx) => {
    if (input.senderId === NEW_SENDER && !input.newSenderName) {
      ctx.addIssue({ code: "custom", path: ["newSenderName"], message: "Enter the name of the person who sent it" });
    }
  })
  .transform(({ senderId, newSenderName, newSenderEmail, ...rest }) => ({
    ...rest,
    stageRound: rest.stageReached === "interview" ? rest.stageRound : null,
    // A name typed without picking "someone new" still means someone new.
    sender:
      senderId === NEW_SENDER || (!senderId && newSenderName)
        ? ({ kind: "new", name: newSenderName!, email: newSenderEmail } as const)
        : senderId
          ? ({ kind: "existing", contactId: senderId } as const)
          : null,
  }));
export type LogRejectionInput = z.output<typeof logRejectionSchema>;
