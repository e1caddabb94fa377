import type { Prisma } from "@prisma/client";

/**
 * The employer side of an application — one definition, in two forms that say the same thing:
 * the people the user met in its hiring process, namely who interviewed them in it, who sent its
 * rejection, and who referred them to it. Letters are drafted to them, the rejection plan follows
 * up with them, and a decision nudge counts their replies.
 */

type Person = { id: string };
type LoadedApplication<P extends Person> = {
  interviews: { interviewers: { contact: P }[] }[];
  referrer: P | null;
};

/**
 * The employer side of an application already loaded with its interviews (in the order they
 * should be listed, e.g. the latest first), its referrer and its rejection's sender: each person
 * once, interviewers first, then the sender, then the referrer.
 */
export function employerSide<P extends Person>(application: LoadedApplication<P>, sender: P | null): P[] {
  const people = new Map<string, P>();
  const interviewers = application.interviews.flatMap((interview) => interview.interviewers.map(({ contact }) => contact));
  for (const person of [...interviewers, sender, application.referrer]) if (person && !people.has(person.id)) people.set(person.id, person);
  return [...people.values()];
}

/** The same people as a filter on contacts, for a query that has not loaded the application. */
export function employerSideWhere(applicationId: string): Prisma.ContactWhereInput {
  return {
    OR: [
      { interviews: { some: { interview: { applicationId } } } },
      { sentRejections: { some: { applicationId } } },
      { referredApplications: { some: { id: applicationId } } },
    ],
  };
}
