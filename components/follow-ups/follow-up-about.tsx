import Link from "next/link";

type About = {
  contact: { id: string; name: string } | null;
  application: { id: string; role: string; company: { name: string } } | null;
};

/** Who and what a follow-up is about, as links: "Dana Reyes · Data Engineer at Globex". */
export function FollowUpAbout({ contact, application }: About) {
  return (
    <>
      {contact ? <Link href={`/contacts/${contact.id}`} className="hover:underline">{contact.name}</Link> : null}
      {contact && application ? " · " : null}
      {application ? (
        <Link href={`/applications/${application.id}`} className="hover:underline">
          {application.role} at {application.company.name}
        </Link>
      ) : null}
    </>
  );
}
