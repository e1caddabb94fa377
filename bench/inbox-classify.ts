/**
 * `npm run bench:inbox`: the classifier against the labelled corpus in tests/fixtures/mail/.
 * Prints precision and recall per class, every miss with the rule that decided it, and exits
 * with 1 when a target is missed: rejection precision ≥ 0.98 and recall ≥ 0.90, every class's
 * recall ≥ 0.85 (QUALITY.md, item 13).
 */
import { readCorpus } from "../tests/fixtures/mail/corpus";
import { classify, MAIL_KINDS, type MailKind } from "../lib/inbox/classify";

const TARGETS = { rejectionPrecision: 0.98, rejectionRecall: 0.9, recall: 0.85 };

async function main() {
  const corpus = await readCorpus();
  const tally = Object.fromEntries(MAIL_KINDS.map((kind) => [kind, { truePositive: 0, falsePositive: 0, falseNegative: 0 }])) as Record<
    MailKind,
    { truePositive: number; falsePositive: number; falseNegative: number }
  >;
  const misses: string[] = [];
  const started = performance.now();
  for (const { file, label, email } of corpus) {
    const result = classify(email);
    if (result.kind === label.kind) tally[label.kind].truePositive++;
    else {
      tally[label.kind].falseNegative++;
      tally[result.kind].falsePositive++;
      misses.push(`  ${file}: expected ${label.kind}, got ${result.kind} (${result.rule.id}${result.evidence ? `: “${result.evidence}”` : ""})`);
    }
  }
  const elapsed = performance.now() - started;

  console.log(`Inbox classifier on ${corpus.length} labelled messages (tests/fixtures/mail), ${(elapsed / corpus.length).toFixed(2)} ms a message`);
  console.log("class        count  precision  recall");
  let failed = false;
  for (const kind of MAIL_KINDS) {
    const { truePositive, falsePositive, falseNegative } = tally[kind];
    const precision = truePositive + falsePositive ? truePositive / (truePositive + falsePositive) : 1;
    const recall = truePositive + falseNegative ? truePositive / (truePositive + falseNegative) : 1;
    console.log(`- ${kind.padEnd(11)} ${String(truePositive + falseNegative).padStart(5)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}`);
    if (recall < TARGETS.recall) failed = true;
    if (kind === "rejection" && (precision < TARGETS.rejectionPrecision || recall < TARGETS.rejectionRecall)) failed = true;
  }
  if (misses.length) console.log(`Misclassified:\n${misses.join("\n")}`);
  console.log(`Targets: rejection precision ≥ ${TARGETS.rejectionPrecision}, recall ≥ ${TARGETS.rejectionRecall}; every class recall ≥ ${TARGETS.recall}: ${failed ? "MISSED" : "met"}`);
  console.log("Command: npm run bench:inbox");
  if (failed) process.exitCode = 1;
}

void main();
