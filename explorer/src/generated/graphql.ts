/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The direction of an EFFECT finding's result. NO_EFFECT is evidence of no effect; INCONCLUSIVE is no evidence either way. */
export type Effect =
  /** The evidence cannot tell: a confounded trend, or an absence of evidence rather than evidence of absence. */
  | 'INCONCLUSIVE'
  /** Some measures improved and others did not. */
  | 'MIXED'
  /** The outcome moved the wrong way: harm or a backlash. */
  | 'NEGATIVE'
  /** Evidence of no effect: a design that could have shown a change (RCT, quasi-experimental, longitudinal, systematic review) showed none. */
  | 'NO_EFFECT'
  /** The outcome moved in the wanted direction (less harassment, more reporting, more accountability). */
  | 'POSITIVE';

/** Which findings count as evidence. */
export type EvidenceFilter = {
  /** Only findings from these study designs (default: all). */
  designs?: Array<EvidenceKind> | null | undefined;
  /** Only findings of these kinds (default: all; a cell is a gap whatever this says unless it holds an EFFECT finding). */
  findingKinds?: Array<FindingKind> | null | undefined;
  /** Only interventions in one of these industries. */
  industries?: Array<string | number> | null | undefined;
  /** Only interventions in this jurisdiction or in one that lies inside it (PART_OF, at any depth). */
  jurisdiction?: string | number | null | undefined;
  /** Only findings at least this strong. */
  minEvidence?: EvidenceStrength | null | undefined;
  /** Only findings on outcomes of this category. */
  outcomeCategory?: OutcomeCategory | null | undefined;
  /** Only findings from this year on. */
  since?: number | null | undefined;
};

/** The study design behind a finding, from self-reports to randomized trials. */
export type EvidenceKind =
  /** Administrative or press counts (charges filed, lawsuits, resignations), with no comparison group. */
  | 'ADMINISTRATIVE'
  /** A survey at one point in time, or repeated cross-sections; correlational at best. */
  | 'CROSS_SECTIONAL_SURVEY'
  /** Only the enactment or adoption is documented; used for ADOPTION findings only. */
  | 'ENACTMENT_ONLY'
  /** A longitudinal design: a panel, or an interrupted time series. */
  | 'LONGITUDINAL'
  /** A quasi-experimental comparison: difference-in-differences, regression discontinuity, matched comparison. */
  | 'QUASI_EXPERIMENTAL'
  /** A randomized controlled trial. */
  | 'RCT'
  /** A survey drawn to represent a population. */
  | 'REPRESENTATIVE_SURVEY'
  /** A narrative review or expert report (not a systematic review). */
  | 'REVIEW'
  /** Reported by the program or organization itself, without independent checking. */
  | 'SELF_REPORTED'
  /** A systematic review or meta-analysis. */
  | 'SYSTEMATIC_REVIEW';

/** What the columns of an evidence gap map are. JURISDICTION columns are where an intervention took place directly (IN_JURISDICTION), not rolled up into the larger jurisdictions those lie in. */
export type EvidenceMapColumns =
  /** One column per industry. */
  | 'INDUSTRY'
  /** One column per jurisdiction. */
  | 'JURISDICTION'
  /** One column per outcome category. */
  | 'OUTCOME_CATEGORY';

/** What the rows of an evidence gap map are. */
export type EvidenceMapRows =
  /** One row per intervention. */
  | 'INTERVENTION'
  /** One row per policy lever. */
  | 'POLICY_LEVER'
  /** One row per tactic. */
  | 'TACTIC';

/** How strong a finding's evidence is, from ANECDOTAL to STRONG. */
export type EvidenceStrength =
  /** Anecdotal: one account or example. */
  | 'ANECDOTAL'
  /** Limited: a single, small, self-reported or secondary measurement. */
  | 'LIMITED'
  /** Moderate: a sound measurement that cannot attribute the change to the intervention on its own. */
  | 'MODERATE'
  /** Strong: only for RCT, quasi-experimental designs and systematic reviews. */
  | 'STRONG';

