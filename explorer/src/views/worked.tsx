// What worked: the strategies applied in an industry (and optionally a jurisdiction), ranked by the evidence behind
// them, each with its verdict in words, the API's reason, the evidence it rests on and, apart, its adoption. One
// request per set of filters (whatWorked, first 100, with the names of the chosen industry and jurisdiction); the
// filters live in the URL.
import { useQuery } from "../api";
import { graphql } from "../generated";
import type { ExplorerWhatWorkedQuery } from "../generated/graphql";
import type { EvidenceStrength, OutcomeCategory, StrategyKind } from "../generated/schema";
import { IndustrySelect, JurisdictionSelect } from "../pickers";
import { href, listParam, navigate, type Route } from "../router";
import { Badge, Empty, NodeLink, PageTitle, QueryView } from "../ui";
import { effectSummary, otherKindsSummary, VerdictBadge } from "./verdicts";

const WhatWorked = graphql(`
  query ExplorerWhatWorked(
    $industry: ID, $jurisdiction: ID, $minEvidence: EvidenceStrength, $outcomeCategory: OutcomeCategory, $since: Int,
    $includeUnevidenced: Boolean, $kinds: [StrategyKind!], $scope: [ID!]!
  ) {
    whatWorked(
      industry: $industry, jurisdiction: $jurisdiction, minEvidence: $minEvidence, outcomeCategory: $outcomeCategory,
      since: $since, includeUnevidenced: $includeUnevidenced, kinds: $kinds, first: 100
    ) {
      kind verdict score confidence bestDesign bestEvidence newestYear explanation weaklySourced sharedFindings
      effects { positive negative mixed noEffect inconclusive total }
      findingKinds { effect adoption prevalence process total }
      adoption { adopted summary }
      strategy { id name }
    }
    nodes(ids: $scope) { id ... on Industry { name } ... on Jurisdiction { name } }
  }
`);

const LIMIT = 100;
const STRENGTHS: readonly EvidenceStrength[] = ["ANECDOTAL", "LIMITED", "MODERATE", "STRONG"];
const CATEGORIES: readonly OutcomeCategory[] = ["ACCOUNTABILITY", "AWARENESS", "ECONOMIC", "POLICY_CHANGE", "REPORTING", "SAFETY", "WELLBEING"];
const KINDS: readonly [StrategyKind, string][] = [["TACTIC", "Tactics"], ["POLICY_LEVER", "Policy levers"], ["INTERVENTION", "Interventions"]];

interface Filters {
  readonly industry: string;
  readonly jurisdiction: string;
  readonly minEvidence: EvidenceStrength | "";
  readonly outcome: OutcomeCategory | "";
  readonly since: string;
  readonly unevidenced: boolean;
  readonly kinds: readonly StrategyKind[];
}

function readFilters(params: URLSearchParams): Filters {
  const minEvidence = params.get("minEvidence") ?? "";
  const outcome = params.get("outcome") ?? "";
  const since = params.get("since") ?? "";
  return {
    industry: params.get("industry") ?? "",
    jurisdiction: params.get("jurisdiction") ?? "",
    minEvidence: (STRENGTHS as readonly string[]).includes(minEvidence) ? (minEvidence as EvidenceStrength) : "",
    outcome: (CATEGORIES as readonly string[]).includes(outcome) ? (outcome as OutcomeCategory) : "",
    since: /^\d{4}$/.test(since) ? since : "",
    unevidenced: params.get("unevidenced") !== "0",
    kinds: listParam(params, "kinds").filter((kind): kind is StrategyKind => KINDS.some(([known]) => known === kind)),
  };
}

function hrefOf(filters: Filters): string {
  return href("worked", undefined, {
    industry: filters.industry,
    jurisdiction: filters.jurisdiction,
    minEvidence: filters.minEvidence,
    outcome: filters.outcome,
    since: filters.since,
    unevidenced: filters.unevidenced ? undefined : "0",
    kinds: filters.kinds,
  });
}

