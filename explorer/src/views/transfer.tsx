// Transfer candidates: interventions that worked in industries sharing this industry's risk factors and bring
// strategies not applied here, with the shared factors (and how distinctive each is), where they come from, their
// verdict and what they would bring. One request: transferCandidates, the industry's own risk factors, and the
// interventions' verdicts from whatWorked (TransferCandidate carries no verdict of its own).
import { useQuery } from "../api";
import { graphql } from "../generated";
import type { ExplorerTransferQuery } from "../generated/graphql";
import type { Verdict } from "../generated/schema";
import { IndustrySelect } from "../pickers";
import { href, navigate, type Route } from "../router";
import { Badge, Empty, NodeLink, PageTitle, QueryView } from "../ui";
import { riskFactorWords, VerdictBadge } from "./verdicts";

const Transfer = graphql(`
  query ExplorerTransfer($industry: ID!) {
    transferCandidates(industry: $industry, first: 20) {
      score evidence distinctiveness similarity reason
      intervention { id name }
      fromIndustries { id name }
      newStrategies { id name }
      sharedFactors { name weight industries }
      findings { id evidenceKind }
    }
    node(id: $industry) { id ... on Industry { name riskFactors } }
    verdicts: whatWorked(kinds: [INTERVENTION], includeUnevidenced: false, first: 100) { verdict strategy { id } }
  }
`);

type Candidate = NonNullable<ExplorerTransferQuery["transferCandidates"]>[number];

export function TransferView({ route }: { route: Route }) {
  const industry = route.params.get("industry") ?? "";
  const state = useQuery(Transfer, industry ? { industry } : null);
  return (
    <section class="strategy-view">
      <PageTitle>Transfer candidates</PageTitle>
      <p class="lead">
        Interventions with positive effect evidence in industries that share this industry's harassment risk factors,
        and that bring tactics or policy levers not applied here yet. The rarer a shared risk factor, the more it
        weighs; a factor every industry has says nothing.
      </p>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <IndustrySelect label="Industry" value={industry} none="Choose an industry…" onChange={(id) => navigate(href("transfer", undefined, { industry: id }))} />
      </form>
      {!industry
        ? <Empty>Choose an industry to see what worked elsewhere under the same risks.</Empty>
        : (
          <QueryView state={state} what="the transfer candidates">
            {(data) => {
              const own = data.node && "riskFactors" in data.node ? data.node : null;
              const verdicts = new Map((data.verdicts ?? []).map((result) => [result.strategy.id, result.verdict]));
              return (
                <>
                  {own
                    ? (
                      <p class="own-factors">
                        <strong>{own.name}</strong>: {own.riskFactors.length === 0
                          ? "no risk factors recorded, so no industry can be matched to it."
                          : <>risk factors {own.riskFactors.map((factor) => <span key={factor} class="badge risk-factor">{riskFactorWords(factor)}</span>)}</>}
                      </p>
                    )
                    : null}
                  <Candidates candidates={data.transferCandidates ?? []} verdicts={verdicts} name={own?.name ?? industry} />
                  <p class="hint">What the industry itself has tried: <a href={href("worked", undefined, { industry })}>what worked in {own?.name ?? industry}</a>.</p>
                </>
              );
            }}
          </QueryView>
        )}
    </section>
  );
}

function Candidates({ candidates, verdicts, name }: { candidates: readonly Candidate[]; verdicts: ReadonlyMap<string, Verdict>; name: string }) {
  if (candidates.length === 0) {
    return <Empty>No transfer candidate for {name}: no intervention with positive effect evidence in an industry sharing its risk factors brings a strategy not applied here.</Empty>;
  }
  return (
    <table class="strategy-table transfer">
      <caption>{candidates.length} candidate{candidates.length === 1 ? "" : "s"} for {name}, ranked by effect evidence × (1 + distinctiveness of the shared risk factors)</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Intervention and where it worked</th>
          <th scope="col">Shared risk factors</th>
          <th scope="col">Why it is a candidate</th>
          <th scope="col">What it would bring</th>
        </tr>
      </thead>
      <tbody>
        {candidates.map((candidate, index) => {
          const verdict = verdicts.get(candidate.intervention.id);
          const positive = candidate.findings.length;
          return (
            <tr key={candidate.intervention.id} data-id={candidate.intervention.id}>
              <td data-label="Rank" class="rank">{index + 1}</td>
              <th scope="row" data-label="Intervention">
                <NodeLink id={candidate.intervention.id} name={candidate.intervention.name} />
                <p class="from">
                  From {candidate.fromIndustries.map((from, at) => (
                    <span key={from.id}>{at > 0 ? ", " : ""}<a href={href("node", from.id)}>{from.name}</a></span>
                  ))}
                </p>
                <p>{verdict ? <VerdictBadge verdict={verdict} /> : <span class="muted">Verdict on its page</span>}</p>
              </th>
              <td data-label="Shared risk factors">
                <ul class="factors">
                  {candidate.sharedFactors.map((factor) => (
                    <li key={factor.name}>
                      <span class="badge risk-factor">{riskFactorWords(factor.name)}</span>{" "}
                      <span class="muted">
                        {factor.weight > 0 ? `weight ${factor.weight.toFixed(2)}` : "weight 0: every industry has it"}, {factor.industries} industr{factor.industries === 1 ? "y" : "ies"}
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
              <td data-label="Why">
                <p class="reason">{candidate.reason}</p>
                <p class="numbers">
                  {positive} positive effect finding{positive === 1 ? "" : "s"}; net effect evidence {candidate.evidence.toFixed(3)},
                  distinctiveness {candidate.distinctiveness.toFixed(3)}, score {candidate.score.toFixed(3)}
                  {" "}(risk-factor similarity {Math.round(candidate.similarity * 100)}%, not scored)
                </p>
                <p class="designs">Designs: {designs(candidate.findings).map(([design, count]) => (
                  <span key={design} class="design-count"><Badge kind="design" value={design} />{count > 1 ? `×${count}` : ""}</span>
                ))}</p>
              </td>
              <td data-label="Would bring">
                <ul class="brings">
                  {candidate.newStrategies.map((strategy) => <li key={strategy.id}><NodeLink id={strategy.id} name={strategy.name} /></li>)}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The designs of a candidate's findings with how many findings each, most first. */
function designs(findings: Candidate["findings"]): [string, number][] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.evidenceKind, (counts.get(finding.evidenceKind) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1]);
}
