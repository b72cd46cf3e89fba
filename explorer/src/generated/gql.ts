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
    "\n  query ExplorerCompare($industries: [ID!]!) {\n    compareStrategies(industries: $industries) {\n      industries { id name }\n      strategies {\n        kind sharedByAll\n        strategy { id name }\n        usedIn {\n          industry { id }\n          verdict\n          effects { positive negative mixed noEffect inconclusive total }\n          findingKinds { effect adoption prevalence process total }\n        }\n      }\n      byIndustry {\n        industry { id }\n        outcomes { category effects { positive negative mixed noEffect inconclusive total } findingKinds { effect adoption prevalence process total } }\n      }\n    }\n  }\n": typeof types.ExplorerCompareDocument,
    "\n  query ExplorerGapCellFindings($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Finding {\n        kind evidenceKind evidenceStrength effect summary year sourcing\n        intervention { id name }\n      }\n    }\n  }\n": typeof types.ExplorerGapCellFindingsDocument,
    "\n  query ExplorerGapMap($rows: EvidenceMapRows!, $columns: EvidenceMapColumns!, $filter: EvidenceFilter) {\n    evidenceMap(rows: $rows, columns: $columns, filter: $filter) {\n      gapCount\n      rows { id name }\n      columns { id name }\n      cells {\n        row column isGap bestDesign bestEvidence weaklySourced findingIds\n        findingKinds { effect adoption prevalence process total }\n        effects { positive negative mixed noEffect inconclusive total }\n      }\n    }\n  }\n": typeof types.ExplorerGapMapDocument,
    "\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n": typeof types.ExplorerHomeDocument,
    "\n  query ExplorerTransfer($industry: ID!) {\n    transferCandidates(industry: $industry, first: 20) {\n      score evidence distinctiveness similarity reason\n      intervention { id name }\n      fromIndustries { id name }\n      newStrategies { id name }\n      sharedFactors { name weight industries }\n      findings { id evidenceKind }\n    }\n    node(id: $industry) { id ... on Industry { name riskFactors } }\n    verdicts: whatWorked(kinds: [INTERVENTION], includeUnevidenced: false, first: 100) { verdict strategy { id } }\n  }\n": typeof types.ExplorerTransferDocument,
    "\n  query ExplorerWhatWorked(\n    $industry: ID, $jurisdiction: ID, $minEvidence: EvidenceStrength, $outcomeCategory: OutcomeCategory, $since: Int,\n    $includeUnevidenced: Boolean, $kinds: [StrategyKind!], $scope: [ID!]!\n  ) {\n    whatWorked(\n      industry: $industry, jurisdiction: $jurisdiction, minEvidence: $minEvidence, outcomeCategory: $outcomeCategory,\n      since: $since, includeUnevidenced: $includeUnevidenced, kinds: $kinds, first: 100\n    ) {\n      kind verdict score confidence bestDesign bestEvidence newestYear explanation weaklySourced sharedFindings\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { adopted summary }\n      strategy { id name }\n    }\n    nodes(ids: $scope) { id ... on Industry { name } ... on Jurisdiction { name } }\n  }\n": typeof types.ExplorerWhatWorkedDocument,
};
const documents: Documents = {
    "\n  query ExplorerIndustries {\n    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n": types.ExplorerIndustriesDocument,
    "\n  query ExplorerJurisdictions {\n    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n": types.ExplorerJurisdictionsDocument,
    "\n  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {\n    search(text: $text, labels: $labels, first: 8) {\n      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    }\n  }\n": types.ExplorerNodePickerDocument,
    "\n  query ExplorerCompare($industries: [ID!]!) {\n    compareStrategies(industries: $industries) {\n      industries { id name }\n      strategies {\n        kind sharedByAll\n        strategy { id name }\n        usedIn {\n          industry { id }\n          verdict\n          effects { positive negative mixed noEffect inconclusive total }\n          findingKinds { effect adoption prevalence process total }\n        }\n      }\n      byIndustry {\n        industry { id }\n        outcomes { category effects { positive negative mixed noEffect inconclusive total } findingKinds { effect adoption prevalence process total } }\n      }\n    }\n  }\n": types.ExplorerCompareDocument,
    "\n  query ExplorerGapCellFindings($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Finding {\n        kind evidenceKind evidenceStrength effect summary year sourcing\n        intervention { id name }\n      }\n    }\n  }\n": types.ExplorerGapCellFindingsDocument,
    "\n  query ExplorerGapMap($rows: EvidenceMapRows!, $columns: EvidenceMapColumns!, $filter: EvidenceFilter) {\n    evidenceMap(rows: $rows, columns: $columns, filter: $filter) {\n      gapCount\n      rows { id name }\n      columns { id name }\n      cells {\n        row column isGap bestDesign bestEvidence weaklySourced findingIds\n        findingKinds { effect adoption prevalence process total }\n        effects { positive negative mixed noEffect inconclusive total }\n      }\n    }\n  }\n": types.ExplorerGapMapDocument,
    "\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n": types.ExplorerHomeDocument,
    "\n  query ExplorerTransfer($industry: ID!) {\n    transferCandidates(industry: $industry, first: 20) {\n      score evidence distinctiveness similarity reason\n      intervention { id name }\n      fromIndustries { id name }\n      newStrategies { id name }\n      sharedFactors { name weight industries }\n      findings { id evidenceKind }\n    }\n    node(id: $industry) { id ... on Industry { name riskFactors } }\n    verdicts: whatWorked(kinds: [INTERVENTION], includeUnevidenced: false, first: 100) { verdict strategy { id } }\n  }\n": types.ExplorerTransferDocument,
    "\n  query ExplorerWhatWorked(\n    $industry: ID, $jurisdiction: ID, $minEvidence: EvidenceStrength, $outcomeCategory: OutcomeCategory, $since: Int,\n    $includeUnevidenced: Boolean, $kinds: [StrategyKind!], $scope: [ID!]!\n  ) {\n    whatWorked(\n      industry: $industry, jurisdiction: $jurisdiction, minEvidence: $minEvidence, outcomeCategory: $outcomeCategory,\n      since: $since, includeUnevidenced: $includeUnevidenced, kinds: $kinds, first: 100\n    ) {\n      kind verdict score confidence bestDesign bestEvidence newestYear explanation weaklySourced sharedFindings\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { adopted summary }\n      strategy { id name }\n    }\n    nodes(ids: $scope) { id ... on Industry { name } ... on Jurisdiction { name } }\n  }\n": types.ExplorerWhatWorkedDocument,
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
export function graphql(source: "\n  query ExplorerCompare($industries: [ID!]!) {\n    compareStrategies(industries: $industries) {\n      industries { id name }\n      strategies {\n        kind sharedByAll\n        strategy { id name }\n        usedIn {\n          industry { id }\n          verdict\n          effects { positive negative mixed noEffect inconclusive total }\n          findingKinds { effect adoption prevalence process total }\n        }\n      }\n      byIndustry {\n        industry { id }\n        outcomes { category effects { positive negative mixed noEffect inconclusive total } findingKinds { effect adoption prevalence process total } }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerCompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerGapCellFindings($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Finding {\n        kind evidenceKind evidenceStrength effect summary year sourcing\n        intervention { id name }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerGapCellFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerGapMap($rows: EvidenceMapRows!, $columns: EvidenceMapColumns!, $filter: EvidenceFilter) {\n    evidenceMap(rows: $rows, columns: $columns, filter: $filter) {\n      gapCount\n      rows { id name }\n      columns { id name }\n      cells {\n        row column isGap bestDesign bestEvidence weaklySourced findingIds\n        findingKinds { effect adoption prevalence process total }\n        effects { positive negative mixed noEffect inconclusive total }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerGapMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n"): typeof import('./graphql').ExplorerHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerTransfer($industry: ID!) {\n    transferCandidates(industry: $industry, first: 20) {\n      score evidence distinctiveness similarity reason\n      intervention { id name }\n      fromIndustries { id name }\n      newStrategies { id name }\n      sharedFactors { name weight industries }\n      findings { id evidenceKind }\n    }\n    node(id: $industry) { id ... on Industry { name riskFactors } }\n    verdicts: whatWorked(kinds: [INTERVENTION], includeUnevidenced: false, first: 100) { verdict strategy { id } }\n  }\n"): typeof import('./graphql').ExplorerTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerWhatWorked(\n    $industry: ID, $jurisdiction: ID, $minEvidence: EvidenceStrength, $outcomeCategory: OutcomeCategory, $since: Int,\n    $includeUnevidenced: Boolean, $kinds: [StrategyKind!], $scope: [ID!]!\n  ) {\n    whatWorked(\n      industry: $industry, jurisdiction: $jurisdiction, minEvidence: $minEvidence, outcomeCategory: $outcomeCategory,\n      since: $since, includeUnevidenced: $includeUnevidenced, kinds: $kinds, first: 100\n    ) {\n      kind verdict score confidence bestDesign bestEvidence newestYear explanation weaklySourced sharedFindings\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { adopted summary }\n      strategy { id name }\n    }\n    nodes(ids: $scope) { id ... on Industry { name } ... on Jurisdiction { name } }\n  }\n"): typeof import('./graphql').ExplorerWhatWorkedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
