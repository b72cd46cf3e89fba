// What the strategy views (what worked, compare, transfer) say about a verdict: the enum in words, a badge whose
// style tells measured answers from adoption-only and unmeasured ones, and counts that keep adoption apart from effect.
import type { EffectCounts, FindingKindCounts, Verdict } from "../generated/schema";
import "./strategies.css";

const VERDICT_WORDS: Record<Verdict, string> = {
  WORKED: "Worked",
  MIXED_EVIDENCE: "Mixed evidence",
  NO_EFFECT_FOUND: "No effect found",
  HARMFUL: "Harmful",
  INCONCLUSIVE: "Inconclusive",
  ADOPTED_ONLY: "Adopted, effect not measured",
  NO_EVIDENCE: "No evidence",
};

const VERDICT_MEANING: Record<Verdict, string> = {
  WORKED: "Effect findings point to an effect in the wanted direction, none against it.",
  MIXED_EVIDENCE: "Effect findings disagree, or are mixed.",
  NO_EFFECT_FOUND: "Measured with a design that can show an absence, and nothing changed.",
  HARMFUL: "Effect findings point to harm or a backlash.",
  INCONCLUSIVE: "Effect findings exist, but none can tell whether it worked.",
  ADOPTED_ONLY: "Adopted (enacted, signed, funded), but no effect was measured: adoption is not evidence that it worked.",
  NO_EVIDENCE: "Applied, but nothing was measured: this is not evidence that it failed.",
};

/** Verdicts from the most to the least favourable answer, measured answers before unmeasured ones. */
export const VERDICT_ORDER: readonly Verdict[] = ["WORKED", "MIXED_EVIDENCE", "INCONCLUSIVE", "NO_EFFECT_FOUND", "HARMFUL", "ADOPTED_ONLY", "NO_EVIDENCE"];

export function verdictWords(verdict: Verdict): string {
  return VERDICT_WORDS[verdict] ?? verdict;
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`verdict verdict-${verdict.toLowerCase().replaceAll("_", "-")}`} title={VERDICT_MEANING[verdict]} data-verdict={verdict}>
      {verdictWords(verdict)}
    </span>
  );
}

/** "3 effect findings: 2 positive, 1 negative", or "No effect finding". */
export function effectSummary(effects: EffectCounts): string {
  if (effects.total === 0) return "No effect finding";
  const parts = [
    [effects.positive, "positive"],
    [effects.mixed, "mixed"],
    [effects.negative, "negative"],
    [effects.noEffect, "no effect"],
    [effects.inconclusive, "inconclusive"],
  ].filter(([count]) => (count as number) > 0).map(([count, what]) => `${count} ${what}`);
  return `${effects.total} effect finding${effects.total === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

/** The findings that are not evidence of an effect, counted apart: "2 adoption, 1 process", or "" when none. */
export function otherKindsSummary(kinds: Pick<FindingKindCounts, "adoption" | "process" | "prevalence">): string {
  return [
    [kinds.adoption, "adoption"],
    [kinds.process, "process"],
    [kinds.prevalence, "prevalence"],
  ].filter(([count]) => (count as number) > 0).map(([count, what]) => `${count} ${what}`).join(", ");
}

/** A risk factor such as ISOLATED_WORK in words: "isolated work". */
export function riskFactorWords(factor: string): string {
  return factor.toLowerCase().replaceAll("_", " ");
}