export function WhatWorkedView({ route }: { route: Route }) {
  const filters = readFilters(route.params);
  const update = (change: Partial<Filters>, replace = true) => navigate(hrefOf({ ...filters, ...change }), replace);
  const setSince = (text: string) => {
    const year = text.trim();
    if (year !== filters.since) update({ since: /^\d{4}$/.test(year) ? year : "" });
  };
  const scope = [filters.industry, filters.jurisdiction].filter((id) => id !== "");
  const state = useQuery(WhatWorked, scope.length === 0 ? null : {
    industry: filters.industry || null,
    jurisdiction: filters.jurisdiction || null,
    minEvidence: filters.minEvidence || null,
    outcomeCategory: filters.outcome || null,
    since: filters.since ? Number(filters.since) : null,
    includeUnevidenced: filters.unevidenced,
    kinds: filters.kinds.length > 0 ? [...filters.kinds] : null,
    scope,
  });
  return (
    <section class="strategy-view">
      <PageTitle>What worked</PageTitle>
      <p class="lead">
        The tactics, policy levers and interventions applied in an industry, ranked by the evidence that they changed
        an outcome. Only effect findings count toward a verdict; adoption (a law enacted, a contract signed) is shown
        beside it and is never evidence that a strategy worked.
      </p>
      <form
        class="filters" aria-label="What worked: filters"
        onSubmit={(event) => { event.preventDefault(); setSince((event.currentTarget.elements.namedItem("since") as HTMLInputElement).value); }}
      >
        <IndustrySelect label="Industry" value={filters.industry} none="Choose an industry…" onChange={(industry) => update({ industry }, false)} />
        <JurisdictionSelect label="Jurisdiction" value={filters.jurisdiction} none="Anywhere" onChange={(jurisdiction) => update({ jurisdiction }, false)} />
        <label>
          Findings at least
          <select value={filters.minEvidence} onChange={(event) => update({ minEvidence: event.currentTarget.value as EvidenceStrength | "" })}>
            <option value="">Any strength</option>
            {STRENGTHS.map((strength) => <option key={strength} value={strength}>{strength.toLowerCase()}</option>)}
          </select>
        </label>
        <label>
          Outcome
          <select value={filters.outcome} onChange={(event) => update({ outcome: event.currentTarget.value as OutcomeCategory | "" })}>
            <option value="">Any outcome</option>
            {CATEGORIES.map((category) => <option key={category} value={category}>{category.toLowerCase().replaceAll("_", " ")}</option>)}
          </select>
        </label>
        <label>
          Findings since (year)
          <input
            name="since" type="number" inputMode="numeric" min={1900} max={2100} step={1} placeholder="Any year" value={filters.since}
            onChange={(event) => setSince(event.currentTarget.value)}
          />
        </label>
        <fieldset class="kinds">
          <legend>Kinds (none ticked: all)</legend>
          {KINDS.map(([kind, name]) => (
            <label key={kind} class="check">
              <input
                type="checkbox" checked={filters.kinds.includes(kind)}
                onChange={(event) => update({ kinds: event.currentTarget.checked ? [...filters.kinds, kind] : filters.kinds.filter((known) => known !== kind) })}
              />
              {name}
            </label>
          ))}
        </fieldset>
        <label class="check">
          <input type="checkbox" checked={filters.unevidenced} onChange={(event) => update({ unevidenced: event.currentTarget.checked })} />
          Include strategies with no evidence
        </label>
      </form>
      {scope.length === 0
        ? <Empty>Choose an industry (and, if you like, a jurisdiction) to see which strategies worked there.</Empty>
        : (
          <QueryView state={state} what="the ranking">
            {(data) => <Ranking results={data.whatWorked ?? []} filters={filters} names={data.nodes} onIncludeUnevidenced={() => update({ unevidenced: true })} />}
          </QueryView>
        )}
    </section>
  );
}

type Result = NonNullable<ExplorerWhatWorkedQuery["whatWorked"]>[number];

