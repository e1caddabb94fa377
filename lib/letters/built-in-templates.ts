import type { LetterAudience, LetterKind } from "@prisma/client";

export const LETTER_KINDS = ["rejection_thank_you", "interview_thank_you", "check_in", "referral_request", "offer_news"] as const satisfies readonly LetterKind[];
export const LETTER_AUDIENCES = ["anyone", "sender", "interviewer", "hiring_manager", "referrer"] as const satisfies readonly LetterAudience[];

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  rejection_thank_you: "Thank-you after a rejection",
  interview_thank_you: "Thank-you after an interview",
  check_in: "Check-in",
  referral_request: "Referral request",
  offer_news: "Offer news to those who helped",
};

export const LETTER_AUDIENCE_LABELS: Record<LetterAudience, string> = {
  anyone: "Anyone",
  sender: "The person who sent the decision",
  interviewer: "An interviewer",
  hiring_manager: "The hiring manager",
  referrer: "The person who referred you",
};

export type TemplateSlot = { kind: LetterKind; audience: LetterAudience };
export type BuiltInTemplate = TemplateSlot & { name: string; subject: string; body: string };

const GREETING = "{{#firstName}}Dear {{firstName}},{{/firstName}}{{^firstName}}Hello,{{/firstName}}";
const SIGNATURE = "{{#senderName}}\n{{senderName}}{{/senderName}}";

// Each rejection template follows the article's elements, in its order: thanks for the time
// invested, a detail that shows the conversation mattered, best wishes to the company (and the
// hire), renewed interest where it is true, and a request to be kept in mind for related
// openings. Only the person who gave the feedback, the offer to keep the CV on file or the
// "close one" is thanked for it (those facts are set for them alone). {{#oneOf}} blocks give the
// n-th letter to one panel the n-th phrasing: people on a panel compare notes.

const senderLetter = `${GREETING}

{{#oneOf}}Thank you for letting me know about the decision on the {{role}} role{{#interviewed}}, and for the time you gave me{{#interviewDate}} on {{interviewDate}}{{/interviewDate}}{{/interviewed}}{{^interviewed}}, and for keeping me informed throughout the process{{/interviewed}}.{{or}}Thank you for telling me yourself about the {{role}} role{{#interviewed}}, and for our conversation{{#interviewDate}} on {{interviewDate}}{{/interviewDate}}{{/interviewed}}{{^interviewed}}, and for guiding me through each step{{/interviewed}}.{{/oneOf}} {{#closeSecond}}It meant a lot to hear that the decision was a close one.{{/closeSecond}}{{^closeSecond}}{{#finalist}}I am glad to have made it to {{stage}}.{{/finalist}}{{/closeSecond}}
{{#detail}}
I have kept thinking about one part of our conversation: {{detail}}.
{{/detail}}{{^detail}}
I enjoyed learning about {{company}} and its work along the way, and I am glad I applied.
{{/detail}}{{#feedback}}
Thank you as well for your feedback. I am taking it to heart as I continue my search.
{{/feedback}}
I wish you and everyone at {{company}} every success{{#finalist}}, and I hope the person you chose settles in quickly{{/finalist}}.

{{#renewedInterest}}My interest in {{company}} has not changed, and I would welcome the chance to be considered again. {{#keepOnFile}}Thank you for offering to keep my CV on file; I would be glad to hear of any related openings.{{/keepOnFile}}{{^keepOnFile}}If you are willing, I would be grateful if you kept me in mind for related openings.{{/keepOnFile}}{{/renewedInterest}}{{^renewedInterest}}{{#keepOnFile}}Thank you for offering to keep my CV on file. {{/keepOnFile}}If you hear of related openings, at {{company}} or elsewhere, I would be grateful to hear about them.{{/renewedInterest}}

Thank you again for your help, and for your kindness throughout.

With best wishes,${SIGNATURE}`;