/** What a finding is about. Only EFFECT findings count toward a verdict or score. */
export type FindingKind =
  /** The measure was adopted: enactment, uptake, coverage, contracts won, money raised. Says nothing about its effect. */
  | 'ADOPTION'
  /** A change in an outcome associated with or attributed to the intervention. The only kind that counts toward a verdict or score. */
  | 'EFFECT'
  /** Documents how common the problem is in an industry or jurisdiction; not an intervention's effect. */
  | 'PREVALENCE'
  /** An implementation fact: complaints handled, requests for help answered, trainings delivered. */
  | 'PROCESS';

/** The labels of the graph. */
export type NodeLabel =
  /** Finding nodes (ids start with 'finding:'; listed by the root field findings). */
  | 'FINDING'
  /** Industry nodes (ids start with 'industry:'; listed by the root field industries). */
  | 'INDUSTRY'
  /** Intervention nodes (ids start with 'intervention:'; listed by the root field interventions). */
  | 'INTERVENTION'
  /** Jurisdiction nodes (ids start with 'jurisdiction:'; listed by the root field jurisdictions). */
  | 'JURISDICTION'
  /** Organization nodes (ids start with 'org:'; listed by the root field organizations). */
  | 'ORGANIZATION'
  /** Outcome nodes (ids start with 'outcome:'; listed by the root field outcomes). */
  | 'OUTCOME'
  /** Person nodes (ids start with 'person:'; listed by the root field people). */
  | 'PERSON'
  /** PolicyLever nodes (ids start with 'lever:'; listed by the root field policyLevers). */
  | 'POLICY_LEVER'
  /** Source nodes (ids start with 'source:'; listed by the root field sources). */
  | 'SOURCE'
  /** Tactic nodes (ids start with 'tactic:'; listed by the root field tactics). */
  | 'TACTIC';

/** The family an outcome belongs to. */
export type OutcomeCategory =
  /** Harassers or employers held to account. */
  | 'ACCOUNTABILITY'
  /** More knowledge of rights and of the problem. */
  | 'AWARENESS'
  /** Money: pay, settlements, funds. */
  | 'ECONOMIC'
  /** A rule, law or contract changed. */
  | 'POLICY_CHANGE'
  /** More reporting of harassment. */
  | 'REPORTING'
  /** Less harassment or assault; safer work. */
  | 'SAFETY'
  /** Health and wellbeing of workers. */
  | 'WELLBEING';

/** A feature of the work that raises the risk of harassment (after the EEOC 2016 Select Task Force). */
export type RiskFactor =
  /** Alcohol is served or consumed at work. */
  | 'ALCOHOL'
  /** Workers serve customers or guests who are not bound by the employer's rules. */
  | 'CUSTOMER_FACING'
  /** Work is spread over many sites, far from those who could enforce a policy. */
  | 'DECENTRALIZED_WORKPLACE'
  /** Some employees bring in so much money or fame that they are protected. */
  | 'HIGH_VALUE_EMPLOYEES'
  /** One sex or group dominates the workforce. */
  | 'HOMOGENEOUS_WORKFORCE'
  /** Many workers are immigrants, some without papers, for whom reporting is riskier. */
  | 'IMMIGRANT_WORKFORCE'
  /** People work alone or out of sight: hotel rooms, private homes, fields, night shifts. */
  | 'ISOLATED_WORK'
  /** A few people decide others' careers or livelihoods. */
  | 'POWER_DISPARITY'
  /** Pay depends on tips, so on pleasing customers. */
  | 'TIPPED_WAGES'
  /** Many workers are young or in their first job. */
  | 'YOUNG_WORKFORCE';

