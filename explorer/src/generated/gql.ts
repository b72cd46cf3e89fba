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
    "\n  fragment EvidenceFinding on Finding {\n    id summary kind effect evidenceKind evidenceStrength year sourcing sourcingNote\n    sources(first: 20) { nodes { id title url type kind publisher publishedOn } }\n  }\n": typeof types.EvidenceFindingFragmentDoc,
    "\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n": typeof types.ExplorerHomeDocument,
    "\n  query ExplorerNode($id: ID!, $strategy: Boolean!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Industry { name description naicsCode riskFactors }\n      ... on Organization { name description organizationKind: kind founded website }\n      ... on Person { name description }\n      ... on Tactic { name description tacticCategory: category }\n      ... on PolicyLever { name description leverKind: kind }\n      ... on Intervention { name description status legalStatus startYear endYear proposedOn enactedOn inForceOn endedOn }\n      ... on Jurisdiction { name code level }\n      ... on Outcome { name description outcomeCategory: category }\n      ... on Finding {\n        summary findingKind: kind effect evidenceKind evidenceStrength measure value baseline year sourcing sourcingNote\n        sources(first: 50) { totalCount nodes { id title url type kind publisher publishedOn } }\n      }\n      ... on Source { title url type sourceKind: kind publisher publishedOn primary quote note }\n    }\n    neighborhood(id: $id, depth: 1, limit: 300) {\n      truncated\n      nodes { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      edges { id type from to properties { name value } }\n    }\n    strategyEvidence(id: $id) @include(if: $strategy) {\n      kind verdict score confidence explanation weaklySourced sharedFindings appliedInScope\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { summary }\n      sharedWith { id name }\n      findings { ...EvidenceFinding }\n      adoptions { ...EvidenceFinding }\n      prevalence { ...EvidenceFinding }\n      process { ...EvidenceFinding }\n    }\n  }\n": typeof types.ExplorerNodeDocument,
    "\n  query ExplorerSearch($text: String!, $labels: [NodeLabel!], $first: Int!, $after: String) {\n    searchConnection(text: $text, labels: $labels, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        score\n        snippet\n        node { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
};
const documents: Documents = {
    "\n  query ExplorerIndustries {\n    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n": types.ExplorerIndustriesDocument,
    "\n  query ExplorerJurisdictions {\n    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n": types.ExplorerJurisdictionsDocument,
    "\n  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {\n    search(text: $text, labels: $labels, first: 8) {\n      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    }\n  }\n": types.ExplorerNodePickerDocument,
    "\n  fragment EvidenceFinding on Finding {\n    id summary kind effect evidenceKind evidenceStrength year sourcing sourcingNote\n    sources(first: 20) { nodes { id title url type kind publisher publishedOn } }\n  }\n": types.EvidenceFindingFragmentDoc,
    "\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n": types.ExplorerHomeDocument,
    "\n  query ExplorerNode($id: ID!, $strategy: Boolean!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Industry { name description naicsCode riskFactors }\n      ... on Organization { name description organizationKind: kind founded website }\n      ... on Person { name description }\n      ... on Tactic { name description tacticCategory: category }\n      ... on PolicyLever { name description leverKind: kind }\n      ... on Intervention { name description status legalStatus startYear endYear proposedOn enactedOn inForceOn endedOn }\n      ... on Jurisdiction { name code level }\n      ... on Outcome { name description outcomeCategory: category }\n      ... on Finding {\n        summary findingKind: kind effect evidenceKind evidenceStrength measure value baseline year sourcing sourcingNote\n        sources(first: 50) { totalCount nodes { id title url type kind publisher publishedOn } }\n      }\n      ... on Source { title url type sourceKind: kind publisher publishedOn primary quote note }\n    }\n    neighborhood(id: $id, depth: 1, limit: 300) {\n      truncated\n      nodes { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      edges { id type from to properties { name value } }\n    }\n    strategyEvidence(id: $id) @include(if: $strategy) {\n      kind verdict score confidence explanation weaklySourced sharedFindings appliedInScope\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { summary }\n      sharedWith { id name }\n      findings { ...EvidenceFinding }\n      adoptions { ...EvidenceFinding }\n      prevalence { ...EvidenceFinding }\n      process { ...EvidenceFinding }\n    }\n  }\n": types.ExplorerNodeDocument,
    "\n  query ExplorerSearch($text: String!, $labels: [NodeLabel!], $first: Int!, $after: String) {\n    searchConnection(text: $text, labels: $labels, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        score\n        snippet\n        node { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      }\n    }\n  }\n": types.ExplorerSearchDocument,
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
export function graphql(source: "\n  fragment EvidenceFinding on Finding {\n    id summary kind effect evidenceKind evidenceStrength year sourcing sourcingNote\n    sources(first: 20) { nodes { id title url type kind publisher publishedOn } }\n  }\n"): typeof import('./graphql').EvidenceFindingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n"): typeof import('./graphql').ExplorerHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNode($id: ID!, $strategy: Boolean!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Industry { name description naicsCode riskFactors }\n      ... on Organization { name description organizationKind: kind founded website }\n      ... on Person { name description }\n      ... on Tactic { name description tacticCategory: category }\n      ... on PolicyLever { name description leverKind: kind }\n      ... on Intervention { name description status legalStatus startYear endYear proposedOn enactedOn inForceOn endedOn }\n      ... on Jurisdiction { name code level }\n      ... on Outcome { name description outcomeCategory: category }\n      ... on Finding {\n        summary findingKind: kind effect evidenceKind evidenceStrength measure value baseline year sourcing sourcingNote\n        sources(first: 50) { totalCount nodes { id title url type kind publisher publishedOn } }\n      }\n      ... on Source { title url type sourceKind: kind publisher publishedOn primary quote note }\n    }\n    neighborhood(id: $id, depth: 1, limit: 300) {\n      truncated\n      nodes { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      edges { id type from to properties { name value } }\n    }\n    strategyEvidence(id: $id) @include(if: $strategy) {\n      kind verdict score confidence explanation weaklySourced sharedFindings appliedInScope\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { summary }\n      sharedWith { id name }\n      findings { ...EvidenceFinding }\n      adoptions { ...EvidenceFinding }\n      prevalence { ...EvidenceFinding }\n      process { ...EvidenceFinding }\n    }\n  }\n"): typeof import('./graphql').ExplorerNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($text: String!, $labels: [NodeLabel!], $first: Int!, $after: String) {\n    searchConnection(text: $text, labels: $labels, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        score\n        snippet\n        node { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerSearchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
