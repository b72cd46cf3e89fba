/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerIndustries {\n    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n": typeof types.ExplorerIndustriesDocument,
    "\n  query ExplorerJurisdictions {\n    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n": typeof types.ExplorerJurisdictionsDocument,
    "\n  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {\n    search(text: $text, labels: $labels, first: 8) {\n      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    }\n  }\n": typeof types.ExplorerNodePickerDocument,
    "\n  query ExplorerNeighborhood($id: ID!, $depth: Int, $labels: [NodeLabel!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, labels: $labels, limit: $limit) {\n      truncated\n      nodes { id __typename ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      edges { id from to type properties { name value } }\n    }\n  }\n": typeof types.ExplorerNeighborhoodDocument,
    "\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n": typeof types.ExplorerHomeDocument,
    "\n  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $throughHubs: Boolean) {\n    start: node(id: $from) { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    end: node(id: $to) { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    paths(from: $from, to: $to, maxHops: $maxHops, throughHubs: $throughHubs, first: 5) {\n      length\n      nodes { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      hops {\n        forward meaning relationship\n        from { id }\n        to { id }\n        properties { name value }\n        sources { id title type publisher publishedOn }\n      }\n    }\n  }\n": typeof types.ExplorerPathsDocument,
};
const documents: Documents = {
    "\n  query ExplorerIndustries {\n    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n": types.ExplorerIndustriesDocument,
    "\n  query ExplorerJurisdictions {\n    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n": types.ExplorerJurisdictionsDocument,
    "\n  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {\n    search(text: $text, labels: $labels, first: 8) {\n      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    }\n  }\n": types.ExplorerNodePickerDocument,
    "\n  query ExplorerNeighborhood($id: ID!, $depth: Int, $labels: [NodeLabel!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, labels: $labels, limit: $limit) {\n      truncated\n      nodes { id __typename ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      edges { id from to type properties { name value } }\n    }\n  }\n": types.ExplorerNeighborhoodDocument,
    "\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n": types.ExplorerHomeDocument,
    "\n  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $throughHubs: Boolean) {\n    start: node(id: $from) { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    end: node(id: $to) { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    paths(from: $from, to: $to, maxHops: $maxHops, throughHubs: $throughHubs, first: 5) {\n      length\n      nodes { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      hops {\n        forward meaning relationship\n        from { id }\n        to { id }\n        properties { name value }\n        sources { id title type publisher publishedOn }\n      }\n    }\n  }\n": types.ExplorerPathsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerIndustries {\n    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n"): typeof import('./graphql').ExplorerIndustriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerJurisdictions {\n    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n"): typeof import('./graphql').ExplorerJurisdictionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {\n    search(text: $text, labels: $labels, first: 8) {\n      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    }\n  }\n"): typeof import('./graphql').ExplorerNodePickerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighborhood($id: ID!, $depth: Int, $labels: [NodeLabel!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, labels: $labels, limit: $limit) {\n      truncated\n      nodes { id __typename ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      edges { id from to type properties { name value } }\n    }\n  }\n"): typeof import('./graphql').ExplorerNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n"): typeof import('./graphql').ExplorerHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $throughHubs: Boolean) {\n    start: node(id: $from) { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    end: node(id: $to) { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    paths(from: $from, to: $to, maxHops: $maxHops, throughHubs: $throughHubs, first: 5) {\n      length\n      nodes { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      hops {\n        forward meaning relationship\n        from { id }\n        to { id }\n        properties { name value }\n        sources { id title type publisher publishedOn }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerPathsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
