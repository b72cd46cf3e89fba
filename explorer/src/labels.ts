// What the explorer knows about node labels: display names, id prefixes and one colour each, shared by badges,
// the graph's nodes and its legend. Colours keep white text readable (contrast >= 4.5:1).
import type { NodeLabel } from "./generated/schema";

export interface LabelInfo {
  readonly label: NodeLabel;
  readonly name: string;
  readonly plural: string;
  readonly prefix: string;
  readonly colour: string;
}

export const LABELS: readonly LabelInfo[] = [
  { label: "INDUSTRY", name: "Industry", plural: "Industries", prefix: "industry", colour: "#1f5f99" },
  { label: "ORGANIZATION", name: "Organization", plural: "Organizations", prefix: "org", colour: "#6b3fa0" },
  { label: "PERSON", name: "Person", plural: "People", prefix: "person", colour: "#8a4b08" },
  { label: "TACTIC", name: "Tactic", plural: "Tactics", prefix: "tactic", colour: "#0f6e5a" },
  { label: "POLICY_LEVER", name: "Policy lever", plural: "Policy levers", prefix: "lever", colour: "#9c2f5e" },
  { label: "INTERVENTION", name: "Intervention", plural: "Interventions", prefix: "intervention", colour: "#b3261e" },
  { label: "JURISDICTION", name: "Jurisdiction", plural: "Jurisdictions", prefix: "jurisdiction", colour: "#4d5b12" },
  { label: "FINDING", name: "Finding", plural: "Findings", prefix: "finding", colour: "#205e6e" },
  { label: "OUTCOME", name: "Outcome", plural: "Outcomes", prefix: "outcome", colour: "#5c4a1e" },
  { label: "SOURCE", name: "Source", plural: "Sources", prefix: "source", colour: "#4a4f57" },
];

const byLabel = new Map(LABELS.map((info) => [info.label, info]));
const byPrefix = new Map(LABELS.map((info) => [info.prefix, info]));
const byTypename = new Map(LABELS.map((info) => [info.name.replace(" ", ""), info]));

export function labelInfo(label: NodeLabel): LabelInfo {
  return byLabel.get(label) ?? LABELS[0]!;
}

/** The label of a global id such as "industry:film_tv", from its prefix; undefined when the prefix is unknown. */
export function labelOfId(id: string): LabelInfo | undefined {
  return byPrefix.get(id.slice(0, id.indexOf(":")));
}

/** The label of a GraphQL __typename such as "PolicyLever". */
export function labelOfTypename(typename: string): LabelInfo | undefined {
  return byTypename.get(typename);
}
