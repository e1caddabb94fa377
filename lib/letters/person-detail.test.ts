import { describe, expect, it } from "vitest";
import { addressOf, detailFromNotes, firstNameOf, foldForMatching, splitClauses, type NamedPerson } from "./person-detail";

describe("firstNameOf and addressOf", () => {
  it.each([
    ["Dana Smith", "Dana"],
    ["  Dr. Amara Okafor ", "Amara"],
    ["Ms Jo", "Jo"],
    ["Chloé", "Chloé"],
    ["王芳", "王芳"],
    ["dana@example.com", null],
    ["", null],
    [null, null],
  ])("%j → %j", (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });

  it("greets by how the user says to address someone, else by first name", () => {
    expect(addressOf({ name: "Elizabeth Warren", addressAs: "Liz" })).toBe("Liz");
    expect(addressOf({ name: "Amara Okafor", addressAs: "  " })).toBe("Amara");
    expect(addressOf({ name: "王芳", addressAs: null })).toBe("王芳");
  });
});

describe("splitClauses", () => {
  it("cuts at full stops, semicolons and line breaks, and drops bullets and joiners", () => {
    expect(splitClauses("Dana asked about data contracts; Eli focused on on-call rotations.\n- Fang: roadmap. And then we talked about hiring")).toEqual([
      "Dana asked about data contracts",
      "Eli focused on on-call rotations",
      "Fang: roadmap",
      "we talked about hiring",
    ]);
  });

  it("keeps decimals and versions whole", () => {
    expect(splitClauses("We compared Node 20.19 and 22.1 in production")).toEqual(["We compared Node 20.19 and 22.1 in production"]);
  });
});

const dana: NamedPerson = { id: "dana", name: "Dana Smith" };
const eli: NamedPerson = { id: "eli", name: "Eli Cohen" };
const fang: NamedPerson = { id: "fang", name: "王芳", addressAs: "Fang" };
const sofia: NamedPerson = { id: "sofia", name: "Sofía Hernández" };
const panel = [dana, eli, fang, sofia];
const onPanel = (notes: string, ids = panel.map((person) => person.id)) => [{ notes, interviewerIds: ids }];

describe("detailFromNotes", () => {
  it("takes the clause that names the person, addressed to them, and never another person's clause", () => {
    const notes = onPanel("Dana asked how I would design data contracts between teams; Eli focused on on-call rotations.");
    expect(detailFromNotes(notes, dana, panel)).toBe("you asked how I would design data contracts between teams");
    expect(detailFromNotes(notes, eli, panel)).toBe("you focused on on-call rotations");
  });

  it("skips a clause that names two people, rather than quote the other one to this one", () => {
    const notes = onPanel("Dana and Eli asked about my last migration. Dana walked me through the roadmap");
    expect(detailFromNotes(notes, dana, panel)).toBe("you walked me through the roadmap");
    expect(detailFromNotes(notes, eli, panel)).toBeNull();
  });

  it("matches names without their accents and by how to address them (a CJK name noted in pinyin)", () => {
    expect(detailFromNotes(onPanel("Sofia explained how the platform team runs incident reviews"), sofia, panel)).toBe(
      "you explained how the platform team runs incident reviews",
    );
    expect(detailFromNotes(onPanel("Fang shared the team's plans for the new search service"), fang, panel)).toBe("you shared the team's plans for the new search service");
    expect(detailFromNotes(onPanel("王芳 talked me through the search service"), fang, panel)).toBe("you talked me through the search service");
  });

  it("turns possessives and pronouns to the second person, and makes the verb agree", () => {
    expect(detailFromNotes(onPanel("I loved Dana Smith's story about the 2019 outage"), dana, panel)).toBe("I loved your story about the 2019 outage");
    expect(detailFromNotes(onPanel("Dana leads the payments team and she was curious about my open-source work"), dana, panel)).toBe(
      "you lead the payments team and you were curious about my open-source work",
    );
    expect(detailFromNotes(onPanel("I told Dana about her team's move to Kafka"), dana, panel)).toBe("I told you about your team's move to Kafka");
  });

  it("uses an interview with them alone when its notes name no one", () => {
    const notes = [{ notes: "We went deep on accessibility in design systems", interviewerIds: ["dana"] }];
    expect(detailFromNotes(notes, dana, panel)).toBe("We went deep on accessibility in design systems");
    expect(detailFromNotes(onPanel("We went deep on accessibility in design systems"), dana, panel)).toBeNull();
  });

  it("never sends the user's private impressions", () => {
    expect(detailFromNotes(onPanel("Dana seemed bored. Dana asked about salary expectations"), dana, panel)).toBeNull();
    expect(detailFromNotes(onPanel("Dana was not convinced by my answer"), dana, panel)).toBeNull();
  });

  it("does not take a longer name for theirs", () => {
    expect(detailFromNotes(onPanel("Danae explained the roadmap in detail"), { id: "d", name: "Dana" }, [{ id: "d", name: "Dana" }])).toBeNull();
  });

  it("finds nothing in empty notes", () => {
    expect(detailFromNotes(onPanel("   "), dana, panel)).toBeNull();
    expect(detailFromNotes([{ notes: null, interviewerIds: ["dana"] }], dana, panel)).toBeNull();
  });

  it("folds accents for matching only", () => {
    expect(foldForMatching("Sofía Hernández")).toBe("sofia hernandez");
  });
});
