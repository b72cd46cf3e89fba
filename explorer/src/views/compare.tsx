// Compare two industries: the tactics and policy levers both apply, side by side with each industry's verdict, then
// the ones only one of them applies, one column each (stacked on a phone), and their findings by outcome category.
// One request (compareStrategies) once both industries are chosen; both live in the URL (#/compare?a=...&b=...).
import { useQuery } from "../api";
import { graphql } from "../generated";
import type { ExplorerCompareQuery } from "../generated/graphql";
import { IndustrySelect } from "../pickers";
import { href, navigate, type Route } from "../router";
import { Empty, NodeLink, PageTitle, QueryView, words } from "../ui";
import { effectSummary, otherKindsSummary, VERDICT_ORDER, VerdictBadge } from "./verdicts";

const Compare = graphql(`
  query ExplorerCompare($industries: [ID!]!) {
    compareStrategies(industries: $industries) {
      industries { id name }
      strategies {
        kind sharedByAll
        strategy { id name }
        usedIn {
          industry { id }
          verdict
          effects { positive negative mixed noEffect inconclusive total }
          findingKinds { effect adoption prevalence process total }
        }
      }
      byIndustry {
        industry { id }
        outcomes { category effects { positive negative mixed noEffect inconclusive total } findingKinds { effect adoption prevalence process total } }
      }
    }
  }
`);

type Comparison = NonNullable<ExplorerCompareQuery["compareStrategies"]>;
type Compared = Comparison["strategies"][number];
type Use = Compared["usedIn"][number];

export function CompareView({ route }: { route: Route }) {
  const a = route.params.get("a") ?? "";
  const b = route.params.get("b") ?? "";
  const ready = a !== "" && b !== "" && a !== b;
  const state = useQuery(Compare, ready ? { industries: [a, b] } : null);
  const go = (next: { a: string; b: string }) => navigate(href("compare", undefined, next));
  return (
    <section class="strategy-view">
      <PageTitle>Compare two industries</PageTitle>
      <p class="lead">
        Which tactics and policy levers two industries share and which only one of them applies, with what the effect
        findings say in each. Adoption is counted apart and is never evidence that a strategy worked.
      </p>
      <form class="filters" aria-label="Industries to compare" onSubmit={(event) => event.preventDefault()}>
        <IndustrySelect label="First industry" value={a} onChange={(id) => go({ a: id, b })} />
        <IndustrySelect label="Second industry" value={b} onChange={(id) => go({ a, b: id })} />
        <button type="button" disabled={!a && !b} onClick={() => go({ a: b, b: a })}>Swap</button>
      </form>
      {!ready
        ? <Empty>{a !== "" && a === b ? "Choose two different industries." : "Choose two industries to compare their strategies."}</Empty>
        : (
          <QueryView state={state} what="the comparison">
            {(data) => data.compareStrategies ? <ComparisonTables comparison={data.compareStrategies} /> : <Empty>The API gave no comparison for these industries.</Empty>}
          </QueryView>
        )}
    </section>
  );
}

function ComparisonTables({ comparison }: { comparison: Comparison }) {
  const [first, second] = comparison.industries;
  if (!first || !second) return <Empty>The API gave no comparison for these industries.</Empty>;
  const shared = comparison.strategies.filter((item) => item.sharedByAll);
  const only = (id: string) => comparison.strategies
    .filter((item) => !item.sharedByAll && item.usedIn.some((use) => use.industry.id === id))
    .sort((x, y) => VERDICT_ORDER.indexOf(inIndustry(x, id)!.verdict) - VERDICT_ORDER.indexOf(inIndustry(y, id)!.verdict));
  return (
    <>
      <h2 id="shared-heading">Shared by both ({shared.length})</h2>
      {shared.length === 0
        ? <Empty>No tactic or policy lever is applied in both {first.name} and {second.name}.</Empty>
        : (
          <table class="strategy-table shared" aria-labelledby="shared-heading">
            <thead>
              <tr>
                <th scope="col">Strategy</th>
                <th scope="col">In {first.name}</th>
                <th scope="col">In {second.name}</th>
              </tr>
            </thead>
            <tbody>
              {shared.map((item) => (
                <tr key={item.strategy.id} data-id={item.strategy.id}>
                  <th scope="row" data-label="Strategy"><NodeLink id={item.strategy.id} name={item.strategy.name} /></th>
                  <td data-label={`In ${first.name}`}><UseCell use={inIndustry(item, first.id)} /></td>
                  <td data-label={`In ${second.name}`}><UseCell use={inIndustry(item, second.id)} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      <h2>Only one of them</h2>
      <div class="compare-columns">
        {[first, second].map((industry, index) => {
          const items = only(industry.id);
          const heading = `only-heading-${index}`;
          return (
            <section key={industry.id} class="compare-column" aria-labelledby={heading}>
              <h3 id={heading}>Only in <a href={href("node", industry.id)}>{industry.name}</a> ({items.length})</h3>
              {items.length === 0
                ? <Empty>Every tactic and lever applied here is applied in the other industry too.</Empty>
                : (
                  <table class="strategy-table distinct" aria-labelledby={heading}>
                    <thead><tr><th scope="col">Strategy</th><th scope="col">Verdict there</th></tr></thead>
                    <tbody>
                      {items.map((item) => (
                        <tr key={item.strategy.id} data-id={item.strategy.id}>
                          <th scope="row" data-label="Strategy"><NodeLink id={item.strategy.id} name={item.strategy.name} /></th>
                          <td data-label="Verdict there"><UseCell use={inIndustry(item, industry.id)} /></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
            </section>
          );
        })}
      </div>
      <Outcomes comparison={comparison} />
    </>
  );
}

function inIndustry(item: Compared, industryId: string): Use | undefined {
  return item.usedIn.find((use) => use.industry.id === industryId);
}

function UseCell({ use }: { use: Use | undefined }) {
  if (!use) return <span class="muted">Not applied</span>;
  const others = otherKindsSummary(use.findingKinds);
  return (
    <>
      <VerdictBadge verdict={use.verdict} />
      <p class="counts">{effectSummary(use.effects)}{others ? `; not counted: ${others}` : ""}.</p>
    </>
  );
}

function Outcomes({ comparison }: { comparison: Comparison }) {
  const [first, second] = comparison.industries;
  const profiles = comparison.byIndustry;
  const categories = [...new Set(profiles.flatMap((profile) => profile.outcomes.map((outcome) => outcome.category)))].sort();
  if (!first || !second || categories.length === 0) return null;
  const cell = (industryId: string, category: string) => {
    const outcome = profiles.find((profile) => profile.industry.id === industryId)?.outcomes.find((item) => item.category === category);
    if (!outcome) return <span class="muted">No finding</span>;
    const others = otherKindsSummary(outcome.findingKinds);
    return <>{effectSummary(outcome.effects)}{others ? <span class="muted">; not counted: {others}</span> : null}</>;
  };
  return (
    <>
      <h2 id="outcomes-heading">Findings by outcome category</h2>
      <table class="strategy-table outcomes" aria-labelledby="outcomes-heading">
        <thead><tr><th scope="col">Outcome category</th><th scope="col">{first.name}</th><th scope="col">{second.name}</th></tr></thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category}>
              <th scope="row" data-label="Outcome category">{words(category)}</th>
              <td data-label={first.name}>{cell(first.id, category)}</td>
              <td data-label={second.name}>{cell(second.id, category)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
