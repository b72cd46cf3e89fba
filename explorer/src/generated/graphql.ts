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

/** Where an intervention stands as a program. */
export type InterventionStatus =
  /** Running now. */
  | 'ACTIVE'
  /** Ran its course. */
  | 'COMPLETED'
  /** Stopped before it ran its course. */
  | 'DISCONTINUED'
  /** Announced or planned, not started. */
  | 'PLANNED';

/** How large a jurisdiction is, from a district to an international body. */
export type JurisdictionLevel =
  /** A city or town. */
  | 'CITY'
  /** A country. */
  | 'COUNTRY'
  /** A county. */
  | 'COUNTY'
  /** A district inside a city or county (a council ward, a special district). */
  | 'DISTRICT'
  /** An international body or treaty area (the ILO, the European Union). */
  | 'INTERNATIONAL'
  /** A state, province or territory (the District of Columbia counts as one). */
  | 'STATE';

/** Where a legal measure stands: proposed, enacted, in force or ended. A proposed bill is never counted as adopted. */
export type LegalStatus =
  /** Passed and signed; may not be in force yet. */
  | 'ENACTED'
  /** Enacted and in force. */
  | 'IN_FORCE'
  /** Enacted, then overridden by a higher jurisdiction's law. */
  | 'PREEMPTED'
  /** Introduced or proposed, not enacted: never counts as adopted. */
  | 'PROPOSED'
  /** Enacted, then repealed by its own legislature or voters. */
  | 'REPEALED'
  /** Enacted, then struck down by a court. */
  | 'STRUCK_DOWN';

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

/** What sort of organization it is. */
export type OrganizationKind =
  /** An advocacy group or non-profit. */
  | 'ADVOCACY'
  /** A coalition or alliance of organizations. */
  | 'COALITION'
  /** An employer, or an employers' association. */
  | 'EMPLOYER'
  /** A foundation or fund that gives money. */
  | 'FUNDER'
  /** A government body: legislature, agency, court, commission. */
  | 'GOVERNMENT'
  /** A newsroom or publisher. */
  | 'MEDIA'
  /** A university, think tank or research body. */
  | 'RESEARCH'
  /** A trade union. */
  | 'UNION'
  /** A worker center or worker-led organization that is not a union. */
  | 'WORKER_CENTER';

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

/** What kind of rule a policy lever is. */
export type PolicyLeverKind =
  /** A clause in a collective agreement or other contract. */
  | 'CONTRACT_CLAUSE'
  /** One company's own policy. */
  | 'CORPORATE_POLICY'
  /** A standard or pledge an industry sets for itself. */
  | 'INDUSTRY_STANDARD'
  /** A state or national law. */
  | 'LAW'
  /** A city or county ordinance. */
  | 'ORDINANCE'
  /** A rule made by an agency. */
  | 'REGULATION';

/** The relationship types of the graph. */
export type RelationshipType =
  /** Organization → PolicyLever: advocates for. */
  | 'ADVOCATES_FOR'
  /** Intervention → Tactic or PolicyLever: applies. */
  | 'APPLIES'
  /** any node → Source: cites. */
  | 'CITES'
  /** Finding → Industry or Jurisdiction: describes. */
  | 'DESCRIBES'
  /** PolicyLever → Jurisdiction: was enacted in. */
  | 'ENACTED_IN'
  /** Person → Organization: founded. */
  | 'FOUNDED'
  /** Organization or Person → Organization or Intervention: funds. */
  | 'FUNDS'
  /** Intervention → Finding: has the finding. */
  | 'HAS_FINDING'
  /** Person → Intervention: took part in. */
  | 'INVOLVED_IN'
  /** Intervention → Industry: took place in. */
  | 'IN_INDUSTRY'
  /** Intervention → Jurisdiction: took place in. */
  | 'IN_JURISDICTION'
  /** Person → Organization: leads. */
  | 'LEADS'
  /** Intervention → Organization: was led by. */
  | 'LED_BY'
  /** Finding → Outcome: is about. */
  | 'ON_OUTCOME'
  /** Organization → Industry: operates in. */
  | 'OPERATES_IN'
  /** Organization → Organization: partners with. */
  | 'PARTNERS_WITH'
  /** Jurisdiction → Jurisdiction: lies in. */
  | 'PART_OF'
  /** Organization → Tactic: uses. */
  | 'USES';

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

