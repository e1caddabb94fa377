// What an e-mail says about an application, decided by phrase rules in English, German, French
// and Spanish. Precision first: a message wrongly called a rejection is far worse than one missed,
// so a rejection needs a phrase that only a decision says, in a message that is neither bulk mail
// nor an auto-reply nor a job board's, and the result always names the rule that decided it.
import { detectAts, domainOf, isFreemailDomain, isJobBoardDomain, type AtsName } from "./ats";
import { fold, sentences, withoutQuotedReply } from "./fold";

export const MAIL_KINDS = ["rejection", "received", "interview", "offer", "other"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export type Language = "en" | "de" | "fr" | "es";

export type ClassifiableMail = {
  from: { address: string | null; name: string | null };
  replyTo?: string | null;
  subject: string;
  text: string;
  /** Header names in lower case. Only the ones that mark bulk mail and auto-replies matter here. */
  headers?: Record<string, string | undefined>;
};

export type Classification = {
  kind: MailKind;
  ats: AtsName | null;
  /** The rule that decided, as an id ("rejection.en.other-candidates") and in words. */
  rule: { id: string; description: string };
  /** The sentence the rule matched, as written (empty for the gates). */
  evidence: string;
};

type PhraseRule = {
  id: string;
  kind: Exclude<MailKind, "other">;
  language: Language;
  /** Matched against one folded sentence (lower case, no accents). */
  pattern: RegExp;
  /** The same sentence matching this cancels the rule (a negation, a conditional). */
  unless?: RegExp;
  description: string;
};

const rule = (kind: PhraseRule["kind"], language: Language, name: string, pattern: RegExp, description: string, unless?: RegExp): PhraseRule => ({
  id: `${kind}.${language}.${name}`,
  kind,
  language,
  pattern,
  unless,
  description,
});

// Conditionals and hypotheticals: "if you do not hear from us…, your application was unsuccessful".
const HYPOTHETICAL = /\b(if you (do not|don't|have not|haven't) hear|if we (do not|don't) (contact|get back)|should you not hear|falls sie .{0,40}nicht|sollten sie .{0,60}nicht|si vous n'avez pas|sans reponse de notre part|si no (ha )?recib|in case you (do not|don't) hear)\b/;

// Rejection: only phrases a decision says. Each is a whole idea, never a lone "unfortunately".
const REJECTION_RULES: PhraseRule[] = [
  rule("rejection", "en", "other-candidates", /\b(decided|chosen|chose|decision) to (move|moving|go|proceed|progress|continue|pursue)( forward| ahead)? with (an?other|other|different|a different|the other|more) (candidate|applicant|profile|person)/, "says they chose other candidates", HYPOTHETICAL),
  rule("rejection", "en", "move-forward-others", /\b(moving|move|go|going|proceed|proceeding) (forward|ahead) with (other|another|different) (candidate|applicant|profile)s?/, "says they are moving forward with other candidates", HYPOTHETICAL),
  rule("rejection", "en", "not-moving-forward", /\b(not|won't|will not|unable to|cannot|can't|decided not to) (be )?(move|moving|proceed|proceeding|progress|progressing|go|going|take|taking) (forward |ahead |further )?(with )?(your|you|your candidacy|your application|the application|you forward)/, "says they are not moving forward with the application", HYPOTHETICAL),
  rule("rejection", "en", "not-selected", /\b(you|your application|your candidacy|your profile) (has|have|was|were) not (been )?(selected|successful|shortlisted|chosen)/, "says the application was not selected", HYPOTHETICAL),
  rule("rejection", "en", "unsuccessful", /\b(your application|your candidacy|you) (has|have|was|were) (been )?unsuccessful/, "says the application was unsuccessful", HYPOTHETICAL),
  rule("rejection", "en", "regret-not", /\bregret to (inform|tell|let) you( know)?,? that (we (will not|won't|are not|cannot|can't|have decided not|have decided to (move|go|proceed)( forward| ahead)? with (other|another))|(you|your application|your candidacy) (have|has|was|were|will) not|the (position|role) has (now )?been filled|we have (chosen|selected|offered the))/, "regrets to say the application will not go on"),
  rule("rejection", "en", "unable-to-offer", /\b(unable|not able|cannot|can't|won't be able) to (offer you|extend (you )?an offer)/, "says they cannot offer you the job", HYPOTHETICAL),
  rule("rejection", "en", "position-filled", /\b(the|this) (position|role|vacancy|job) (has|have) (now )?been filled\b/, "says the position has been filled", /\bbut\b|another (opportunit|role|opening)|similar (roles|openings)|if you/),
  rule("rejection", "en", "another-candidate", /\b(offered the (role|position|job) to|hired|selected|chosen|decided on|gone with|go with|going with) (another|a different|an internal|a more (qualified|experienced)) candidate/, "says another candidate was chosen", HYPOTHETICAL),
  rule("rejection", "en", "not-a-fit", /\b(decided|determined) (that )?(not to|we will not|we won't) (offer you|extend an offer|invite you|proceed)/, "says they decided not to go on", HYPOTHETICAL),
  rule("rejection", "en", "not-at-this-time", /\bwe (will|would) not be (moving|proceeding|progressing|continuing|pursuing)\b/, "says they will not be continuing", HYPOTHETICAL),
  rule("rejection", "en", "closer-match", /\bcandidates? whose (experience|skills|background|profile)s? (more closely|better|more) (match|align|fit)/, "says others matched the role more closely", HYPOTHETICAL),
  rule("rejection", "en", "different-direction", /\b(decided|chosen) to go (in )?a different direction\b/, "says they went in a different direction", HYPOTHETICAL),

  rule("rejection", "de", "absage-mitteilen", /\bleider (mussen|muss|konnen|konnten|haben) wir (ihnen|dir) (mitteilen|heute mitteilen|keine positive|nur absagen|absagen)/, "sagt leider ab (mitteilen / absagen)"),
  rule("rejection", "de", "anderer-kandidat", /\b(fur|mit) (eine[nm]? )?(andere[nrm]?|weitere[nrm]?) (kandidat|bewerber|bewerbung|person)/, "hat sich für andere Kandidaten entschieden", /\b(nicht fur|keine andere)\b/),
  rule("rejection", "de", "nicht-berucksichtigen", /\b(nicht (weiter |mehr )?(berucksichtigen|beruecksichtigen|berucksichtigt)|nicht in die (engere|nachste) (auswahl|runde))/, "berücksichtigt die Bewerbung nicht weiter", HYPOTHETICAL),
  rule("rejection", "de", "absage", /\b(absage|negative (ruckmeldung|nachricht|entscheidung)) (auf|zu|fur) (ihre|deine) bewerbung\b/, "nennt sich Absage auf die Bewerbung"),
  rule("rejection", "de", "stelle-besetzt", /\b(die (stelle|position) (ist|wurde)|(ist|wurde) die (stelle|position)) (bereits |inzwischen |anderweitig |leider )*(besetzt|vergeben)/, "sagt, die Stelle ist besetzt", HYPOTHETICAL),
  rule("rejection", "de", "nicht-fortsetzen", /\b(bewerbung|bewerbungsprozess|prozess) (leider )?nicht (weiter verfolgen|fortsetzen|weiterfuhren)|\bnicht (weiter|fortsetzen|weiterverfolgen|weiter verfolgen) (konnen|werden)\b.{0,40}bewerbung/, "setzt die Bewerbung nicht fort", HYPOTHETICAL),

  rule("rejection", "fr", "regret-informer", /\b(avons|avions) le regret de vous (informer|annoncer|faire savoir)/, "a le regret de vous informer", /\b(entretien|rendez-vous) (doit|devra) etre (reporte|deplace)/),
  rule("rejection", "fr", "pas-suite", /\bne (pas |pouvons pas |pourrons pas |pouvons malheureusement pas )?(donner|pouvons donner) (une )?suite( favorable)? a votre candidature/, "ne donne pas suite à la candidature", HYPOTHETICAL),
  rule("rejection", "fr", "pas-retenue", /\bvotre (candidature|profil|dossier) n'a (pas ete|malheureusement pas ete) (retenue?|selectionnee?)/, "dit que la candidature n'a pas été retenue", HYPOTHETICAL),
  rule("rejection", "fr", "autres-candidats", /\b(retenu|choisi|privilegie|poursuivre avec|poursuivons avec|continuer avec) (un |une |d')?(autres?|d'autres) (candidat|profil|candidature)/, "dit avoir retenu d'autres candidats", HYPOTHETICAL),
  rule("rejection", "fr", "poste-pourvu", /\ble poste (a ete|est (deja|desormais)) pourvu/, "dit que le poste est pourvu", HYPOTHETICAL),

  rule("rejection", "es", "lamentamos", /\b(lamentamos|sentimos) (informarle|informarte|comunicarle|comunicarte)\b.{0,120}\b(no|otros? candidat|otra candidat|cubierto)/, "lamenta comunicar que no sigue"),
  rule("rejection", "es", "no-continuar", /\b(no (continuar|seguir|avanzar|continuaremos|seguiremos|avanzaremos)|no podemos (continuar|seguir|avanzar)) (adelante )?(con )?(tu|su) (candidatura|solicitud|proceso|postulacion)/, "no continúa con la candidatura", HYPOTHETICAL),
  rule("rejection", "es", "otros-candidatos", /\b(seguir adelante|continuar|avanzar|decidido avanzar|seleccionado|optado por) (con )?(otros?|otras?) (candidat|perfil)/, "eligió a otros candidatos", HYPOTHETICAL),
  rule("rejection", "es", "no-seleccionado", /\b(no (has|ha) sido (seleccionad[oa]|elegid[oa])|(tu|su) (candidatura|perfil|solicitud) no ha sido (seleccionad[oa]|aceptad[oa]))/, "dice que no ha sido seleccionado", HYPOTHETICAL),
  rule("rejection", "es", "puesto-cubierto", /\bel (puesto|cargo|vacante) (ya )?(ha sido|fue) (cubierto|ocupado)/, "dice que el puesto está cubierto", HYPOTHETICAL),
];

// Offers: an offer made, never "unable to offer you".
const OFFER_RULES: PhraseRule[] = [
  rule("offer", "en", "pleased-to-offer", /\b(pleased|happy|delighted|thrilled|excited) to (extend|offer|make) (you )?(an |a formal |the )?offer\b|\b(pleased|happy|delighted|thrilled|excited) to offer you (the|a|this) ([\w-]+ ){0,5}(position|role|job)\b/, "says they are pleased to offer you the job"),
  rule("offer", "en", "offer-letter", /\b(your|the) (formal )?(offer letter|offer of employment|employment offer|job offer) (is attached|attached|for the|from)\b/, "sends the offer letter"),
  rule("offer", "en", "offer-subject", /^(job |formal )?offer (of employment |letter )?(for|from|-|:)/, "subject names an offer"),
  rule("offer", "de", "angebot", /\b(freuen uns|freue mich),? (ihnen|dir) (ein |das )?(vertragsangebot|angebot|stellenangebot|die stelle)\b.{0,80}\b(unterbreiten|machen|anbieten)\b|\b(ihnen|dir) die (stelle|position)\b.{0,60}\banbieten\b/, "unterbreitet ein Vertragsangebot"),
  rule("offer", "fr", "offre", /\b(plaisir|heureux|heureuse|ravis?) de vous (proposer|faire une proposition|faire une offre|adresser une offre|offrir le poste)/, "propose une offre d'embauche"),
  rule("offer", "fr", "promesse", /\b(promesse d'embauche|proposition d'embauche|offre d'emploi ci-jointe|lettre d'offre)\b/, "envoie une promesse d'embauche"),
  rule("offer", "es", "oferta", /\b(complace|alegra|gusta|encanta) (ofrecerle|ofrecerte|hacerle una oferta|hacerte una oferta|extenderle una oferta|extenderte una oferta)|\b(carta oferta|oferta de empleo|oferta formal) (adjunta|para el puesto)/, "hace una oferta de empleo"),
];

// Interview invitations: an invitation or a request to book a time for one.
const INTERVIEW_RULES: PhraseRule[] = [
  rule("interview", "en", "invite", /\b(invite|inviting|invitation for) you (to|for) (an?|the|your|our)? ?(first |next |second |final |technical |onsite |on-site |video |phone |virtual )?(round of )?(interview|call|conversation|chat|screen|meeting|onsite|assessment)/, "invites you to an interview", /\bnot\b/),
  rule("interview", "en", "interview-invitation", /\binterview (invitation|invite|request)\b|\binvitation to interview\b/, "names an interview invitation"),
  rule("interview", "en", "schedule", /\b(schedule|book|arrange|set up|find a time for|pick a time for|select a time for) (a|an|the|your|our)? ?(\d+[- ]minute )?(first |next |initial |intro |introductory |technical |phone |video |quick |final |on-site |onsite |)?(interview|call|chat|conversation|screen|screening|meeting|onsite)/, "asks to schedule an interview", /\b(not|no longer|cancel)/),
  rule("interview", "en", "availability", /\b(your availability|when you are available|when you're available|times that work for you|time slots?|availability) (for|to) (a|an|the)? ?(\w+ )?(interview|call|chat|conversation|meeting)/, "asks your availability for an interview"),
  rule("interview", "en", "scheduled", /\byour (\w+ )?(interview|call) (is|has been) (scheduled|confirmed|booked)\b|^interview (confirmed|scheduled|confirmation)\b/, "confirms an interview time"),
  rule("interview", "en", "next-step-interview", /\bnext (step|stage|round) (is|will be|would be) (a|an)? ?(\w+ ){0,3}(interview|call|conversation|chat)/, "names an interview as the next step"),
  rule("interview", "de", "einladung", /\b(einladung|einladen|laden (sie|dich) (gerne |herzlich )?(zu|ein)).{0,60}(gesprach|interview|kennenlernen|telefonat|videocall|call)/, "lädt zum Gespräch ein"),
  rule("interview", "de", "termin", /\b(termin|terminvorschlag|zeitfenster|verfugbarkeit).{0,50}(gesprach|interview|kennenlernen|telefonat)/, "fragt nach einem Termin für ein Gespräch"),
  rule("interview", "fr", "entretien", /\b(vous (inviter|convier|proposer)|invitation) (a|pour) (un|une|notre|votre)? ?(premier |premiere |second |deuxieme )?(entretien|echange|appel|rencontre)/, "invite à un entretien"),
  rule("interview", "fr", "disponibilites", /\b(disponibilites|creneau|creneaux|planifier|organiser|fixer) .{0,40}(entretien|echange telephonique|appel)/, "demande des disponibilités pour un entretien"),
  rule("interview", "es", "entrevista", /\b(invitarle|invitarte|invitamos|convocarle|convocarte) (a|para) (una|un|la)? ?(primera |segunda )?(entrevista|llamada|conversacion|reunion)/, "invita a una entrevista"),
  rule("interview", "es", "agendar", /\b(agendar|programar|coordinar|concertar) (una|la)? ?(entrevista|llamada|reunion)|\b(tu|su) disponibilidad (para|de) (una|la)? ?(entrevista|llamada)/, "pide agendar una entrevista"),
];

// Confirmations that the application arrived.
const RECEIVED_RULES: PhraseRule[] = [
  rule("received", "en", "thanks-for-applying", /\b(thank you|thanks|thank-you) (so much )?for (applying|your (application|interest in|submission)|submitting your application)/, "thanks you for applying"),
  rule("received", "en", "received", /\b(we('ve| have)|we) (successfully )?received your (job )?application\b|\byour application (has been|was) (successfully )?(received|submitted)\b/, "confirms your application was received"),
  rule("received", "en", "subject-received", /^(application (received|confirmation|submitted)|we received your application|your application (to|for|at) )/, "subject confirms an application"),
  rule("received", "de", "danke-bewerbung", /\b(vielen |herzlichen )?dank (fur|fuer) (ihre|deine) bewerbung\b|\b(ihre|deine) bewerbung (ist )?(bei uns )?(eingegangen|erhalten)\b|\beingangsbestatigung\b/, "bestätigt den Eingang der Bewerbung"),
  rule("received", "fr", "bien-recu", /\b(nous avons bien recu|avons bien recu|bonne reception de) votre candidature|\bmerci (pour|de) votre candidature\b|\bconfirmation de (votre )?candidature\b/, "confirme la réception de la candidature"),
  rule("received", "es", "recibido", /\b(hemos recibido|recibimos) (tu|su) (candidatura|solicitud|postulacion|cv)\b|\bgracias por (tu|su) (candidatura|solicitud|postulacion|interes)\b|\bgracias por (postularte|postularse|aplicar|inscribirte)\b/, "confirma que recibió la candidatura"),
];

// Checked in this order: a rejection outranks everything (it often thanks you for applying too),
// an offer outranks an invitation, and an invitation outranks a confirmation.
const PHRASE_RULES = [...REJECTION_RULES, ...OFFER_RULES, ...INTERVIEW_RULES, ...RECEIVED_RULES];

const AUTO_REPLY_SUBJECT = /^(automatic reply|auto(matic)?[- ]?reply|autoreply|out of (the )?office|abwesenheitsnotiz|automatische antwort|reponse automatique|absence du bureau|respuesta automatica|fuera de la oficina)\b/;

function header(mail: ClassifiableMail, name: string) {
  return mail.headers?.[name]?.toLowerCase().trim() ?? "";
}

function gate(mail: ClassifiableMail, ats: AtsName | null, foldedSubject: string): Classification["rule"] | null {
  const autoSubmitted = header(mail, "auto-submitted");
  if ((autoSubmitted && autoSubmitted !== "no" && !ats) || header(mail, "x-autoreply") || header(mail, "x-autorespond") || AUTO_REPLY_SUBJECT.test(foldedSubject)) {
    return { id: "gate.auto-reply", description: "an automatic reply (out of office), not a decision" };
  }
  const domains = [domainOf(mail.from.address), domainOf(mail.replyTo)];
  if (domains.some(isJobBoardDomain)) {
    return { id: "gate.job-board", description: "sent by a job board or network, not by the employer" };
  }
  const bulk = header(mail, "list-unsubscribe") || header(mail, "list-id") || ["bulk", "list", "junk"].includes(header(mail, "precedence"));
  if (bulk && !ats) return { id: "gate.bulk", description: "bulk mail (a newsletter or mailing list), not a message about your application" };
  return null;
}

/** Classifies one message; pure. */
export function classify(mail: ClassifiableMail): Classification {
  const body = withoutQuotedReply(mail.text).slice(0, 20_000);
  const foldedSubject = fold(mail.subject);
  const ats = detectAts([domainOf(mail.from.address), domainOf(mail.replyTo)], fold(body));

  const stop = gate(mail, ats, foldedSubject);
  if (stop) return { kind: "other", ats, rule: stop, evidence: "" };

  const candidates = [mail.subject, ...sentences(body)].map((original) => ({ original, folded: fold(original) }));
  for (const phrase of PHRASE_RULES) {
    for (const sentence of candidates) {
      if (phrase.pattern.test(sentence.folded) && !phrase.unless?.test(sentence.folded)) {
        if (phrase.kind === "rejection" && !ats && isFreemailDomain(domainOf(mail.from.address))) {
          return { kind: "other", ats, rule: { id: "gate.personal-sender", description: "reads like a rejection but comes from a personal address, not an employer" }, evidence: sentence.original.slice(0, 500) };
        }
        return { kind: phrase.kind, ats, rule: { id: phrase.id, description: phrase.description }, evidence: sentence.original.slice(0, 500) };
      }
    }
  }
  return { kind: "other", ats, rule: { id: "none", description: "no rule recognised a decision, an invitation, an offer or a confirmation" }, evidence: "" };
}

// Sentences of a rejection that carry feedback worth keeping with it.
const FEEDBACK = /\b(feedback|impressed|strong|strength|enjoyed|appreciated|we felt|the team felt|panel felt|looking for (someone|a candidate)|more experience|deeper experience|less experience|ruckmeldung|beeindruckt|erfahrung|retour|impressionne|experience (plus|en)|retroalimentacion|comentarios|experiencia)\b/;
const GENERIC = /\b(thank you for|thanks for|vielen dank|merci (pour|de)|gracias por|we wish you|wunschen ihnen|nous vous souhaitons|le deseamos|te deseamos|best regards|mit freundlichen|cordialement|saludos)\b/;

/** The sentences of a message that give feedback (for a rejection's Feedback field), at most 1,000 characters. */
export function feedbackSentences(text: string): string {
  const picked: string[] = [];
  let length = 0;
  for (const sentence of sentences(withoutQuotedReply(text))) {
    const folded = fold(sentence);
    if (!FEEDBACK.test(folded) || GENERIC.test(folded) || sentence.length > 400) continue;
    if (length + sentence.length > 1000) break;
    picked.push(sentence);
    length += sentence.length + 1;
  }
  return picked.join(" ");
}
