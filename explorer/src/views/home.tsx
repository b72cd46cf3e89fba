// The landing view: what the explorer is, where each view leads, and what the graph holds (one request).
import { useQuery } from "../api";
import { graphql } from "../generated";
import { labelOfTypename } from "../labels";
import { href } from "../router";
import { PageTitle, QueryView } from "../ui";

const HomeStats = graphql(`
  query ExplorerHome {
    stats {
      nodesByLabel { key count }
      findingsByKind { key count }
    }
  }
`);

export function HomeView() {
  const state = useQuery(HomeStats, {});
  return (
    <section>
      <PageTitle>Which interventions worked where</PageTitle>
      <p class="lead">
        Industries, organizations, tactics, policy levers, interventions and the findings and sources that evidence
        them. A finding says what kind of claim it is — an effect, an adoption, a prevalence figure — and on what
        design; adoption is never shown as proof that something worked.
      </p>
      <ul class="view-list">
        <li><a href={href("search")}>Search</a> the graph and open any node's page and evidence.</li>
        <li><a href={href("graph")}>Graph</a>: a node's neighbourhood as a picture, expanded by click.</li>
        <li><a href={href("path")}>Paths</a> between two nodes, with the citation of each hop.</li>
        <li><a href={href("gaps")}>Gap map</a>: strategies against industries, outcomes or places, coloured by the best design.</li>
        <li><a href={href("worked")}>What worked</a> in an industry, <a href={href("compare")}>compare</a> two industries, and <a href={href("transfer")}>transfer</a> candidates.</li>
      </ul>
      <h2>In this graph</h2>
      <QueryView state={state} what="the graph's counts">
        {(data) => data.stats ? (
          <table class="counts">
            <caption>Nodes by label</caption>
            <thead><tr><th scope="col">Label</th><th scope="col">Nodes</th></tr></thead>
            <tbody>
              {data.stats.nodesByLabel.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{labelOfTypename(row.key)?.plural ?? row.key}</th>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </QueryView>
    </section>
  );
}