/** What kind of document a source is. */
export type SourceKind =
  /** An article: news, feature, blog post or press release. */
  | 'ARTICLE'
  /** A dataset or statistical table. */
  | 'DATASET'
  /** The text of a law, bill, ordinance or regulation. */
  | 'LAW_TEXT'
  /** A report or brief. */
  | 'REPORT'
  /** A research study or paper. */
  | 'STUDY';

/** Who stands behind a source, which decides how independent it is (docs/scoring.md). */
export type SourceType =
  /** An advocacy group, union or campaign writing about others' work or the problem. */
  | 'ADVOCACY'
  /** A court's filing, order or judgment. */
  | 'COURT'
  /** Published by a government body: a legislature, agency or statistics office. */
  | 'GOVERNMENT'
  /** An independent news outlet. */
  | 'NEWS'
  /** A peer-reviewed journal article. */
  | 'PEER_REVIEWED'
  /** A report by a research body, think tank or international organization. */
  | 'REPORT'
  /** The organization's own account of its own work: its site, press release or annual report. */
  | 'SELF_PUBLISHED';

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

/** The family a tactic belongs to. */
export type TacticCategory =
  /** Bringing organizations together across groups or industries. */
  | 'COALITION_BUILDING'
  /** Using money or market power: boycotts, brand pressure, funds. */
  | 'ECONOMIC'
  /** Lawsuits, legal aid, complaints to agencies. */
  | 'LEGAL'
  /** Checking that rules are kept: audits, complaint lines, inspections. */
  | 'MONITORING'
  /** Telling stories and changing what the public hears. */
  | 'NARRATIVE'
  /** Organizing workers to act together. */
  | 'ORGANIZING'
  /** Training workers, managers or bystanders. */
  | 'TRAINING';

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

export type EvidenceFindingFragment = { id: string, summary: string, kind: FindingKind, effect: Effect | null, evidenceKind: EvidenceKind, evidenceStrength: EvidenceStrength, year: number | null, sourcing: SourcingLevel, sourcingNote: string | null, sources: { nodes: Array<{ id: string, title: string, url: string, type: SourceType | null, kind: SourceKind, publisher: string | null, publishedOn: string | null }> } };

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

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  labels?: Array<NodeLabel> | NodeLabel | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Finding', summary: string, id: string }
      | { __typename: 'Industry', name: string, id: string }
      | { __typename: 'Intervention', name: string, id: string }
      | { __typename: 'Jurisdiction', name: string, id: string }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'Outcome', name: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'PolicyLever', name: string, id: string }
      | { __typename: 'Source', title: string, id: string }
      | { __typename: 'Tactic', name: string, id: string }
    >, edges: Array<{ id: string, from: string, to: string, type: RelationshipType, properties: Array<{ name: string, value: string }> }> } | null };

export type ExplorerHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerHomeQuery = { stats: { nodesByLabel: Array<{ key: string, count: number }>, findingsByKind: Array<{ key: string, count: number }> } | null };

export type ExplorerNodeQueryVariables = Exact<{
  id: string | number;
  strategy: boolean;
}>;