const interviewerLetter = `${GREETING}

{{#oneOf}}Thank you for the time you spent with me{{#interviewDate}} on {{interviewDate}}{{/interviewDate}} during the {{role}} interviews at {{company}}.{{or}}I wanted to thank you for meeting me{{#interviewDate}} on {{interviewDate}}{{/interviewDate}} about the {{role}} role at {{company}}.{{or}}Thank you for taking part in my interviews for the {{role}} role{{#interviewDate}} on {{interviewDate}}{{/interviewDate}}; I appreciated the time you set aside.{{or}}I am grateful for the time you gave me{{#interviewDate}} on {{interviewDate}}{{/interviewDate}} while {{company}} considered me for the {{role}} role.{{/oneOf}} {{#oneOf}}The team has chosen another candidate, but I am glad to have met you.{{or}}The decision did not go my way this time, and I still enjoyed the process.{{or}}Although the team went with someone else, the interviews were worth every minute.{{or}}It did not work out this time, but I am glad our paths crossed.{{/oneOf}}{{#closeSecond}} It meant a lot to hear that it was a close one.{{/closeSecond}}
{{#detail}}
{{#oneOf}}I have kept thinking about one part of our conversation: {{detail}}.{{or}}One moment from our conversation has stayed with me: {{detail}}.{{or}}I especially valued this part of our talk: {{detail}}.{{or}}A part of our conversation I still think about: {{detail}}.{{/oneOf}}
{{/detail}}{{^detail}}
{{#oneOf}}I came away from our conversation with a clearer picture of how the team works.{{or}}Our conversation gave me a real sense of what the team cares about.{{or}}I learned a great deal from our conversation about the team's work.{{or}}Talking with you showed me how thoughtfully the team approaches its work.{{/oneOf}}
{{/detail}}{{#feedback}}
Thank you as well for your feedback; I am taking it to heart.
{{/feedback}}
{{#oneOf}}I wish you and the team every success{{#finalist}}, and I hope the person who joins settles in well{{/finalist}}.{{or}}Best of luck to you and everyone at {{company}}{{#finalist}}; I hope your new colleague finds their feet quickly{{/finalist}}.{{or}}I hope the coming months go well for you and the team{{#finalist}}, and for the person you chose{{/finalist}}.{{or}}Wishing you and {{company}} all the best{{#finalist}}, and a smooth start for your new colleague{{/finalist}}.{{/oneOf}}

{{#renewedInterest}}{{#oneOf}}I am still keen on {{company}}, and I would welcome the chance to work with you in the future.{{or}}My interest in {{company}} has not changed; I would be glad to be considered again.{{or}}I would still love to work at {{company}}, in this role or another.{{or}}{{company}} remains high on my list, and I hope we get to work together one day.{{/oneOf}} {{/renewedInterest}}{{#keepOnFile}}Thank you for offering to keep my details on file; I would be glad to hear of related openings.{{/keepOnFile}}{{^keepOnFile}}{{#oneOf}}If a related opening comes up, in your team or elsewhere, I would be grateful if you thought of me.{{or}}Should you hear of a related role, on your team or in your network, I would love to hear about it.{{or}}If anything similar opens up, I would be grateful if you kept me in mind.{{or}}If you come across a related opening, I would be glad to hear about it.{{/oneOf}}{{/keepOnFile}}

{{#oneOf}}Thank you again for your time.

Best wishes,{{or}}Thanks again, and I hope our paths cross before long.

Kind regards,{{or}}Thank you once more.

All the best,{{or}}I hope we stay in touch.

Warm regards,{{/oneOf}}${SIGNATURE}`;

const hiringManagerLetter = `${GREETING}

{{#oneOf}}Thank you for considering me for the {{role}} role, and for the time you spent with me{{#interviewDate}} on {{interviewDate}}{{/interviewDate}}.{{or}}Thank you for the chance to interview for the {{role}} role on your team{{#interviewDate}}, and for our conversation on {{interviewDate}}{{/interviewDate}}.{{/oneOf}} {{#closeSecond}}It meant a lot to hear that the decision was a close one.{{/closeSecond}}{{^closeSecond}}{{#finalist}}I know that choosing between finalists is never easy.{{/finalist}}{{/closeSecond}}
{{#detail}}
I have kept thinking about what we discussed: {{detail}}.
{{/detail}}{{^detail}}
Hearing how you see the team's next year made me want the role all the more.
{{/detail}}{{#feedback}}
Thank you as well for your feedback. I am taking it to heart as I continue my search.
{{/feedback}}
I wish you and the team every success in the year ahead{{#finalist}}, and I hope the person you chose settles in quickly and does great work with you{{/finalist}}.

{{#renewedInterest}}I would still welcome the chance to work with you: if the team's needs change, in this role or another, I would be glad to talk again. {{/renewedInterest}}{{#keepOnFile}}Thank you for offering to keep my details on file; I would be glad to hear of related openings.{{/keepOnFile}}{{^keepOnFile}}{{#renewedInterest}}If you are willing, I would be grateful if you kept me in mind.{{/renewedInterest}}{{^renewedInterest}}If you hear of related openings elsewhere, I would be grateful to hear about them.{{/renewedInterest}}{{/keepOnFile}}

Thank you again for your time and consideration, and for the care you put into the process.

Best regards,${SIGNATURE}`;

