// Placeholder until this view is built; it names itself so a test can tell.
import type { Route } from "../router";
import { Empty, PageTitle } from "../ui";

export function GraphView(_props: { route: Route }) {
  return <section><PageTitle>GraphView</PageTitle><Empty>This view is not built yet.</Empty></section>;
}
