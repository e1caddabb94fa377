import type { LetterKind } from "@prisma/client";

export const LETTER_KINDS = ["rejection_thank_you", "interview_thank_you", "check_in", "referral_request", "offer_news"] as const satisfies readonly LetterKind[];

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  rejection_thank_you: "Thank-you after a rejection",
  interview_thank_you: "Thank-you after an interview",
  check_in: "Check-in",
  referral_request: "Referral request",
  offer_news: "Offer news to those who helped",
};

export type BuiltInTemplate = { kind: LetterKind; name: string; subject: string; body: string };

const GREETING = "{{#firstName}}Dear {{firstName}},{{/firstName}}{{^firstName}}Hello,{{/firstName}}";
const SIGNATURE = "{{#senderName}}\n{{senderName}}{{/senderName}}";

// The article's elements, in its order: thanks for the time invested, a detail that shows the
// conversation mattered, best wishes to the company (and the hire), renewed interest where it is
// true, and a request to be kept on file and told of related openings.
const rejectionThankYou = `${GREETING}

{{#interviewed}}Thank you for the time you invested in meeting me{{#interviewDate}} on {{interviewDate}}{{/interviewDate}}, and for considering me for the {{role}} role at {{company}}.{{/interviewed}}{{^interviewed}}Thank you for letting me know about your decision on the {{role}} role at {{company}}, and for the time you and the team gave my application.{{/interviewed}} {{#finalist}}{{#closeSecond}}It meant a lot to hear that the decision was a close one.{{/closeSecond}}{{^closeSecond}}I am grateful to have made it to the final round.{{/closeSecond}}{{/finalist}}
{{#detail}}
One part of our conversation has stayed with me: {{detail}}. I have thought about it more than once since.
{{/detail}}{{#feedback}}
Thank you as well for your feedback. I am taking it to heart as I continue my search.
{{/feedback}}
I wish you and everyone at {{company}} every success{{#finalist}}, and I hope the person you chose settles in quickly and does great work with you{{/finalist}}.

{{#renewedInterest}}My interest in {{company}} has not changed: I would welcome the chance to work with you in the future, in this role or another. {{#keepOnFile}}Thank you for offering to keep my information on file; I would be glad to hear about any related openings.{{/keepOnFile}}{{^keepOnFile}}If you are willing, I would be grateful if you kept my information on file and let me know of any related openings.{{/keepOnFile}}{{/renewedInterest}}{{^renewedInterest}}{{#keepOnFile}}Thank you for offering to keep my information on file. {{/keepOnFile}}If you hear of related openings, at {{company}} or elsewhere, I would be grateful to hear about them.{{/renewedInterest}}

Thank you again, and I hope our paths cross before long.

With best wishes,${SIGNATURE}`;

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

I wanted to share some good news: I have accepted an offer{{#role}} as {{role}}{{/role}}{{#company}} at {{company}}{{/company}}.

You were part of how I got here, and I am grateful for {{#interviewed}}the time you gave me during the interviews{{/interviewed}}{{^interviewed}}your help along the way{{/interviewed}}. It made a real difference.

I would love to stay in touch, and if I can ever return the favour, I will.

With thanks,${SIGNATURE}`;

export const BUILT_IN_TEMPLATES: Record<LetterKind, BuiltInTemplate> = {
  rejection_thank_you: {
    kind: "rejection_thank_you",
    name: "Thank-you after a rejection",
    subject: "Thank you{{#firstName}}, {{firstName}}{{/firstName}} — {{role}} at {{company}}",
    body: rejectionThankYou,
  },
  interview_thank_you: {
    kind: "interview_thank_you",
    name: "Thank-you after an interview",
    subject: "Thank you for your time{{#role}} — {{role}}{{/role}}",
    body: interviewThankYou,
  },
  check_in: {
    kind: "check_in",
    name: "Check-in",
    subject: "Checking in{{#senderName}} — {{senderName}}{{/senderName}}",
    body: checkIn,
  },
  referral_request: {
    kind: "referral_request",
    name: "Referral request",
    subject: "A small favour{{#role}}: openings like {{role}}{{/role}}",
    body: referralRequest,
  },
  offer_news: {
    kind: "offer_news",
    name: "Offer news",
    subject: "Some good news, and thank you",
    body: offerNews,
  },
};