const referrerLetter = `${GREETING}

{{#oneOf}}Since you put me forward for the {{role}} role at {{company}}, I wanted you to hear from me how it turned out.{{or}}You referred me for the {{role}} role at {{company}}, so I wanted to let you know how it ended.{{/oneOf}} I reached {{stage}}, but they have chosen another candidate.

Thank you for referring me. Your word opened a door I could not have opened alone, and I learned a lot along the way.

{{#renewedInterest}}I am still keen on {{company}}, so if you hear of another opening there, I would love to know. {{/renewedInterest}}If you come across a related role elsewhere, I would be grateful if you thought of me.

And if I can ever return the favour, please let me know.

With thanks,${SIGNATURE}`;

const interviewThankYou = `${GREETING}

Thank you for taking the time to speak with me{{#interviewDate}} on {{interviewDate}}{{/interviewDate}}{{#role}} about the {{role}} role{{/role}}{{#company}} at {{company}}{{/company}}.
{{#detail}}
I particularly enjoyed one part of our conversation: {{detail}}.
{{/detail}}
Our conversation made me even more enthusiastic about {{#company}}joining {{company}}{{/company}}{{^company}}the role{{/company}}. If there is anything else I can share to help with your decision, I would be glad to.

Thank you again for your time.

Best regards,${SIGNATURE}`;

const checkIn = `${GREETING}

It has been a little while since we {{#interviewed}}met{{#role}} about the {{role}} role{{/role}}{{/interviewed}}{{^interviewed}}were last in touch{{/interviewed}}, and I wanted to check in and see how things are going{{#company}} at {{company}}{{/company}}.
{{#closeSecond}}
If the team's needs have changed since then, I would be glad to talk again: my interest{{#role}} in the {{role}} role{{/role}} has not faded.
{{/closeSecond}}{{^closeSecond}}{{#renewedInterest}}
I am still keen on{{#company}} {{company}}{{/company}}{{^company}} your team's work{{/company}}, so if anything opens up that fits, I would love to hear about it.
{{/renewedInterest}}{{/closeSecond}}
I would also love to hear what you are working on these days. And if there is anything I can help with, just say the word.

Best wishes,${SIGNATURE}`;

const referralRequest = `${GREETING}

Thank you again for your time{{#role}} during the {{role}} process{{/role}}{{#company}} at {{company}}{{/company}}. I appreciated {{#interviewed}}our conversation{{/interviewed}}{{^interviewed}}your help along the way{{/interviewed}}, and it has stayed with me.

I am continuing my search for {{#role}}roles like {{role}}{{/role}}{{^role}}a role like the one we discussed{{/role}}. If you hear of related openings, in your team, elsewhere{{#company}} at {{company}}{{/company}}, or through your network, I would be grateful if you thought of me or passed my name along. I am happy to send an up-to-date CV or a short summary that is easy to forward.

And if I can ever return the favour, please let me know.

Best regards,${SIGNATURE}`;