export type ExplorerNodeQuery = { node:
    | { __typename: 'Finding', summary: string, effect: Effect | null, evidenceKind: EvidenceKind, evidenceStrength: EvidenceStrength, measure: string | null, value: string | null, baseline: string | null, year: number | null, sourcing: SourcingLevel, sourcingNote: string | null, id: string, findingKind: FindingKind, sources: { totalCount: number, nodes: Array<{ id: string, title: string, url: string, type: SourceType | null, kind: SourceKind, publisher: string | null, publishedOn: string | null }> } }
    | { __typename: 'Industry', name: string, description: string | null, naicsCode: string | null, riskFactors: Array<RiskFactor>, id: string }
    | { __typename: 'Intervention', name: string, description: string | null, status: InterventionStatus | null, legalStatus: LegalStatus | null, startYear: number | null, endYear: number | null, proposedOn: string | null, enactedOn: string | null, inForceOn: string | null, endedOn: string | null, id: string }
    | { __typename: 'Jurisdiction', name: string, code: string | null, level: JurisdictionLevel, id: string }
    | { __typename: 'Organization', name: string, description: string | null, founded: number | null, website: string | null, id: string, organizationKind: OrganizationKind }
    | { __typename: 'Outcome', name: string, description: string | null, id: string, outcomeCategory: OutcomeCategory }
    | { __typename: 'Person', name: string, description: string | null, id: string }
    | { __typename: 'PolicyLever', name: string, description: string | null, id: string, leverKind: PolicyLeverKind }
    | { __typename: 'Source', title: string, url: string, type: SourceType | null, publisher: string | null, publishedOn: string | null, primary: boolean | null, quote: string | null, note: string | null, id: string, sourceKind: SourceKind }
    | { __typename: 'Tactic', name: string, description: string | null, id: string, tacticCategory: TacticCategory }
   | null, neighborhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Finding', summary: string, id: string }
      | { __typename: 'Industry', name: string, id: string }
      | { __typename: 'Intervention', name: string, id: string }
      | { __typename: 'Jurisdiction', name: string, id: string }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'Outcome', name: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'PolicyLever', name: string, id: string }
      | { __typename: 'Source', title: string, id: string }
      | { __typename: 'Tactic', name: string, id: string }
    >, edges: Array<{ id: string, type: RelationshipType, from: string, to: string, properties: Array<{ name: string, value: string }> }> } | null, strategyEvidence?: { kind: StrategyKind, verdict: Verdict, score: number, confidence: number, explanation: string, weaklySourced: number, sharedFindings: number, appliedInScope: boolean, effects: { positive: number, negative: number, mixed: number, noEffect: number, inconclusive: number, total: number }, findingKinds: { effect: number, adoption: number, prevalence: number, process: number, total: number }, adoption: { summary: string }, sharedWith: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, findings: Array<{ id: string, summary: string, kind: FindingKind, effect: Effect | null, evidenceKind: EvidenceKind, evidenceStrength: EvidenceStrength, year: number | null, sourcing: SourcingLevel, sourcingNote: string | null, sources: { nodes: Array<{ id: string, title: string, url: string, type: SourceType | null, kind: SourceKind, publisher: string | null, publishedOn: string | null }> } }>, adoptions: Array<{ id: string, summary: string, kind: FindingKind, effect: Effect | null, evidenceKind: EvidenceKind, evidenceStrength: EvidenceStrength, year: number | null, sourcing: SourcingLevel, sourcingNote: string | null, sources: { nodes: Array<{ id: string, title: string, url: string, type: SourceType | null, kind: SourceKind, publisher: string | null, publishedOn: string | null }> } }>, prevalence: Array<{ id: string, summary: string, kind: FindingKind, effect: Effect | null, evidenceKind: EvidenceKind, evidenceStrength: EvidenceStrength, year: number | null, sourcing: SourcingLevel, sourcingNote: string | null, sources: { nodes: Array<{ id: string, title: string, url: string, type: SourceType | null, kind: SourceKind, publisher: string | null, publishedOn: string | null }> } }>, process: Array<{ id: string, summary: string, kind: FindingKind, effect: Effect | null, evidenceKind: EvidenceKind, evidenceStrength: EvidenceStrength, year: number | null, sourcing: SourcingLevel, sourcingNote: string | null, sources: { nodes: Array<{ id: string, title: string, url: string, type: SourceType | null, kind: SourceKind, publisher: string | null, publishedOn: string | null }> } }> } | null };

export type ExplorerPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  throughHubs?: boolean | null | undefined;
}>;


