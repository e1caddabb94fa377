import { interviewIcs } from "@/lib/server/calendar/calendar-feed";
import { icsDownload } from "@/lib/server/calendar/ics-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return icsDownload(interviewIcs, id, "interview.ics");
}