const offerNews = `${GREETING}

{{#oneOf}}I wanted to share some good news: I have accepted an offer{{#role}} as {{role}}{{/role}}{{#company}} at {{company}}{{/company}}.{{or}}I have some news I wanted you to hear from me: I am joining{{#company}} {{company}}{{/company}}{{^company}} a new team{{/company}}{{#role}} as {{role}}{{/role}}.{{or}}My search is over: I have said yes to an offer{{#role}} as {{role}}{{/role}}{{#company}} at {{company}}{{/company}}.{{or}}Good news to share: I have accepted a role{{#role}} as {{role}}{{/role}}{{#company}} at {{company}}{{/company}}.{{/oneOf}}

{{#oneOf}}You were part of how I got here, and I am grateful for {{#interviewed}}the time you gave me during the interviews{{/interviewed}}{{^interviewed}}your help along the way{{/interviewed}}. It made a real difference.{{or}}I have not forgotten {{#interviewed}}the time you gave me when we met{{/interviewed}}{{^interviewed}}how you helped me during the search{{/interviewed}}, and I wanted to thank you for it.{{or}}Thank you for {{#interviewed}}the time and care you put into our conversation{{/interviewed}}{{^interviewed}}your help while I was looking{{/interviewed}}; it mattered more than you might think.{{or}}{{#interviewed}}Our conversation{{/interviewed}}{{^interviewed}}Your help{{/interviewed}} made this search easier, and I am grateful for it.{{/oneOf}}

{{#oneOf}}I would love to stay in touch, and if I can ever return the favour, I will.{{or}}Let us keep in touch; if I can ever help you in return, just ask.{{or}}I hope we stay in touch, and I would be glad to return the favour one day.{{or}}Please keep in touch, and do call on me if I can ever help.{{/oneOf}}

{{#oneOf}}With thanks,{{or}}Warm regards,{{or}}All the best,{{or}}With gratitude,{{/oneOf}}${SIGNATURE}`;

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    kind: "rejection_thank_you",
    audience: "sender",
    name: "Thank-you to the person who sent the decision",
    subject: "Thank you{{#firstName}}, {{firstName}}{{/firstName}} — {{role}} at {{company}}",
    body: senderLetter,
  },
  {
    kind: "rejection_thank_you",
    audience: "interviewer",
    name: "Thank-you to an interviewer",
    subject: "{{#oneOf}}Thank you for your time — {{role}} at {{company}}{{or}}Thank you — the {{role}} interviews{{or}}With thanks — {{role}} at {{company}}{{or}}Thank you, and best wishes to {{company}}{{/oneOf}}",
    body: interviewerLetter,
  },
  {
    kind: "rejection_thank_you",
    audience: "hiring_manager",
    name: "Thank-you to the hiring manager",
    subject: "Thank you for considering me — {{role}} at {{company}}",
    body: hiringManagerLetter,
  },
  {
    kind: "rejection_thank_you",
    audience: "referrer",
    name: "News to the person who referred you",
    subject: "How the {{role}} application at {{company}} turned out",
    body: referrerLetter,
  },
  { kind: "interview_thank_you", audience: "anyone", name: "Thank-you after an interview", subject: "Thank you for your time{{#role}} — {{role}}{{/role}}", body: interviewThankYou },
  { kind: "check_in", audience: "anyone", name: "Check-in", subject: "Checking in{{#senderName}} — {{senderName}}{{/senderName}}", body: checkIn },
  { kind: "referral_request", audience: "anyone", name: "Referral request", subject: "A small favour{{#role}}: openings like {{role}}{{/role}}", body: referralRequest },
  { kind: "offer_news", audience: "anyone", name: "Offer news", subject: "{{#oneOf}}Some good news, and thank you{{or}}News, and a thank-you{{or}}Thank you — and some news{{or}}Good news, with thanks{{/oneOf}}", body: offerNews },
];

/** The built-in template for a kind of letter to one audience, else the kind's first. */
export function builtInTemplate(kind: LetterKind, audience: LetterAudience = "anyone"): BuiltInTemplate {
  const ofKind = BUILT_IN_TEMPLATES.filter((template) => template.kind === kind);
  return ofKind.find((template) => template.audience === audience) ?? ofKind.find((template) => template.audience === "anyone") ?? ofKind[0]!;
}

/** The audiences a kind of letter has its own built-in template for, in the order they are shown. */
export function audiencesOf(kind: LetterKind): LetterAudience[] {
  return BUILT_IN_TEMPLATES.filter((template) => template.kind === kind).map((template) => template.audience);
}