function Ranking({ results, filters, names, onIncludeUnevidenced }: {
  results: readonly Result[];
  filters: Filters;
  names: readonly ({ id: string; name?: string } | null)[];
  onIncludeUnevidenced: () => void;
}) {
  const nameOf = (id: string) => names.find((node) => node?.id === id)?.name ?? id;
  const where = [filters.industry ? nameOf(filters.industry) : "", filters.jurisdiction ? `in ${nameOf(filters.jurisdiction)}` : ""].filter(Boolean).join(" ");
  const narrowed = filters.minEvidence !== "" || filters.outcome !== "" || filters.since !== "" || filters.kinds.length > 0;
  if (results.length === 0) {
    return (
      <div class="empty-state">
        <Empty>No strategy has evidence for {where}{narrowed ? " with these filters" : ""}.</Empty>
        {filters.unevidenced
          ? <p>{narrowed ? "Try fewer filters: " : ""}no strategy is recorded as applied here.</p>
          : <p>Strategies applied here without evidence are hidden. <button type="button" onClick={onIncludeUnevidenced}>Include strategies with no evidence</button></p>}
      </div>
    );
  }
  const counts = new Map<string, number>();
  for (const result of results) counts.set(result.verdict, (counts.get(result.verdict) ?? 0) + 1);
  const worked = counts.get("WORKED") ?? 0;
  return (
    <>
      <p class="summary" role="status">
        {results.length}{results.length === LIMIT ? " (the first 100)" : ""} strategies for <strong>{where}</strong>:
        {" "}{worked} with evidence that they worked, {(counts.get("ADOPTED_ONLY") ?? 0)} adopted with no effect measured
        {filters.unevidenced ? `, ${counts.get("NO_EVIDENCE") ?? 0} with no evidence` : ""}.
      </p>
      <table class="strategy-table ranking">
        <caption>Strategies for {where}, ranked by effect evidence (score, then confidence)</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Strategy</th>
            <th scope="col">Verdict and reason</th>
            <th scope="col">Effect evidence</th>
            <th scope="col">Adoption and other findings (not evidence of an effect)</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result, index) => (
            <tr key={result.strategy.id} data-id={result.strategy.id}>
              <td data-label="Rank" class="rank">{index + 1}</td>
              <th scope="row" data-label="Strategy"><NodeLink id={result.strategy.id} name={result.strategy.name} /></th>
              <td data-label="Verdict">
                <VerdictBadge verdict={result.verdict} />
                <p class="reason">{result.explanation}</p>
              </td>
              <td data-label="Effect evidence">
                <p>{effectSummary(result.effects)}</p>
                {result.bestEvidence || result.bestDesign
                  ? (
                    <p class="badges">
                      Best evidence {result.bestEvidence ? <Badge kind="strength" value={result.bestEvidence} /> : null}
                      {result.bestDesign ? <> from a <Badge kind="design" value={result.bestDesign} /> design</> : null}
                    </p>
                  )
                  : null}
                {result.effects.total > 0 ? <p class="numbers">Score {result.score.toFixed(3)}, confidence {result.confidence.toFixed(3)}{result.newestYear ? `, newest ${result.newestYear}` : ""}</p> : null}
                {result.weaklySourced > 0 ? <p class="note">{result.weaklySourced} rest only on self-published or secondary sources.</p> : null}
                {result.sharedFindings > 0 ? <p class="note">{result.sharedFindings} shared with other strategies of the same interventions.</p> : null}
              </td>
              <td data-label="Adoption (not evidence)">
                <p>{result.adoption.summary}</p>
                {otherKindsSummary(result.findingKinds) ? <p class="note">Other findings: {otherKindsSummary(result.findingKinds)}.</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">
        Open a strategy for its evidence card: every finding with its design, strength and sources.
        {filters.industry ? <> See also what <a href={href("transfer", undefined, { industry: filters.industry })}>worked elsewhere under the same risks</a>, or <a href={href("compare", undefined, { a: filters.industry })}>compare with another industry</a>.</> : null}
      </p>
    </>
  );
}
