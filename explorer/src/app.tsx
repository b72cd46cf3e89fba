// The explorer's frame: a header with the views, and the view the URL names.
import { useEffect } from "preact/hooks";
import { href, type Route, useRoute, type View } from "./router";
import { CompareView } from "./views/compare";
import { GapMapView } from "./views/gaps";
import { GraphView } from "./views/graph";
import { HomeView } from "./views/home";
import { NodeView } from "./views/node";
import { PathView } from "./views/path";
import { SearchView } from "./views/search";
import { TransferView } from "./views/transfer";
import { WhatWorkedView } from "./views/worked";

const NAV: readonly [View, string][] = [
  ["search", "Search"],
  ["graph", "Graph"],
  ["path", "Paths"],
  ["gaps", "Gap map"],
  ["worked", "What worked"],
  ["compare", "Compare"],
  ["transfer", "Transfer"],
];

export function App() {
  const route = useRoute();
  useEffect(() => {
    // After a move, bring keyboard and screen-reader focus to the new view's heading.
    document.querySelector<HTMLElement>(".page-title")?.focus({ preventScroll: true });
  }, [route.view, route.id]);
  return (
    <>
      <a class="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById("main")?.focus(); }}>Skip to content</a>
      <header class="site-header">
        <a class="brand" href={href("home")}>KnowledgeGraph explorer</a>
        <nav aria-label="Views">
          <ul>
            {NAV.map(([view, name]) => (
              <li key={view}><a href={href(view)} aria-current={route.view === view || (view === "search" && route.view === "node") ? "page" : undefined}>{name}</a></li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Current route={route} />
      </main>
      <footer class="site-footer">
        Read from this server's <a href="../graphql">GraphQL API</a>. <a href="THIRD-PARTY-NOTICES.txt">Third-party notices</a>.
      </footer>
    </>
  );
}

function Current({ route }: { route: Route }) {
  switch (route.view) {
    case "search": return <SearchView route={route} />;
    case "node": return <NodeView route={route} />;
    case "graph": return <GraphView route={route} />;
    case "path": return <PathView route={route} />;
    case "gaps": return <GapMapView route={route} />;
    case "worked": return <WhatWorkedView route={route} />;
    case "compare": return <CompareView route={route} />;
    case "transfer": return <TransferView route={route} />;
    default: return <HomeView />;
  }
}