/** How well a finding is sourced, from the sources it cites (docs/scoring.md). SECONDARY_ONLY and SELF_PUBLISHED_ONLY findings are weakly sourced. */
export type SourcingLevel =
  /** Backed by at least one independent primary source: a law text, an agency's data, a study, a news organization's own investigation. */
  | 'PRIMARY_INDEPENDENT'
  /** No independent primary source: it rests on secondary accounts (news about a study, law-firm summaries, mirrors, reposts), perhaps beside the organization's own account. */
  | 'SECONDARY_ONLY'
  /** Rests only on the organization's own account of its own work (its site, press release or annual report); nothing independent backs it. */
  | 'SELF_PUBLISHED_ONLY'
  /** Some source it cites is not rated yet (or it cites none), and no rated one is an independent primary source. */
  | 'UNRATED';

/** What kind of strategy a result is about. */
export type StrategyKind =
  /** One concrete intervention. */
  | 'INTERVENTION'
  /** A policy lever, such as a panic-button ordinance. */
  | 'POLICY_LEVER'
  /** A tactic, such as worker-led monitoring. */
  | 'TACTIC';

/** What the evidence says, from EFFECT findings only. NO_EVIDENCE (nothing was measured) and NO_EFFECT_FOUND (it was measured, nothing changed) are different answers. */
export type Verdict =
  /** Adopted (enacted, signed, funded), but no effect was measured. */
  | 'ADOPTED_ONLY'
  /** Effect findings point to harm or a backlash. */
  | 'HARMFUL'
  /** Effect findings exist, but none can tell whether it worked (confounded trends, absence of evidence). */
  | 'INCONCLUSIVE'
  /** Effect findings disagree, or are mixed. */
  | 'MIXED_EVIDENCE'
  /** Effect findings from designs that can show an absence found none: evidence of no effect. */
  | 'NO_EFFECT_FOUND'
  /** Applied, but no effect or adoption finding: nobody measured anything. */
  | 'NO_EVIDENCE'
  /** Effect findings point to an effect in the wanted direction. */
  | 'WORKED';

export type ExplorerIndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerIndustriesQuery = { industries: { nodes: Array<{ id: string, name: string }> } };

export type ExplorerJurisdictionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerJurisdictionsQuery = { jurisdictions: { nodes: Array<{ id: string, name: string }> } };

export type ExplorerNodePickerQueryVariables = Exact<{
  text: string;
  labels?: Array<NodeLabel> | NodeLabel | null | undefined;
}>;


export type ExplorerNodePickerQuery = { search: Array<{ node:
      | { summary: string, id: string }
      | { name: string, id: string }
      | { name: string, id: string }
      | { name: string, id: string }
      | { name: string, id: string }
      | { name: string, id: string }
      | { name: string, id: string }
      | { name: string, id: string }
      | { title: string, id: string }
      | { name: string, id: string }
     }> | null };

export type ExplorerCompareQueryVariables = Exact<{
  industries: Array<string | number> | string | number;
}>;


export type ExplorerCompareQuery = { compareStrategies: { industries: Array<{ id: string, name: string }>, strategies: Array<{ kind: StrategyKind, sharedByAll: boolean, strategy:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , usedIn: Array<{ verdict: Verdict, industry: { id: string }, effects: { positive: number, negative: number, mixed: number, noEffect: number, inconclusive: number, total: number }, findingKinds: { effect: number, adoption: number, prevalence: number, process: number, total: number } }> }>, byIndustry: Array<{ industry: { id: string }, outcomes: Array<{ category: OutcomeCategory, effects: { positive: number, negative: number, mixed: number, noEffect: number, inconclusive: number, total: number }, findingKinds: { effect: number, adoption: number, prevalence: number, process: number, total: number } }> }> } | null };

export type ExplorerGapCellFindingsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerGapCellFindingsQuery = { nodes: Array<
    | { kind: FindingKind, evidenceKind: EvidenceKind, evidenceStrength: EvidenceStrength, effect: Effect | null, summary: string, year: number | null, sourcing: SourcingLevel, id: string, intervention: { id: string, name: string } | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type ExplorerGapMapQueryVariables = Exact<{
  rows: EvidenceMapRows;
  columns: EvidenceMapColumns;
  filter?: EvidenceFilter | null | undefined;
}>;


export type ExplorerGapMapQuery = { evidenceMap: { gapCount: number, rows: Array<{ id: string, name: string }>, columns: Array<{ id: string, name: string }>, cells: Array<{ row: string, column: string, isGap: boolean, bestDesign: EvidenceKind | null, bestEvidence: EvidenceStrength | null, weaklySourced: number, findingIds: Array<string>, findingKinds: { effect: number, adoption: number, prevalence: number, process: number, total: number }, effects: { positive: number, negative: number, mixed: number, noEffect: number, inconclusive: number, total: number } }> } | null };

export type ExplorerHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerHomeQuery = { stats: { nodesByLabel: Array<{ key: string, count: number }>, findingsByKind: Array<{ key: string, count: number }> } | null };

export type ExplorerTransferQueryVariables = Exact<{
  industry: string | number;
}>;


export type ExplorerTransferQuery = { transferCandidates: Array<{ score: number, evidence: number, distinctiveness: number, similarity: number, reason: string, intervention: { id: string, name: string }, fromIndustries: Array<{ id: string, name: string }>, newStrategies: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, sharedFactors: Array<{ name: RiskFactor, weight: number, industries: number }>, findings: Array<{ id: string, evidenceKind: EvidenceKind }> }> | null, node:
    | { id: string }
    | { name: string, riskFactors: Array<RiskFactor>, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, verdicts: Array<{ verdict: Verdict, strategy:
      | { id: string }
      | { id: string }
      | { id: string }
     }> | null };

export type ExplorerWhatWorkedQueryVariables = Exact<{
  industry?: string | number | null | undefined;
  jurisdiction?: string | number | null | undefined;
  minEvidence?: EvidenceStrength | null | undefined;
  outcomeCategory?: OutcomeCategory | null | undefined;
  since?: number | null | undefined;
  includeUnevidenced?: boolean | null | undefined;
  kinds?: Array<StrategyKind> | StrategyKind | null | undefined;
  scope: Array<string | number> | string | number;
}>;


export type ExplorerWhatWorkedQuery = { whatWorked: Array<{ kind: StrategyKind, verdict: Verdict, score: number, confidence: number, bestDesign: EvidenceKind | null, bestEvidence: EvidenceStrength | null, newestYear: number | null, explanation: string, weaklySourced: number, sharedFindings: number, effects: { positive: number, negative: number, mixed: number, noEffect: number, inconclusive: number, total: number }, findingKinds: { effect: number, adoption: number, prevalence: number, process: number, total: number }, adoption: { adopted: boolean, summary: string }, strategy:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> | null, nodes: Array<
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExplorerIndustriesDocument = new TypedDocumentString(`
    query ExplorerIndustries {
  industries(first: 100, orderBy: {field: NAME}) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerIndustriesQuery, ExplorerIndustriesQueryVariables>;
export const ExplorerJurisdictionsDocument = new TypedDocumentString(`
    query ExplorerJurisdictions {
  jurisdictions(first: 100, orderBy: {field: NAME}) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerJurisdictionsQuery, ExplorerJurisdictionsQueryVariables>;
export const ExplorerNodePickerDocument = new TypedDocumentString(`
    query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {
  search(text: $text, labels: $labels, first: 8) {
    node {
      id
      ... on Strategy {
        name
      }
      ... on Industry {
        name
      }
      ... on Organization {
        name
      }
      ... on Person {
        name
      }
      ... on Jurisdiction {
        name
      }
      ... on Outcome {
        name
      }
      ... on Source {
        title
      }
      ... on Finding {
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNodePickerQuery, ExplorerNodePickerQueryVariables>;
export const ExplorerCompareDocument = new TypedDocumentString(`
    query ExplorerCompare($industries: [ID!]!) {
  compareStrategies(industries: $industries) {
    industries {
      id
      name
    }
    strategies {
      kind
      sharedByAll
      strategy {
        id
        name
      }
      usedIn {
        industry {
          id
        }
        verdict
        effects {
          positive
          negative
          mixed
          noEffect
          inconclusive
          total
        }
        findingKinds {
          effect
          adoption
          prevalence
          process
          total
        }
      }
    }
    byIndustry {
      industry {
        id
      }
      outcomes {
        category
        effects {
          positive
          negative
          mixed
          noEffect
          inconclusive
          total
        }
        findingKinds {
          effect
          adoption
          prevalence
          process
          total
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerCompareQuery, ExplorerCompareQueryVariables>;
export const ExplorerGapCellFindingsDocument = new TypedDocumentString(`
    query ExplorerGapCellFindings($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Finding {
      kind
      evidenceKind
      evidenceStrength
      effect
      summary
      year
      sourcing
      intervention {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerGapCellFindingsQuery, ExplorerGapCellFindingsQueryVariables>;
export const ExplorerGapMapDocument = new TypedDocumentString(`
    query ExplorerGapMap($rows: EvidenceMapRows!, $columns: EvidenceMapColumns!, $filter: EvidenceFilter) {
  evidenceMap(rows: $rows, columns: $columns, filter: $filter) {
    gapCount
    rows {
      id
      name
    }
    columns {
      id
      name
    }
    cells {
      row
      column
      isGap
      bestDesign
      bestEvidence
      weaklySourced
      findingIds
      findingKinds {
        effect
        adoption
        prevalence
        process
        total
      }
      effects {
        positive
        negative
        mixed
        noEffect
        inconclusive
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerGapMapQuery, ExplorerGapMapQueryVariables>;
export const ExplorerHomeDocument = new TypedDocumentString(`
    query ExplorerHome {
  stats {
    nodesByLabel {
      key
      count
    }
    findingsByKind {
      key
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerHomeQuery, ExplorerHomeQueryVariables>;
export const ExplorerTransferDocument = new TypedDocumentString(`
    query ExplorerTransfer($industry: ID!) {
  transferCandidates(industry: $industry, first: 20) {
    score
    evidence
    distinctiveness
    similarity
    reason
    intervention {
      id
      name
    }
    fromIndustries {
      id
      name
    }
    newStrategies {
      id
      name
    }
    sharedFactors {
      name
      weight
      industries
    }
    findings {
      id
      evidenceKind
    }
  }
  node(id: $industry) {
    id
    ... on Industry {
      name
      riskFactors
    }
  }
  verdicts: whatWorked(
    kinds: [INTERVENTION]
    includeUnevidenced: false
    first: 100
  ) {
    verdict
    strategy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerTransferQuery, ExplorerTransferQueryVariables>;
export const ExplorerWhatWorkedDocument = new TypedDocumentString(`
    query ExplorerWhatWorked($industry: ID, $jurisdiction: ID, $minEvidence: EvidenceStrength, $outcomeCategory: OutcomeCategory, $since: Int, $includeUnevidenced: Boolean, $kinds: [StrategyKind!], $scope: [ID!]!) {
  whatWorked(
    industry: $industry
    jurisdiction: $jurisdiction
    minEvidence: $minEvidence
    outcomeCategory: $outcomeCategory
    since: $since
    includeUnevidenced: $includeUnevidenced
    kinds: $kinds
    first: 100
  ) {
    kind
    verdict
    score
    confidence
    bestDesign
    bestEvidence
    newestYear
    explanation
    weaklySourced
    sharedFindings
    effects {
      positive
      negative
      mixed
      noEffect
      inconclusive
      total
    }
    findingKinds {
      effect
      adoption
      prevalence
      process
      total
    }
    adoption {
      adopted
      summary
    }
    strategy {
      id
      name
    }
  }
  nodes(ids: $scope) {
    id
    ... on Industry {
      name
    }
    ... on Jurisdiction {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerWhatWorkedQuery, ExplorerWhatWorkedQueryVariables>;