export type ExplorerPathsQuery = { start:
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
   | null, end:
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
   | null, paths: Array<{ length: number, nodes: Array<
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
    >, hops: Array<{ forward: boolean, meaning: string, relationship: RelationshipType, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , properties: Array<{ name: string, value: string }>, sources: Array<{ id: string, title: string, type: SourceType | null, publisher: string | null, publishedOn: string | null }> }> }> | null };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  labels?: Array<NodeLabel> | NodeLabel | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ExplorerSearchQuery = { searchConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ score: number, snippet: string, node:
        | { __typename: 'Finding', summary: string, id: string }
        | { __typename: 'Industry', name: string, id: string }
        | { __typename: 'Intervention', name: string, id: string }
        | { __typename: 'Jurisdiction', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'Outcome', name: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'PolicyLever', name: string, id: string }
        | { __typename: 'Source', title: string, id: string }
        | { __typename: 'Tactic', name: string, id: string }
       }> } | null };

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
export const EvidenceFindingFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFinding on Finding {
  id
  summary
  kind
  effect
  evidenceKind
  evidenceStrength
  year
  sourcing
  sourcingNote
  sources(first: 20) {
    nodes {
      id
      title
      url
      type
      kind
      publisher
      publishedOn
    }
  }
}
    `, {"fragmentName":"EvidenceFinding"}) as unknown as TypedDocumentString<EvidenceFindingFragment, unknown>;
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
export const ExplorerNeighborhoodDocument = new TypedDocumentString(`
    query ExplorerNeighborhood($id: ID!, $depth: Int, $labels: [NodeLabel!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, labels: $labels, limit: $limit) {
    truncated
    nodes {
      id
      __typename
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
    edges {
      id
      from
      to
      type
      properties {
        name
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
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
export const ExplorerNodeDocument = new TypedDocumentString(`
    query ExplorerNode($id: ID!, $strategy: Boolean!) {
  node(id: $id) {
    __typename
    id
    ... on Industry {
      name
      description
      naicsCode
      riskFactors
    }
    ... on Organization {
      name
      description
      organizationKind: kind
      founded
      website
    }
    ... on Person {
      name
      description
    }
    ... on Tactic {
      name
      description
      tacticCategory: category
    }
    ... on PolicyLever {
      name
      description
      leverKind: kind
    }
    ... on Intervention {
      name
      description
      status
      legalStatus
      startYear
      endYear
      proposedOn
      enactedOn
      inForceOn
      endedOn
    }
    ... on Jurisdiction {
      name
      code
      level
    }
    ... on Outcome {
      name
      description
      outcomeCategory: category
    }
    ... on Finding {
      summary
      findingKind: kind
      effect
      evidenceKind
      evidenceStrength
      measure
      value
      baseline
      year
      sourcing
      sourcingNote
      sources(first: 50) {
        totalCount
        nodes {
          id
          title
          url
          type
          kind
          publisher
          publishedOn
        }
      }
    }
    ... on Source {
      title
      url
      type
      sourceKind: kind
      publisher
      publishedOn
      primary
      quote
      note
    }
  }
  neighborhood(id: $id, depth: 1, limit: 300) {
    truncated
    nodes {
      __typename
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
    edges {
      id
      type
      from
      to
      properties {
        name
        value
      }
    }
  }
  strategyEvidence(id: $id) @include(if: $strategy) {
    kind
    verdict
    score
    confidence
    explanation
    weaklySourced
    sharedFindings
    appliedInScope
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
      summary
    }
    sharedWith {
      id
      name
    }
    findings {
      ...EvidenceFinding
    }
    adoptions {
      ...EvidenceFinding
    }
    prevalence {
      ...EvidenceFinding
    }
    process {
      ...EvidenceFinding
    }
  }
}
    fragment EvidenceFinding on Finding {
  id
  summary
  kind
  effect
  evidenceKind
  evidenceStrength
  year
  sourcing
  sourcingNote
  sources(first: 20) {
    nodes {
      id
      title
      url
      type
      kind
      publisher
      publishedOn
    }
  }
}`) as unknown as TypedDocumentString<ExplorerNodeQuery, ExplorerNodeQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $throughHubs: Boolean) {
  start: node(id: $from) {
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
  end: node(id: $to) {
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
  paths(
    from: $from
    to: $to
    maxHops: $maxHops
    throughHubs: $throughHubs
    first: 5
  ) {
    length
    nodes {
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
    hops {
      forward
      meaning
      relationship
      from {
        id
      }
      to {
        id
      }
      properties {
        name
        value
      }
      sources {
        id
        title
        type
        publisher
        publishedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!, $labels: [NodeLabel!], $first: Int!, $after: String) {
  searchConnection(text: $text, labels: $labels, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      score
      snippet
      node {
        __typename
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
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
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