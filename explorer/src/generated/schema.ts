export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date at the precision it is known: YYYY, YYYY-MM or YYYY-MM-DD (the W3C profile of ISO 8601), such as 2019, 2019-10 or 2019-10-01. No time, no time zone. */
  Date: { input: string; output: string; }
  /** A point in time as RFC 3339 text with its offset from UTC, such as 2026-12-05T05:37:31.1234567+00:00 (fractional seconds only when not zero). */
  DateTime: { input: string; output: string; }
  /** Any JSON value (RFC 8259), written as itself: an object is an object, not a string holding one. */
  JSON: { input: unknown; output: unknown; }
  /** An absolute http or https URL, as RFC 3986 writes it. */
  URL: { input: string; output: string; }
};

/** Where, since when and how widely a strategy was adopted. Reported beside the verdict: adoption is not evidence that it worked, and a proposed bill is never counted as adopted. */
export type Adoption = {
  __typename?: 'Adoption';
  /** It was adopted somewhere: a lever enacted or in force, or an intervention that adopted it. */
  adopted: Scalars['Boolean']['output'];
  /** Where it was adopted and then struck down, preempted or repealed. */
  ended: Array<Jurisdiction>;
  /** Interventions in scope that adopted it: enacted or in force, or with an ADOPTION finding. */
  interventions: Array<Intervention>;
  /** How many jurisdictions adopted it. */
  jurisdictionCount: Scalars['Int']['output'];
  /** Where it is adopted now (enacted or in force). */
  jurisdictions: Array<Jurisdiction>;
  /** Where it was proposed and not enacted. */
  proposedIn: Array<Jurisdiction>;
  /** The earliest year it was adopted, where known. */
  since?: Maybe<Scalars['Int']['output']>;
  /** The adoption in plain words. */
  summary: Scalars['String']['output'];
};

/** One change to the graph: who, when, which operation, and the node or relationship before and after (JSON). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Who made the change: the API key's or token's name, or the command that ran it. */
  actor: Scalars['String']['output'];
  /** The node or relationship after the change, as a JSON object (not text); null after a delete. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When the change was written. */
  at: Scalars['DateTime']['output'];
  /** The node or relationship before the change, as a JSON object (not text); null after a create. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The id of the node or relationship that changed. */
  elementId: Scalars['ID']['output'];
  /** The graph version the change produced. */
  graphVersion: Scalars['Int']['output'];
  /** Use as 'before' to read older entries. */
  id: Scalars['ID']['output'];
  /** What the change did: created, updated or deleted a node or a relationship. */
  operation: AuditOperation;
};

/** What a change did to the graph. */
export type AuditOperation =
  /** A relationship was created. */
  | 'CREATE_EDGE'
  /** A node was created. */
  | 'CREATE_NODE'
  /** A relationship was deleted. */
  | 'DELETE_EDGE'
  /** A node was deleted. */
  | 'DELETE_NODE'
  /** A relationship's properties changed. */
  | 'UPDATE_EDGE'
  /** A node's properties changed. */
  | 'UPDATE_NODE';

/** A node a write named. */
export type ChangedNode = {
  __typename?: 'ChangedNode';
  /** The node's id. */
  id: Scalars['ID']['output'];
  /** The node's label, such as Finding or Intervention. */
  label: Scalars['String']['output'];
  /** True when the write removed the node; false when it created or updated it. */
  removed: Scalars['Boolean']['output'];
};

/** A tactic or policy lever, with the compared industries that apply it. */
export type ComparedStrategy = {
  __typename?: 'ComparedStrategy';
  /** Whether it is a tactic or a policy lever. */
  kind: StrategyKind;
  /** Every compared industry applies it. */
  sharedByAll: Scalars['Boolean']['output'];
  /** The tactic or policy lever. */
  strategy: Strategy;
  /** Each compared industry that applies it, with its verdict and findings there. */
  usedIn: Array<StrategyUse>;
};

/** A count under a key (a label, an enum value, a year or a node id). */
export type Count = {
  __typename?: 'Count';
  /** How many. */
  count: Scalars['Int']['output'];
  /** What is counted: a label, an enum value, a year or a node id. */
  key: Scalars['String']['output'];
};

/** How to order a node's relationships; ties are broken by the other end's id. DESC reverses the whole order. */
export type DatedRelationshipOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to order by (default NAME). */
  field?: DatedRelationshipOrderField;
};

/** What a node's relationships can be ordered by. */
export type DatedRelationshipOrderField =
  /** By the other end's id. */
  | 'ID'
  /** By the other end's name (its title or summary where it has no name), byte-wise; the default. */
  | 'NAME'
  /** By the other end's year (startYear of interventions, year of findings, founded of organizations, the year of a source's publishedOn); those without one come after every year in ascending order, before them in descending order. */
  | 'YEAR';

/** What a delete removed: the node and, with cascade, its relationships. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** The graph version after the delete. */
  graphVersion: Scalars['Int']['output'];
  /** The ids of the node and of every relationship removed with it. */
  removedIds: Array<Scalars['ID']['output']>;
};

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

/** EFFECT findings counted by effect (adoption, prevalence and process findings carry no effect). */
export type EffectCounts = {
  __typename?: 'EffectCounts';
  /** Findings that cannot tell: confounded trends, absence of evidence. */
  inconclusive: Scalars['Int']['output'];
  /** Findings where some measures improved and others did not. */
  mixed: Scalars['Int']['output'];
  /** Findings of harm or a backlash. */
  negative: Scalars['Int']['output'];
  /** Findings of no effect: measured, and nothing changed. */
  noEffect: Scalars['Int']['output'];
  /** Findings of an effect in the wanted direction. */
  positive: Scalars['Int']['output'];
  /** All EFFECT findings counted here. */
  total: Scalars['Int']['output'];
};

/** Whether a finding is new or was changed. */
export type EvidenceChange =
  /** The write created the finding. */
  | 'ADDED'
  /** The write updated the finding, or linked it to an intervention. */
  | 'CHANGED';

/** A finding that a write added or changed, with the intervention it is about. */
export type EvidenceEvent = {
  __typename?: 'EvidenceEvent';
  /** Whether the finding is new or was changed. */
  change: EvidenceChange;
  /** The study design (the finding's evidenceKind). */
  design: EvidenceKind;
  /** The finding as it was after the write. */
  finding: Finding;
  /** The finding's id. */
  findingId: Scalars['ID']['output'];
  /** The graph version after the write. */
  graphVersion: Scalars['Int']['output'];
  /** The intervention the finding is about (HAS_FINDING); null when it is linked to none yet. */
  intervention?: Maybe<Intervention>;
  /** What the finding is about: EFFECT, ADOPTION, PREVALENCE or PROCESS. */
  kind: FindingKind;
};

/** Which findings count as evidence. */
export type EvidenceFilter = {
  /** Only findings from these study designs (default: all). */
  designs?: InputMaybe<Array<EvidenceKind>>;
  /** Only findings of these kinds (default: all; a cell is a gap whatever this says unless it holds an EFFECT finding). */
  findingKinds?: InputMaybe<Array<FindingKind>>;
  /** Only interventions in one of these industries. */
  industries?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only interventions in this jurisdiction or in one that lies inside it (PART_OF, at any depth). */
  jurisdiction?: InputMaybe<Scalars['ID']['input']>;
  /** Only findings at least this strong. */
  minEvidence?: InputMaybe<EvidenceStrength>;
  /** Only findings on outcomes of this category. */
  outcomeCategory?: InputMaybe<OutcomeCategory>;
  /** Only findings from this year on. */
  since?: InputMaybe<Scalars['Int']['input']>;
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

/** An evidence gap map: every row × column cell, gaps included. */
export type EvidenceMap = {
  __typename?: 'EvidenceMap';
  /** Row by row, in header order. */
  cells: Array<EvidenceMapCell>;
  /** The columns, in order. */
  columns: Array<EvidenceMapHeader>;
  /** Cells without any EFFECT finding. */
  gapCount: Scalars['Int']['output'];
  /** The rows, in order. */
  rows: Array<EvidenceMapHeader>;
};

/** The findings at one row × column; a cell without findings is a gap. */
export type EvidenceMapCell = {
  __typename?: 'EvidenceMapCell';
  /** The best study design among the cell's EFFECT findings; null for a gap. */
  bestDesign?: Maybe<EvidenceKind>;
  /** The strongest EFFECT evidence in the cell; null for a gap. */
  bestEvidence?: Maybe<EvidenceStrength>;
  /** The column's id. */
  column: Scalars['ID']['output'];
  /** EFFECT findings by effect. */
  effects: EffectCounts;
  /** The ids of every finding in the cell, of every kind. */
  findingIds: Array<Scalars['ID']['output']>;
  /** Every finding in the cell by kind. */
  findingKinds: FindingKindCounts;
  /** Every finding in the cell, of every kind. */
  findings: Array<Finding>;
  /** No EFFECT finding: whether it worked here is unknown, whatever adoption, prevalence or process findings say. */
  isGap: Scalars['Boolean']['output'];
  /** The row's id. */
  row: Scalars['ID']['output'];
  /** EFFECT findings in the cell that rest only on self-published or secondary sources. */
  weaklySourced: Scalars['Int']['output'];
};

/** What the columns of an evidence gap map are. JURISDICTION columns are where an intervention took place directly (IN_JURISDICTION), not rolled up into the larger jurisdictions those lie in. */
export type EvidenceMapColumns =
  /** One column per industry. */
  | 'INDUSTRY'
  /** One column per jurisdiction. */
  | 'JURISDICTION'
  /** One column per outcome category. */
  | 'OUTCOME_CATEGORY';

/** A row or column of an evidence gap map. */
export type EvidenceMapHeader = {
  __typename?: 'EvidenceMapHeader';
  /** A node id, or an outcome category. */
  id: Scalars['ID']['output'];
  /** The name to show. */
  name: Scalars['String']['output'];
};

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

/** One measured or reported result of an intervention: its kind (effect, adoption, prevalence, process), its effect when it is an effect, evidence strength, study design and sources. */
export type Finding = Node & {
  __typename?: 'Finding';
  /** The comparison or prevalence the value should be read against. */
  baseline?: Maybe<Scalars['String']['output']>;
  /** When the node was first written. */
  createdAt: Scalars['DateTime']['output'];
  /** For a PREVALENCE finding: the industries and jurisdictions it describes. */
  describes: FindingDescribesConnection;
  /** Direction of an EFFECT finding's result; null for the other kinds. NO_EFFECT is evidence of no effect, not missing evidence. */
  effect?: Maybe<Effect>;
  /** The study design: RCT, quasi-experimental, longitudinal, systematic review, surveys, administrative counts, self-reports, narrative reviews, or enactment only. */
  evidenceKind: EvidenceKind;
  /** How strong the evidence is; STRONG only for RCT, quasi-experimental designs and systematic reviews. */
  evidenceStrength: EvidenceStrength;
  /** Every change to this node, newest first. */
  history: Array<AuditEntry>;
  /** Global id: a readable slug prefixed by the label. */
  id: Scalars['ID']['output'];
  /** The intervention this finding is about. */
  intervention?: Maybe<Intervention>;
  /** What the finding is about: an effect, an adoption, the prevalence of the problem, or an implementation fact. Only EFFECT findings count toward verdicts. */
  kind: FindingKind;
  /** What was measured. */
  measure?: Maybe<Scalars['String']['output']>;
  /** The outcomes it bears on. */
  outcomes: FindingOutcomesConnection;
  /** The sources this node's facts come from, with the quote cited. */
  sources: FindingSourcesConnection;
  /** How well it is sourced, from the type and primary flag of the sources it cites: PRIMARY_INDEPENDENT, or weakly sourced (SECONDARY_ONLY, SELF_PUBLISHED_ONLY), or UNRATED. Never changes a score. */
  sourcing: SourcingLevel;
  /** Why it is not backed by an independent primary source, in words; null when it is. */
  sourcingNote?: Maybe<Scalars['String']['output']>;
  /** The claim, in plain words. */
  summary: Scalars['String']['output'];
  /** When the node last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The value measured, as reported (with its unit). */
  value?: Maybe<Scalars['String']['output']>;
  /** Moves on every change; send it back when updating. */
  version: Scalars['Int']['output'];
  /** Year of the measurement or report. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** One measured or reported result of an intervention: its kind (effect, adoption, prevalence, process), its effect when it is an effect, evidence strength, study design and sources. */
export type FindingDescribesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** One measured or reported result of an intervention: its kind (effect, adoption, prevalence, process), its effect when it is an effect, evidence strength, study design and sources. */
export type FindingHistoryArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One measured or reported result of an intervention: its kind (effect, adoption, prevalence, process), its effect when it is an effect, evidence strength, study design and sources. */
export type FindingOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** One measured or reported result of an intervention: its kind (effect, adoption, prevalence, process), its effect when it is an effect, evidence strength, study design and sources. */
export type FindingSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};

/** A page of Finding nodes. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<FindingEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Finding>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new Finding: its id (prefixed 'finding:') and properties. */
export type FindingCreateInput = {
  /** The comparison or prevalence the value should be read against. */
  baseline?: InputMaybe<Scalars['String']['input']>;
  /** Direction of an EFFECT finding's result; null for the other kinds. NO_EFFECT is evidence of no effect, not missing evidence. */
  effect?: InputMaybe<Effect>;
  /** The study design: RCT, quasi-experimental, longitudinal, systematic review, surveys, administrative counts, self-reports, narrative reviews, or enactment only. */
  evidenceKind: EvidenceKind;
  /** How strong the evidence is; STRONG only for RCT, quasi-experimental designs and systematic reviews. */
  evidenceStrength: EvidenceStrength;
  /** A slug such as 'finding:example_name'. */
  id: Scalars['ID']['input'];
  /** What the finding is about: an effect, an adoption, the prevalence of the problem, or an implementation fact. Only EFFECT findings count toward verdicts. */
  kind: FindingKind;
  /** What was measured. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** The claim, in plain words. */
  summary: Scalars['String']['input'];
  /** The value measured, as reported (with its unit). */
  value?: InputMaybe<Scalars['String']['input']>;
  /** Year of the measurement or report. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Finding.describes: For a PREVALENCE finding: the industries and jurisdictions it describes. */
export type FindingDescribesConnection = {
  __typename?: 'FindingDescribesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<FindingDescribesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Node>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of FindingDescribesConnection. */
export type FindingDescribesEdge = {
  __typename?: 'FindingDescribesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Node;
};

/** An edge of FindingConnection. */
export type FindingEdge = {
  __typename?: 'FindingEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Finding;
};

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

/** Findings counted by kind: only EFFECT findings are evidence of whether something worked. */
export type FindingKindCounts = {
  __typename?: 'FindingKindCounts';
  /** Findings that the measure was adopted (enacted, signed, funded, taken up). */
  adoption: Scalars['Int']['output'];
  /** Findings about a change in an outcome. */
  effect: Scalars['Int']['output'];
  /** Findings that document how common the problem is. */
  prevalence: Scalars['Int']['output'];
  /** Implementation facts: complaints handled, trainings delivered. */
  process: Scalars['Int']['output'];
  /** All findings counted here, of every kind. */
  total: Scalars['Int']['output'];
};

/** How to sort Finding nodes; ties are broken by id. */
export type FindingOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to sort by (default NAME). */
  field?: FindingOrderField;
};

/** Fields Finding nodes can be sorted by. */
export type FindingOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By summary, case-insensitive. */
  | 'NAME'
  /** By last change. */
  | 'UPDATED_AT'
  /** By year; nodes without one come first in ascending order. */
  | 'YEAR';

/** Finding.outcomes: The outcomes it bears on. */
export type FindingOutcomesConnection = {
  __typename?: 'FindingOutcomesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<FindingOutcomesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Outcome>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of FindingOutcomesConnection. */
export type FindingOutcomesEdge = {
  __typename?: 'FindingOutcomesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Outcome;
};

/** Changes to a Finding: only the fields given change; null removes an optional property. */
export type FindingPatchInput = {
  /** The comparison or prevalence the value should be read against. */
  baseline?: InputMaybe<Scalars['String']['input']>;
  /** Direction of an EFFECT finding's result; null for the other kinds. NO_EFFECT is evidence of no effect, not missing evidence. */
  effect?: InputMaybe<Effect>;
  /** The study design: RCT, quasi-experimental, longitudinal, systematic review, surveys, administrative counts, self-reports, narrative reviews, or enactment only. */
  evidenceKind?: InputMaybe<EvidenceKind>;
  /** How strong the evidence is; STRONG only for RCT, quasi-experimental designs and systematic reviews. */
  evidenceStrength?: InputMaybe<EvidenceStrength>;
  /** What the finding is about: an effect, an adoption, the prevalence of the problem, or an implementation fact. Only EFFECT findings count toward verdicts. */
  kind?: InputMaybe<FindingKind>;
  /** What was measured. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** The claim, in plain words. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The value measured, as reported (with its unit). */
  value?: InputMaybe<Scalars['String']['input']>;
  /** Year of the measurement or report. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Finding.sources: The sources this node's facts come from, with the quote cited. */
export type FindingSourcesConnection = {
  __typename?: 'FindingSourcesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<FindingSourcesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Source>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of FindingSourcesConnection. */
export type FindingSourcesEdge = {
  __typename?: 'FindingSourcesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Source;
  /** The CITES relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's page: Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's quote: A short verbatim quote of the source that backs the fact (CITES). */
  quote?: Maybe<Scalars['String']['output']>;
};

/** Filters for Finding nodes. */
export type FindingWhere = {
  /** Only nodes whose effect is one of these values. */
  effect?: InputMaybe<Array<Effect>>;
  /** Only nodes whose evidenceKind is one of these values. */
  evidenceKind?: InputMaybe<Array<EvidenceKind>>;
  /** Only nodes whose evidenceStrength is one of these values. */
  evidenceStrength?: InputMaybe<Array<EvidenceStrength>>;
  /** Only nodes whose kind is one of these values. */
  kind?: InputMaybe<Array<FindingKind>>;
  /** Only nodes with a relationship, in either direction, to every one of these ids (at most 10). */
  relatedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive text contained in the summary or description (at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only nodes whose year is this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only nodes whose year is this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** A committed write: the graph version it made and what it wrote. Cached answers keyed by an older version are stale. */
export type GraphChange = {
  __typename?: 'GraphChange';
  /** Whether nodes lists every node the write named; false for large imports and for UNKNOWN writes (re-read what you show). */
  complete: Scalars['Boolean']['output'];
  /** The graph version after the write (the same number as graphVersion and the mutation payloads). */
  graphVersion: Scalars['Int']['output'];
  /** Whether the write created or updated, removed, or both; UNKNOWN when only the new version is known. */
  kind: GraphWriteKind;
  /** The nodes the write named, written or removed (a removal includes what its cascade removed); at most 100, see complete. */
  nodes: Array<ChangedNode>;
  /** Nodes removed, cascades included. */
  nodesRemoved: Scalars['Int']['output'];
  /** Nodes created or updated (exact, whatever nodes lists). */
  nodesWritten: Scalars['Int']['output'];
  /** The relationship types the write created, updated or removed, such as HAS_FINDING. */
  relationshipTypes: Array<Scalars['String']['output']>;
  /** Relationships removed, cascades included. */
  relationshipsRemoved: Scalars['Int']['output'];
  /** Relationships created or updated. */
  relationshipsWritten: Scalars['Int']['output'];
};

/** A node to import: id, label and its properties as a JSON object text (as in the seed files). */
export type GraphNodeInput = {
  /** Its id, prefixed by its label's prefix (such as 'org:'). */
  id: Scalars['ID']['input'];
  /** Its label. */
  label: NodeLabel;
  /** Its properties as a JSON object, e.g. {name: "UNITE HERE", kind: "UNION"} in a document; a string holding the object's JSON text is still read. */
  properties?: InputMaybe<Scalars['JSON']['input']>;
};

/** A relationship to import; its properties as a JSON object text. */
export type GraphRelationshipInput = {
  /** The id of the node it starts from. */
  from: Scalars['ID']['input'];
  /** Its properties as a JSON object, e.g. {year: 2019} in a document; only those its type allows. A string holding the object's JSON text is still read. */
  properties?: InputMaybe<Scalars['JSON']['input']>;
  /** The id of the node it points to. */
  to: Scalars['ID']['input'];
  /** The relationship's type. */
  type: RelationshipType;
};

/** What kind of write moved the graph version. */
export type GraphWriteKind =
  /** Nodes or relationships were removed. */
  | 'DELETE'
  /** The write both wrote and removed. */
  | 'MIXED'
  /** A write this server was not told about in detail: only the new version is known. */
  | 'UNKNOWN'
  /** Nodes or relationships were created or updated. */
  | 'UPSERT';

/** How many nodes and relationships changed (equal ones are skipped), and the graph version after. */
export type ImportPayload = {
  __typename?: 'ImportPayload';
  /** The graph version after the import. */
  graphVersion: Scalars['Int']['output'];
  /** Nodes created or changed. */
  nodesWritten: Scalars['Int']['output'];
  /** Relationships created or changed. */
  relationshipsWritten: Scalars['Int']['output'];
};

/** A sector where interventions were tried, such as hotels or farmwork. */
export type Industry = Node & {
  __typename?: 'Industry';
  /** When the node was first written. */
  createdAt: Scalars['DateTime']['output'];
  /** What work the industry covers. */
  description?: Maybe<Scalars['String']['output']>;
  /** Every change to this node, newest first. */
  history: Array<AuditEntry>;
  /** Global id: a readable slug prefixed by the label. */
  id: Scalars['ID']['output'];
  /** Interventions tried in this industry. */
  interventions: IndustryInterventionsConnection;
  /** North American Industry Classification System code, where one fits. */
  naicsCode?: Maybe<Scalars['String']['output']>;
  /** The industry's name. */
  name: Scalars['String']['output'];
  /** Organizations operating in this industry. */
  organizations: IndustryOrganizationsConnection;
  /** PREVALENCE findings: how common the problem is in this industry. */
  prevalence: IndustryPrevalenceConnection;
  /** Harassment risk factors of the work (after the EEOC 2016 Select Task Force). */
  riskFactors: Array<RiskFactor>;
  /** The sources this node's facts come from, with the quote cited. */
  sources: IndustrySourcesConnection;
  /** When the node last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Moves on every change; send it back when updating. */
  version: Scalars['Int']['output'];
};


/** A sector where interventions were tried, such as hotels or farmwork. */
export type IndustryHistoryArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sector where interventions were tried, such as hotels or farmwork. */
export type IndustryInterventionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A sector where interventions were tried, such as hotels or farmwork. */
export type IndustryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A sector where interventions were tried, such as hotels or farmwork. */
export type IndustryPrevalenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A sector where interventions were tried, such as hotels or farmwork. */
export type IndustrySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};

/** A page of Industry nodes. */
export type IndustryConnection = {
  __typename?: 'IndustryConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<IndustryEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Industry>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new Industry: its id (prefixed 'industry:') and properties. */
export type IndustryCreateInput = {
  /** What work the industry covers. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A slug such as 'industry:example_name'. */
  id: Scalars['ID']['input'];
  /** North American Industry Classification System code, where one fits. */
  naicsCode?: InputMaybe<Scalars['String']['input']>;
  /** The industry's name. */
  name: Scalars['String']['input'];
  /** Harassment risk factors of the work (after the EEOC 2016 Select Task Force). */
  riskFactors?: InputMaybe<Array<RiskFactor>>;
};

/** An edge of IndustryConnection. */
export type IndustryEdge = {
  __typename?: 'IndustryEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Industry;
};

/** Industry.interventions: Interventions tried in this industry. */
export type IndustryInterventionsConnection = {
  __typename?: 'IndustryInterventionsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<IndustryInterventionsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Intervention>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of IndustryInterventionsConnection. */
export type IndustryInterventionsEdge = {
  __typename?: 'IndustryInterventionsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Intervention;
};

/** How to sort Industry nodes; ties are broken by id. */
export type IndustryOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to sort by (default NAME). */
  field?: IndustryOrderField;
};

/** Fields Industry nodes can be sorted by. */
export type IndustryOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By name, case-insensitive. */
  | 'NAME'
  /** By last change. */
  | 'UPDATED_AT';

/** Industry.organizations: Organizations operating in this industry. */
export type IndustryOrganizationsConnection = {
  __typename?: 'IndustryOrganizationsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<IndustryOrganizationsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Organization>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of IndustryOrganizationsConnection. */
export type IndustryOrganizationsEdge = {
  __typename?: 'IndustryOrganizationsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Organization;
};

/** Changes to a Industry: only the fields given change; null removes an optional property. */
export type IndustryPatchInput = {
  /** What work the industry covers. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** North American Industry Classification System code, where one fits. */
  naicsCode?: InputMaybe<Scalars['String']['input']>;
  /** The industry's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Harassment risk factors of the work (after the EEOC 2016 Select Task Force). */
  riskFactors?: InputMaybe<Array<RiskFactor>>;
};

/** Industry.prevalence: PREVALENCE findings: how common the problem is in this industry. */
export type IndustryPrevalenceConnection = {
  __typename?: 'IndustryPrevalenceConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<IndustryPrevalenceEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Finding>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of IndustryPrevalenceConnection. */
export type IndustryPrevalenceEdge = {
  __typename?: 'IndustryPrevalenceEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Finding;
};

/** One compared industry: the strategies only it applies, and its outcomes by category. */
export type IndustryProfile = {
  __typename?: 'IndustryProfile';
  /** The industry. */
  industry: Industry;
  /** Its findings by outcome category. */
  outcomes: Array<OutcomeCategoryEffects>;
  /** Tactics and policy levers only this industry applies among those compared. */
  uniqueStrategies: Array<Strategy>;
};

/** Industry.sources: The sources this node's facts come from, with the quote cited. */
export type IndustrySourcesConnection = {
  __typename?: 'IndustrySourcesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<IndustrySourcesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Source>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of IndustrySourcesConnection. */
export type IndustrySourcesEdge = {
  __typename?: 'IndustrySourcesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Source;
  /** The CITES relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's page: Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's quote: A short verbatim quote of the source that backs the fact (CITES). */
  quote?: Maybe<Scalars['String']['output']>;
};

/** Filters for Industry nodes. */
export type IndustryWhere = {
  /** Only nodes with a relationship, in either direction, to every one of these ids (at most 10). */
  relatedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only nodes whose riskFactors is or includes one of these values. */
  riskFactors?: InputMaybe<Array<RiskFactor>>;
  /** Case-insensitive text contained in the name or description (at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type Intervention = Node & Strategy & {
  __typename?: 'Intervention';
  /** When the node was first written. */
  createdAt: Scalars['DateTime']['output'];
  /** What was done. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it was enacted. */
  enactedOn?: Maybe<Scalars['Date']['output']>;
  /** Year it ended, if it did. */
  endYear?: Maybe<Scalars['Int']['output']>;
  /** When it was struck down, preempted or repealed. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** What was found about it. */
  findings: InterventionFindingsConnection;
  /** Organizations and people that funded it, with amount and year when known. */
  fundedBy: InterventionFundedByConnection;
  /** Every change to this node, newest first. */
  history: Array<AuditEntry>;
  /** Global id: a readable slug prefixed by the label. */
  id: Scalars['ID']['output'];
  /** When it came into force. */
  inForceOn?: Maybe<Scalars['Date']['output']>;
  /** Industries it took place in. */
  industries: InterventionIndustriesConnection;
  /** Where it took place. */
  jurisdictions: InterventionJurisdictionsConnection;
  /** Organizations that led it, with their role. */
  ledBy: InterventionLedByConnection;
  /** Where it stands as a legal measure; a PROPOSED bill is never counted as adopted. */
  legalStatus?: Maybe<LegalStatus>;
  /** The intervention's name. */
  name: Scalars['String']['output'];
  /** People who led, filed, founded or took part in it, with their role. */
  people: InterventionPeopleConnection;
  /** Policy levers it applied. */
  policyLevers: InterventionPolicyLeversConnection;
  /** When it was introduced or proposed: YYYY, YYYY-MM or YYYY-MM-DD. */
  proposedOn?: Maybe<Scalars['Date']['output']>;
  /** The sources this node's facts come from, with the quote cited. */
  sources: InterventionSourcesConnection;
  /** Year it started or was enacted. */
  startYear?: Maybe<Scalars['Int']['output']>;
  /** Where it stands as a program: planned, active, completed or discontinued. */
  status?: Maybe<InterventionStatus>;
  /** Tactics it applied. */
  tactics: InterventionTacticsConnection;
  /** When the node last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Moves on every change; send it back when updating. */
  version: Scalars['Int']['output'];
};


/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type InterventionFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type InterventionFundedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type InterventionHistoryArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type InterventionIndustriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type InterventionJurisdictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type InterventionLedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type InterventionPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type InterventionPolicyLeversArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type InterventionSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** One concrete application of tactics or levers, in an industry and place, led by organizations. */
export type InterventionTacticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};

/** A page of Intervention nodes. */
export type InterventionConnection = {
  __typename?: 'InterventionConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<InterventionEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Intervention>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new Intervention: its id (prefixed 'intervention:') and properties. */
export type InterventionCreateInput = {
  /** What was done. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it was enacted. */
  enactedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Year it ended, if it did. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** When it was struck down, preempted or repealed. */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** A slug such as 'intervention:example_name'. */
  id: Scalars['ID']['input'];
  /** When it came into force. */
  inForceOn?: InputMaybe<Scalars['Date']['input']>;
  /** Where it stands as a legal measure; a PROPOSED bill is never counted as adopted. */
  legalStatus?: InputMaybe<LegalStatus>;
  /** The intervention's name. */
  name: Scalars['String']['input'];
  /** When it was introduced or proposed: YYYY, YYYY-MM or YYYY-MM-DD. */
  proposedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Year it started or was enacted. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** Where it stands as a program: planned, active, completed or discontinued. */
  status?: InputMaybe<InterventionStatus>;
};

/** An edge of InterventionConnection. */
export type InterventionEdge = {
  __typename?: 'InterventionEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Intervention;
};

/** Intervention.findings: What was found about it. */
export type InterventionFindingsConnection = {
  __typename?: 'InterventionFindingsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<InterventionFindingsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Finding>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of InterventionFindingsConnection. */
export type InterventionFindingsEdge = {
  __typename?: 'InterventionFindingsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Finding;
};

/** Intervention.fundedBy: Organizations and people that funded it, with amount and year when known. */
export type InterventionFundedByConnection = {
  __typename?: 'InterventionFundedByConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<InterventionFundedByEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Node>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of InterventionFundedByConnection. */
export type InterventionFundedByEdge = {
  __typename?: 'InterventionFundedByEdge';
  /** The FUNDS relationship's amount: How much money, in the currency given (FUNDS). */
  amount?: Maybe<Scalars['Float']['output']>;
  /** The FUNDS relationship's currency: ISO 4217 code of the amount, such as USD (FUNDS). */
  currency?: Maybe<Scalars['String']['output']>;
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Node;
  /** The FUNDS relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The FUNDS relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Intervention.industries: Industries it took place in. */
export type InterventionIndustriesConnection = {
  __typename?: 'InterventionIndustriesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<InterventionIndustriesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Industry>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of InterventionIndustriesConnection. */
export type InterventionIndustriesEdge = {
  __typename?: 'InterventionIndustriesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Industry;
};

/** Intervention.jurisdictions: Where it took place. */
export type InterventionJurisdictionsConnection = {
  __typename?: 'InterventionJurisdictionsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<InterventionJurisdictionsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Jurisdiction>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of InterventionJurisdictionsConnection. */
export type InterventionJurisdictionsEdge = {
  __typename?: 'InterventionJurisdictionsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Jurisdiction;
};

/** Intervention.ledBy: Organizations that led it, with their role. */
export type InterventionLedByConnection = {
  __typename?: 'InterventionLedByConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<InterventionLedByEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Organization>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of InterventionLedByConnection. */
export type InterventionLedByEdge = {
  __typename?: 'InterventionLedByEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Organization;
  /** The LED_BY relationship's role: The part played: free text for an organization that led an intervention (LED_BY); LED, FOUNDED, FILED, SPONSORED, ORGANIZED or SPOKESPERSON for a person (INVOLVED_IN). */
  role?: Maybe<Scalars['String']['output']>;
};

/** How to sort Intervention nodes; ties are broken by id. */
export type InterventionOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to sort by (default NAME). */
  field?: InterventionOrderField;
};

/** Fields Intervention nodes can be sorted by. */
export type InterventionOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By name, case-insensitive. */
  | 'NAME'
  /** By last change. */
  | 'UPDATED_AT'
  /** By startYear; nodes without one come first in ascending order. */
  | 'YEAR';

/** Changes to a Intervention: only the fields given change; null removes an optional property. */
export type InterventionPatchInput = {
  /** What was done. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it was enacted. */
  enactedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Year it ended, if it did. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** When it was struck down, preempted or repealed. */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** When it came into force. */
  inForceOn?: InputMaybe<Scalars['Date']['input']>;
  /** Where it stands as a legal measure; a PROPOSED bill is never counted as adopted. */
  legalStatus?: InputMaybe<LegalStatus>;
  /** The intervention's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** When it was introduced or proposed: YYYY, YYYY-MM or YYYY-MM-DD. */
  proposedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Year it started or was enacted. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** Where it stands as a program: planned, active, completed or discontinued. */
  status?: InputMaybe<InterventionStatus>;
};

/** Intervention.people: People who led, filed, founded or took part in it, with their role. */
export type InterventionPeopleConnection = {
  __typename?: 'InterventionPeopleConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<InterventionPeopleEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Person>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of InterventionPeopleConnection. */
export type InterventionPeopleEdge = {
  __typename?: 'InterventionPeopleEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Person;
  /** The INVOLVED_IN relationship's role: The part played: free text for an organization that led an intervention (LED_BY); LED, FOUNDED, FILED, SPONSORED, ORGANIZED or SPOKESPERSON for a person (INVOLVED_IN). */
  role: PersonRole;
  /** The INVOLVED_IN relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Intervention.policyLevers: Policy levers it applied. */
export type InterventionPolicyLeversConnection = {
  __typename?: 'InterventionPolicyLeversConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<InterventionPolicyLeversEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<PolicyLever>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of InterventionPolicyLeversConnection. */
export type InterventionPolicyLeversEdge = {
  __typename?: 'InterventionPolicyLeversEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: PolicyLever;
};

/** Intervention.sources: The sources this node's facts come from, with the quote cited. */
export type InterventionSourcesConnection = {
  __typename?: 'InterventionSourcesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<InterventionSourcesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Source>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of InterventionSourcesConnection. */
export type InterventionSourcesEdge = {
  __typename?: 'InterventionSourcesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Source;
  /** The CITES relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's page: Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's quote: A short verbatim quote of the source that backs the fact (CITES). */
  quote?: Maybe<Scalars['String']['output']>;
};

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

/** Intervention.tactics: Tactics it applied. */
export type InterventionTacticsConnection = {
  __typename?: 'InterventionTacticsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<InterventionTacticsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Tactic>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of InterventionTacticsConnection. */
export type InterventionTacticsEdge = {
  __typename?: 'InterventionTacticsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Tactic;
};

/** Filters for Intervention nodes. */
export type InterventionWhere = {
  /** Only nodes whose legalStatus is one of these values. */
  legalStatus?: InputMaybe<Array<LegalStatus>>;
  /** Only nodes with a relationship, in either direction, to every one of these ids (at most 10). */
  relatedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only nodes whose status is one of these values. */
  status?: InputMaybe<Array<InterventionStatus>>;
  /** Case-insensitive text contained in the name or description (at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only nodes whose startYear is this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only nodes whose startYear is this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** A place where rules apply, from a city district to an international body; jurisdictions nest through partOf. */
export type Jurisdiction = Node & {
  __typename?: 'Jurisdiction';
  /** A short code such as US, US-NY or US-IL-CHICAGO. */
  code?: Maybe<Scalars['String']['output']>;
  /** The jurisdictions that lie directly inside it. */
  contains: JurisdictionContainsConnection;
  /** When the node was first written. */
  createdAt: Scalars['DateTime']['output'];
  /** Every change to this node, newest first. */
  history: Array<AuditEntry>;
  /** Global id: a readable slug prefixed by the label. */
  id: Scalars['ID']['output'];
  /** Interventions that took place here (not those of the jurisdictions inside it). */
  interventions: JurisdictionInterventionsConnection;
  /** How large it is: district, city, county, state, country or international. */
  level: JurisdictionLevel;
  /** The jurisdiction's name. */
  name: Scalars['String']['output'];
  /** The larger jurisdictions it lies in. */
  partOf: JurisdictionPartOfConnection;
  /** Policy levers enacted here. */
  policyLevers: JurisdictionPolicyLeversConnection;
  /** PREVALENCE findings: how common the problem is here. */
  prevalence: JurisdictionPrevalenceConnection;
  /** The sources this node's facts come from, with the quote cited. */
  sources: JurisdictionSourcesConnection;
  /** When the node last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Moves on every change; send it back when updating. */
  version: Scalars['Int']['output'];
};


/** A place where rules apply, from a city district to an international body; jurisdictions nest through partOf. */
export type JurisdictionContainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** A place where rules apply, from a city district to an international body; jurisdictions nest through partOf. */
export type JurisdictionHistoryArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place where rules apply, from a city district to an international body; jurisdictions nest through partOf. */
export type JurisdictionInterventionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A place where rules apply, from a city district to an international body; jurisdictions nest through partOf. */
export type JurisdictionPartOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** A place where rules apply, from a city district to an international body; jurisdictions nest through partOf. */
export type JurisdictionPolicyLeversArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** A place where rules apply, from a city district to an international body; jurisdictions nest through partOf. */
export type JurisdictionPrevalenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A place where rules apply, from a city district to an international body; jurisdictions nest through partOf. */
export type JurisdictionSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};

/** A page of Jurisdiction nodes. */
export type JurisdictionConnection = {
  __typename?: 'JurisdictionConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<JurisdictionEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Jurisdiction>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Jurisdiction.contains: The jurisdictions that lie directly inside it. */
export type JurisdictionContainsConnection = {
  __typename?: 'JurisdictionContainsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<JurisdictionContainsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Jurisdiction>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of JurisdictionContainsConnection. */
export type JurisdictionContainsEdge = {
  __typename?: 'JurisdictionContainsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Jurisdiction;
};

/** A new Jurisdiction: its id (prefixed 'jurisdiction:') and properties. */
export type JurisdictionCreateInput = {
  /** A short code such as US, US-NY or US-IL-CHICAGO. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** A slug such as 'jurisdiction:example_name'. */
  id: Scalars['ID']['input'];
  /** How large it is: district, city, county, state, country or international. */
  level: JurisdictionLevel;
  /** The jurisdiction's name. */
  name: Scalars['String']['input'];
};

/** An edge of JurisdictionConnection. */
export type JurisdictionEdge = {
  __typename?: 'JurisdictionEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Jurisdiction;
};

/** Jurisdiction.interventions: Interventions that took place here (not those of the jurisdictions inside it). */
export type JurisdictionInterventionsConnection = {
  __typename?: 'JurisdictionInterventionsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<JurisdictionInterventionsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Intervention>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of JurisdictionInterventionsConnection. */
export type JurisdictionInterventionsEdge = {
  __typename?: 'JurisdictionInterventionsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Intervention;
};

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

/** How to sort Jurisdiction nodes; ties are broken by id. */
export type JurisdictionOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to sort by (default NAME). */
  field?: JurisdictionOrderField;
};

/** Fields Jurisdiction nodes can be sorted by. */
export type JurisdictionOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By name, case-insensitive. */
  | 'NAME'
  /** By last change. */
  | 'UPDATED_AT';

/** Jurisdiction.partOf: The larger jurisdictions it lies in. */
export type JurisdictionPartOfConnection = {
  __typename?: 'JurisdictionPartOfConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<JurisdictionPartOfEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Jurisdiction>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of JurisdictionPartOfConnection. */
export type JurisdictionPartOfEdge = {
  __typename?: 'JurisdictionPartOfEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Jurisdiction;
};

/** Changes to a Jurisdiction: only the fields given change; null removes an optional property. */
export type JurisdictionPatchInput = {
  /** A short code such as US, US-NY or US-IL-CHICAGO. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** How large it is: district, city, county, state, country or international. */
  level?: InputMaybe<JurisdictionLevel>;
  /** The jurisdiction's name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Jurisdiction.policyLevers: Policy levers enacted here. */
export type JurisdictionPolicyLeversConnection = {
  __typename?: 'JurisdictionPolicyLeversConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<JurisdictionPolicyLeversEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<PolicyLever>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of JurisdictionPolicyLeversConnection. */
export type JurisdictionPolicyLeversEdge = {
  __typename?: 'JurisdictionPolicyLeversEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The ENACTED_IN relationship's enactedOn: When it was enacted there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  enactedOn?: Maybe<Scalars['Date']['output']>;
  /** The ENACTED_IN relationship's endedOn: When it was struck down, preempted or repealed there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** The ENACTED_IN relationship's inForceOn: When it came into force there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  inForceOn?: Maybe<Scalars['Date']['output']>;
  /** The node at the other end. */
  node: PolicyLever;
  /** The ENACTED_IN relationship's proposedOn: When it was introduced or proposed there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  proposedOn?: Maybe<Scalars['Date']['output']>;
  /** The ENACTED_IN relationship's status: Where the lever stands in that jurisdiction: proposed, enacted, in force or ended (ENACTED_IN). */
  status?: Maybe<LegalStatus>;
  /** The ENACTED_IN relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Jurisdiction.prevalence: PREVALENCE findings: how common the problem is here. */
export type JurisdictionPrevalenceConnection = {
  __typename?: 'JurisdictionPrevalenceConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<JurisdictionPrevalenceEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Finding>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of JurisdictionPrevalenceConnection. */
export type JurisdictionPrevalenceEdge = {
  __typename?: 'JurisdictionPrevalenceEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Finding;
};

/** Jurisdiction.sources: The sources this node's facts come from, with the quote cited. */
export type JurisdictionSourcesConnection = {
  __typename?: 'JurisdictionSourcesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<JurisdictionSourcesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Source>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of JurisdictionSourcesConnection. */
export type JurisdictionSourcesEdge = {
  __typename?: 'JurisdictionSourcesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Source;
  /** The CITES relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's page: Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's quote: A short verbatim quote of the source that backs the fact (CITES). */
  quote?: Maybe<Scalars['String']['output']>;
};

/** Filters for Jurisdiction nodes. */
export type JurisdictionWhere = {
  /** Only nodes whose level is one of these values. */
  level?: InputMaybe<Array<JurisdictionLevel>>;
  /** Only nodes with a relationship, in either direction, to every one of these ids (at most 10). */
  relatedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive text contained in the name or description (at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

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

/** The relationship as written (null after unlink) and the graph version after the write. */
export type LinkPayload = {
  __typename?: 'LinkPayload';
  /** The graph version after the write. */
  graphVersion: Scalars['Int']['output'];
  /** The relationship as written; null after unlink. */
  relationship?: Maybe<SubgraphEdge>;
};

/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a Finding (curator). Refused with CONFLICT when the id exists. */
  createFinding: Finding;
  /** Adds a Industry (curator). Refused with CONFLICT when the id exists. */
  createIndustry: Industry;
  /** Adds a Intervention (curator). Refused with CONFLICT when the id exists. */
  createIntervention: Intervention;
  /** Adds a Jurisdiction (curator). Refused with CONFLICT when the id exists. */
  createJurisdiction: Jurisdiction;
  /** Adds a Organization (curator). Refused with CONFLICT when the id exists. */
  createOrganization: Organization;
  /** Adds a Outcome (curator). Refused with CONFLICT when the id exists. */
  createOutcome: Outcome;
  /** Adds a Person (curator). Refused with CONFLICT when the id exists. */
  createPerson: Person;
  /** Adds a PolicyLever (curator). Refused with CONFLICT when the id exists. */
  createPolicyLever: PolicyLever;
  /** Adds a Source (curator). Refused with CONFLICT when the id exists. */
  createSource: Source;
  /** Adds a Tactic (curator). Refused with CONFLICT when the id exists. */
  createTactic: Tactic;
  /** Removes a Finding (admin). Refused while relationships touch it, listing them, unless cascade is true. */
  deleteFinding: DeletePayload;
  /** Removes a Industry (admin). Refused while relationships touch it, listing them, unless cascade is true. */
  deleteIndustry: DeletePayload;
  /** Removes a Intervention (admin). Refused while relationships touch it, listing them, unless cascade is true. */
  deleteIntervention: DeletePayload;
  /** Removes a Jurisdiction (admin). Refused while relationships touch it, listing them, unless cascade is true. */
  deleteJurisdiction: DeletePayload;
  /** Removes a Organization (admin). Refused while relationships touch it, listing them, unless cascade is true. */
  deleteOrganization: DeletePayload;
  /** Removes a Outcome (admin). Refused while relationships touch it, listing them, unless cascade is true. */
  deleteOutcome: DeletePayload;
  /** Removes a Person (admin). Refused while relationships touch it, listing them, unless cascade is true. */
  deletePerson: DeletePayload;
  /** Removes a PolicyLever (admin). Refused while relationships touch it, listing them, unless cascade is true. */
  deletePolicyLever: DeletePayload;
  /** Removes a Source (admin). Refused while relationships touch it, listing them, unless cascade is true. */
  deleteSource: DeletePayload;
  /** Removes a Tactic (admin). Refused while relationships touch it, listing them, unless cascade is true. */
  deleteTactic: DeletePayload;
  /** Upserts many nodes and relationships in one atomic write (admin): one invalid item and nothing is written; every violation is listed. At most 10000 items. */
  importGraph: ImportPayload;
  /** Adds a relationship, or changes its properties if it exists (curator). Endpoints and properties are checked against the graph schema. */
  link: LinkPayload;
  /** Removes a relationship (curator). A finding's last source cannot be unlinked. */
  unlink: LinkPayload;
  /** Changes a Finding (curator), if it is still at the version read. */
  updateFinding: Finding;
  /** Changes a Industry (curator), if it is still at the version read. */
  updateIndustry: Industry;
  /** Changes a Intervention (curator), if it is still at the version read. */
  updateIntervention: Intervention;
  /** Changes a Jurisdiction (curator), if it is still at the version read. */
  updateJurisdiction: Jurisdiction;
  /** Changes a Organization (curator), if it is still at the version read. */
  updateOrganization: Organization;
  /** Changes a Outcome (curator), if it is still at the version read. */
  updateOutcome: Outcome;
  /** Changes a Person (curator), if it is still at the version read. */
  updatePerson: Person;
  /** Changes a PolicyLever (curator), if it is still at the version read. */
  updatePolicyLever: PolicyLever;
  /** Changes a Source (curator), if it is still at the version read. */
  updateSource: Source;
  /** Changes a Tactic (curator), if it is still at the version read. */
  updateTactic: Tactic;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationCreateFindingArgs = {
  input: FindingCreateInput;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationCreateIndustryArgs = {
  input: IndustryCreateInput;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationCreateInterventionArgs = {
  input: InterventionCreateInput;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationCreateJurisdictionArgs = {
  input: JurisdictionCreateInput;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationCreateOrganizationArgs = {
  input: OrganizationCreateInput;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationCreateOutcomeArgs = {
  input: OutcomeCreateInput;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationCreatePersonArgs = {
  input: PersonCreateInput;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationCreatePolicyLeverArgs = {
  input: PolicyLeverCreateInput;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationCreateSourceArgs = {
  input: SourceCreateInput;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationCreateTacticArgs = {
  input: TacticCreateInput;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationDeleteFindingArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationDeleteIndustryArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationDeleteInterventionArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationDeleteJurisdictionArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationDeleteOrganizationArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationDeleteOutcomeArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationDeletePersonArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationDeletePolicyLeverArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationDeleteSourceArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationDeleteTacticArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationImportGraphArgs = {
  nodes: Array<GraphNodeInput>;
  relationships: Array<GraphRelationshipInput>;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationLinkArgs = {
  from: Scalars['ID']['input'];
  properties?: InputMaybe<RelationshipPropertiesInput>;
  to: Scalars['ID']['input'];
  type: RelationshipType;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUnlinkArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: RelationshipType;
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUpdateFindingArgs = {
  id: Scalars['ID']['input'];
  patch: FindingPatchInput;
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUpdateIndustryArgs = {
  id: Scalars['ID']['input'];
  patch: IndustryPatchInput;
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUpdateInterventionArgs = {
  id: Scalars['ID']['input'];
  patch: InterventionPatchInput;
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUpdateJurisdictionArgs = {
  id: Scalars['ID']['input'];
  patch: JurisdictionPatchInput;
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  patch: OrganizationPatchInput;
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUpdateOutcomeArgs = {
  id: Scalars['ID']['input'];
  patch: OutcomePatchInput;
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  patch: PersonPatchInput;
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUpdatePolicyLeverArgs = {
  id: Scalars['ID']['input'];
  patch: PolicyLeverPatchInput;
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUpdateSourceArgs = {
  id: Scalars['ID']['input'];
  patch: SourcePatchInput;
  version: Scalars['Int']['input'];
};


/** Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token. */
export type MutationUpdateTacticArgs = {
  id: Scalars['ID']['input'];
  patch: TacticPatchInput;
  version: Scalars['Int']['input'];
};

/** Anything with a global id (Relay). Ids are readable slugs prefixed by label, such as 'org:unite_here'. */
export type Node = {
  /** The node's global id. */
  id: Scalars['ID']['output'];
};

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

/** Ascending or descending order. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Policy levers it advocates for. */
  advocatesFor: OrganizationAdvocatesForConnection;
  /** When the node was first written. */
  createdAt: Scalars['DateTime']['output'];
  /** What it does. */
  description?: Maybe<Scalars['String']['output']>;
  /** Year founded. */
  founded?: Maybe<Scalars['Int']['output']>;
  /** People who founded it. */
  founders: OrganizationFoundersConnection;
  /** Organizations and people that fund it, with amount and year when known. */
  fundedBy: OrganizationFundedByConnection;
  /** Organizations and interventions it funds, with amount and year when known. */
  funds: OrganizationFundsConnection;
  /** Every change to this node, newest first. */
  history: Array<AuditEntry>;
  /** Global id: a readable slug prefixed by the label. */
  id: Scalars['ID']['output'];
  /** Industries it works in. */
  industries: OrganizationIndustriesConnection;
  /** Interventions it led, with its role. */
  interventions: OrganizationInterventionsConnection;
  /** What sort of organization it is. */
  kind: OrganizationKind;
  /** People who lead or led it. */
  leaders: OrganizationLeadersConnection;
  /** The organization's name. */
  name: Scalars['String']['output'];
  /** Organizations that name it as a partner. */
  partneredBy: OrganizationPartneredByConnection;
  /** Organizations it partners with. */
  partners: OrganizationPartnersConnection;
  /** The sources this node's facts come from, with the quote cited. */
  sources: OrganizationSourcesConnection;
  /** Tactics it uses. */
  tactics: OrganizationTacticsConnection;
  /** When the node last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Moves on every change; send it back when updating. */
  version: Scalars['Int']['output'];
  /** Home page. */
  website?: Maybe<Scalars['URL']['output']>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationAdvocatesForArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationFoundersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationFundedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationFundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationHistoryArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationIndustriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationInterventionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationLeadersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationPartneredByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** An advocacy group, union, worker center, employer, funder, agency or newsroom. */
export type OrganizationTacticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};

/** Organization.advocatesFor: Policy levers it advocates for. */
export type OrganizationAdvocatesForConnection = {
  __typename?: 'OrganizationAdvocatesForConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationAdvocatesForEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<PolicyLever>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationAdvocatesForConnection. */
export type OrganizationAdvocatesForEdge = {
  __typename?: 'OrganizationAdvocatesForEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: PolicyLever;
};

/** A page of Organization nodes. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Organization>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new Organization: its id (prefixed 'org:') and properties. */
export type OrganizationCreateInput = {
  /** What it does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Year founded. */
  founded?: InputMaybe<Scalars['Int']['input']>;
  /** A slug such as 'org:example_name'. */
  id: Scalars['ID']['input'];
  /** What sort of organization it is. */
  kind: OrganizationKind;
  /** The organization's name. */
  name: Scalars['String']['input'];
  /** Home page. */
  website?: InputMaybe<Scalars['URL']['input']>;
};

/** An edge of OrganizationConnection. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Organization;
};

/** Organization.founders: People who founded it. */
export type OrganizationFoundersConnection = {
  __typename?: 'OrganizationFoundersConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationFoundersEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Person>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationFoundersConnection. */
export type OrganizationFoundersEdge = {
  __typename?: 'OrganizationFoundersEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Person;
  /** The FOUNDED relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Organization.fundedBy: Organizations and people that fund it, with amount and year when known. */
export type OrganizationFundedByConnection = {
  __typename?: 'OrganizationFundedByConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationFundedByEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Node>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationFundedByConnection. */
export type OrganizationFundedByEdge = {
  __typename?: 'OrganizationFundedByEdge';
  /** The FUNDS relationship's amount: How much money, in the currency given (FUNDS). */
  amount?: Maybe<Scalars['Float']['output']>;
  /** The FUNDS relationship's currency: ISO 4217 code of the amount, such as USD (FUNDS). */
  currency?: Maybe<Scalars['String']['output']>;
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Node;
  /** The FUNDS relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The FUNDS relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Organization.funds: Organizations and interventions it funds, with amount and year when known. */
export type OrganizationFundsConnection = {
  __typename?: 'OrganizationFundsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationFundsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Node>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationFundsConnection. */
export type OrganizationFundsEdge = {
  __typename?: 'OrganizationFundsEdge';
  /** The FUNDS relationship's amount: How much money, in the currency given (FUNDS). */
  amount?: Maybe<Scalars['Float']['output']>;
  /** The FUNDS relationship's currency: ISO 4217 code of the amount, such as USD (FUNDS). */
  currency?: Maybe<Scalars['String']['output']>;
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Node;
  /** The FUNDS relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The FUNDS relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Organization.industries: Industries it works in. */
export type OrganizationIndustriesConnection = {
  __typename?: 'OrganizationIndustriesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationIndustriesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Industry>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationIndustriesConnection. */
export type OrganizationIndustriesEdge = {
  __typename?: 'OrganizationIndustriesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Industry;
};

/** Organization.interventions: Interventions it led, with its role. */
export type OrganizationInterventionsConnection = {
  __typename?: 'OrganizationInterventionsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationInterventionsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Intervention>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationInterventionsConnection. */
export type OrganizationInterventionsEdge = {
  __typename?: 'OrganizationInterventionsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Intervention;
  /** The LED_BY relationship's role: The part played: free text for an organization that led an intervention (LED_BY); LED, FOUNDED, FILED, SPONSORED, ORGANIZED or SPOKESPERSON for a person (INVOLVED_IN). */
  role?: Maybe<Scalars['String']['output']>;
};

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

/** Organization.leaders: People who lead or led it. */
export type OrganizationLeadersConnection = {
  __typename?: 'OrganizationLeadersConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationLeadersEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Person>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationLeadersConnection. */
export type OrganizationLeadersEdge = {
  __typename?: 'OrganizationLeadersEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Person;
  /** The LEADS relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** How to sort Organization nodes; ties are broken by id. */
export type OrganizationOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to sort by (default NAME). */
  field?: OrganizationOrderField;
};

/** Fields Organization nodes can be sorted by. */
export type OrganizationOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By name, case-insensitive. */
  | 'NAME'
  /** By last change. */
  | 'UPDATED_AT'
  /** By founded; nodes without one come first in ascending order. */
  | 'YEAR';

/** Organization.partneredBy: Organizations that name it as a partner. */
export type OrganizationPartneredByConnection = {
  __typename?: 'OrganizationPartneredByConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationPartneredByEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Organization>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationPartneredByConnection. */
export type OrganizationPartneredByEdge = {
  __typename?: 'OrganizationPartneredByEdge';
  /** The PARTNERS_WITH relationship's context: What the partnership is about, in a few words (PARTNERS_WITH). */
  context?: Maybe<Scalars['String']['output']>;
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Organization;
  /** The PARTNERS_WITH relationship's since: Year it began: the partnership (PARTNERS_WITH) or the use of the tactic (USES). */
  since?: Maybe<Scalars['Int']['output']>;
};

/** Organization.partners: Organizations it partners with. */
export type OrganizationPartnersConnection = {
  __typename?: 'OrganizationPartnersConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationPartnersEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Organization>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationPartnersConnection. */
export type OrganizationPartnersEdge = {
  __typename?: 'OrganizationPartnersEdge';
  /** The PARTNERS_WITH relationship's context: What the partnership is about, in a few words (PARTNERS_WITH). */
  context?: Maybe<Scalars['String']['output']>;
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Organization;
  /** The PARTNERS_WITH relationship's since: Year it began: the partnership (PARTNERS_WITH) or the use of the tactic (USES). */
  since?: Maybe<Scalars['Int']['output']>;
};

/** Changes to a Organization: only the fields given change; null removes an optional property. */
export type OrganizationPatchInput = {
  /** What it does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Year founded. */
  founded?: InputMaybe<Scalars['Int']['input']>;
  /** What sort of organization it is. */
  kind?: InputMaybe<OrganizationKind>;
  /** The organization's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Home page. */
  website?: InputMaybe<Scalars['URL']['input']>;
};

/** Organization.sources: The sources this node's facts come from, with the quote cited. */
export type OrganizationSourcesConnection = {
  __typename?: 'OrganizationSourcesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationSourcesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Source>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationSourcesConnection. */
export type OrganizationSourcesEdge = {
  __typename?: 'OrganizationSourcesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Source;
  /** The CITES relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's page: Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's quote: A short verbatim quote of the source that backs the fact (CITES). */
  quote?: Maybe<Scalars['String']['output']>;
};

/** Organization.tactics: Tactics it uses. */
export type OrganizationTacticsConnection = {
  __typename?: 'OrganizationTacticsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OrganizationTacticsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Tactic>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OrganizationTacticsConnection. */
export type OrganizationTacticsEdge = {
  __typename?: 'OrganizationTacticsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Tactic;
  /** The USES relationship's since: Year it began: the partnership (PARTNERS_WITH) or the use of the tactic (USES). */
  since?: Maybe<Scalars['Int']['output']>;
};

/** Filters for Organization nodes. */
export type OrganizationWhere = {
  /** Only nodes whose kind is one of these values. */
  kind?: InputMaybe<Array<OrganizationKind>>;
  /** Only nodes with a relationship, in either direction, to every one of these ids (at most 10). */
  relatedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive text contained in the name or description (at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only nodes whose founded is this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only nodes whose founded is this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** Something an intervention can change, such as reporting of harassment or accountability of harassers. */
export type Outcome = Node & {
  __typename?: 'Outcome';
  /** The family of outcomes it belongs to. */
  category: OutcomeCategory;
  /** When the node was first written. */
  createdAt: Scalars['DateTime']['output'];
  /** What it covers. */
  description?: Maybe<Scalars['String']['output']>;
  /** Findings about this outcome. */
  findings: OutcomeFindingsConnection;
  /** Every change to this node, newest first. */
  history: Array<AuditEntry>;
  /** Global id: a readable slug prefixed by the label. */
  id: Scalars['ID']['output'];
  /** The outcome's name. */
  name: Scalars['String']['output'];
  /** The sources this node's facts come from, with the quote cited. */
  sources: OutcomeSourcesConnection;
  /** When the node last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Moves on every change; send it back when updating. */
  version: Scalars['Int']['output'];
};


/** Something an intervention can change, such as reporting of harassment or accountability of harassers. */
export type OutcomeFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** Something an intervention can change, such as reporting of harassment or accountability of harassers. */
export type OutcomeHistoryArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an intervention can change, such as reporting of harassment or accountability of harassers. */
export type OutcomeSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};

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

/** An industry's findings on one category of outcome. */
export type OutcomeCategoryEffects = {
  __typename?: 'OutcomeCategoryEffects';
  /** The category of outcome. */
  category: OutcomeCategory;
  /** EFFECT findings by effect. */
  effects: EffectCounts;
  /** Every finding by kind: adoption counted apart from effect. */
  findingKinds: FindingKindCounts;
  /** The findings on outcomes of this category, of every kind. */
  findings: Array<Finding>;
};

/** A page of Outcome nodes. */
export type OutcomeConnection = {
  __typename?: 'OutcomeConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OutcomeEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Outcome>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new Outcome: its id (prefixed 'outcome:') and properties. */
export type OutcomeCreateInput = {
  /** The family of outcomes it belongs to. */
  category: OutcomeCategory;
  /** What it covers. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A slug such as 'outcome:example_name'. */
  id: Scalars['ID']['input'];
  /** The outcome's name. */
  name: Scalars['String']['input'];
};

/** An edge of OutcomeConnection. */
export type OutcomeEdge = {
  __typename?: 'OutcomeEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Outcome;
};

/** Outcome.findings: Findings about this outcome. */
export type OutcomeFindingsConnection = {
  __typename?: 'OutcomeFindingsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OutcomeFindingsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Finding>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OutcomeFindingsConnection. */
export type OutcomeFindingsEdge = {
  __typename?: 'OutcomeFindingsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Finding;
};

/** How to sort Outcome nodes; ties are broken by id. */
export type OutcomeOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to sort by (default NAME). */
  field?: OutcomeOrderField;
};

/** Fields Outcome nodes can be sorted by. */
export type OutcomeOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By name, case-insensitive. */
  | 'NAME'
  /** By last change. */
  | 'UPDATED_AT';

/** Changes to a Outcome: only the fields given change; null removes an optional property. */
export type OutcomePatchInput = {
  /** The family of outcomes it belongs to. */
  category?: InputMaybe<OutcomeCategory>;
  /** What it covers. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The outcome's name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Outcome.sources: The sources this node's facts come from, with the quote cited. */
export type OutcomeSourcesConnection = {
  __typename?: 'OutcomeSourcesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<OutcomeSourcesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Source>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of OutcomeSourcesConnection. */
export type OutcomeSourcesEdge = {
  __typename?: 'OutcomeSourcesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Source;
  /** The CITES relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's page: Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's quote: A short verbatim quote of the source that backs the fact (CITES). */
  quote?: Maybe<Scalars['String']['output']>;
};

/** Filters for Outcome nodes. */
export type OutcomeWhere = {
  /** Only nodes whose category is one of these values. */
  category?: InputMaybe<Array<OutcomeCategory>>;
  /** Only nodes with a relationship, in either direction, to every one of these ids (at most 10). */
  relatedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive text contained in the name or description (at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Where a page sits in its connection (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page (ask again with 'after: endCursor'). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items come before this page (ask again with 'before: startCursor'). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first item; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A simple path between two nodes. */
export type Path = {
  __typename?: 'Path';
  /** The steps, one per relationship. */
  hops: Array<PathHop>;
  /** The catch-all nodes this path passes through, in path order: empty unless throughHubs was asked for. */
  hubs: Array<Node>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** The nodes along the path, from start to end. */
  nodes: Array<Node>;
};

/** One step of a path: the relationship taken (in either direction), its properties and the sources its two ends cite. */
export type PathHop = {
  __typename?: 'PathHop';
  /** True when the relationship points from this hop's 'from' to its 'to'. */
  forward: Scalars['Boolean']['output'];
  /** The node this step starts from. */
  from: Node;
  /** The hop as a sentence in the relationship's direction: 'Fair Food Program (intervention) applies Worker-driven social responsibility (tactic)'. */
  meaning: Scalars['String']['output'];
  /** The relationship's properties. */
  properties: Array<Property>;
  /** The relationship's type, such as APPLIES. */
  relationship: RelationshipType;
  /** Sources cited by either end of the hop. */
  sources: Array<Source>;
  /** The node this step reaches. */
  to: Node;
};

/** paths' answer, a page at a time (Relay cursor connection). */
export type PathsConnection = {
  __typename?: 'PathsConnection';
  /** The results of this page, each with its cursor. */
  edges: Array<PathsEdge>;
  /** The results of this page, without their cursors. */
  nodes: Array<Path>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many paths there are, counting at most the 50 shortest (the ones this connection pages over). */
  totalCount: Scalars['Int']['output'];
};

/** One result of PathsConnection with its cursor. */
export type PathsEdge = {
  __typename?: 'PathsEdge';
  /** Where this result is: pass it as 'after' to read the results ranked below it. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: Path;
};

/** A founder, leader or public figure of the movement. */
export type Person = Node & {
  __typename?: 'Person';
  /** When the node was first written. */
  createdAt: Scalars['DateTime']['output'];
  /** Who they are, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Organizations this person founded. */
  founded: PersonFoundedConnection;
  /** Organizations and interventions this person funds, with amount and year when known. */
  funds: PersonFundsConnection;
  /** Every change to this node, newest first. */
  history: Array<AuditEntry>;
  /** Global id: a readable slug prefixed by the label. */
  id: Scalars['ID']['output'];
  /** Interventions this person led, filed, founded or took part in, with the role. */
  interventions: PersonInterventionsConnection;
  /** Organizations this person leads or led. */
  leads: PersonLeadsConnection;
  /** The person's name. */
  name: Scalars['String']['output'];
  /** The sources this node's facts come from, with the quote cited. */
  sources: PersonSourcesConnection;
  /** When the node last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Moves on every change; send it back when updating. */
  version: Scalars['Int']['output'];
};


/** A founder, leader or public figure of the movement. */
export type PersonFoundedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A founder, leader or public figure of the movement. */
export type PersonFundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** A founder, leader or public figure of the movement. */
export type PersonHistoryArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A founder, leader or public figure of the movement. */
export type PersonInterventionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A founder, leader or public figure of the movement. */
export type PersonLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A founder, leader or public figure of the movement. */
export type PersonSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};

/** A page of Person nodes. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PersonEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Person>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new Person: its id (prefixed 'person:') and properties. */
export type PersonCreateInput = {
  /** Who they are, in one or two sentences. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A slug such as 'person:example_name'. */
  id: Scalars['ID']['input'];
  /** The person's name. */
  name: Scalars['String']['input'];
};

/** An edge of PersonConnection. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Person;
};

/** Person.founded: Organizations this person founded. */
export type PersonFoundedConnection = {
  __typename?: 'PersonFoundedConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PersonFoundedEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Organization>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PersonFoundedConnection. */
export type PersonFoundedEdge = {
  __typename?: 'PersonFoundedEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Organization;
  /** The FOUNDED relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Person.funds: Organizations and interventions this person funds, with amount and year when known. */
export type PersonFundsConnection = {
  __typename?: 'PersonFundsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PersonFundsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Node>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PersonFundsConnection. */
export type PersonFundsEdge = {
  __typename?: 'PersonFundsEdge';
  /** The FUNDS relationship's amount: How much money, in the currency given (FUNDS). */
  amount?: Maybe<Scalars['Float']['output']>;
  /** The FUNDS relationship's currency: ISO 4217 code of the amount, such as USD (FUNDS). */
  currency?: Maybe<Scalars['String']['output']>;
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Node;
  /** The FUNDS relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The FUNDS relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Person.interventions: Interventions this person led, filed, founded or took part in, with the role. */
export type PersonInterventionsConnection = {
  __typename?: 'PersonInterventionsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PersonInterventionsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Intervention>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PersonInterventionsConnection. */
export type PersonInterventionsEdge = {
  __typename?: 'PersonInterventionsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Intervention;
  /** The INVOLVED_IN relationship's role: The part played: free text for an organization that led an intervention (LED_BY); LED, FOUNDED, FILED, SPONSORED, ORGANIZED or SPOKESPERSON for a person (INVOLVED_IN). */
  role: PersonRole;
  /** The INVOLVED_IN relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Person.leads: Organizations this person leads or led. */
export type PersonLeadsConnection = {
  __typename?: 'PersonLeadsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PersonLeadsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Organization>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PersonLeadsConnection. */
export type PersonLeadsEdge = {
  __typename?: 'PersonLeadsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Organization;
  /** The LEADS relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** How to sort Person nodes; ties are broken by id. */
export type PersonOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to sort by (default NAME). */
  field?: PersonOrderField;
};

/** Fields Person nodes can be sorted by. */
export type PersonOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By name, case-insensitive. */
  | 'NAME'
  /** By last change. */
  | 'UPDATED_AT';

/** Changes to a Person: only the fields given change; null removes an optional property. */
export type PersonPatchInput = {
  /** Who they are, in one or two sentences. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The person's name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The part a person played in an intervention. */
export type PersonRole =
  /** Filed it: a lawsuit, a complaint, a charge. */
  | 'FILED'
  /** Founded or started it. */
  | 'FOUNDED'
  /** Led the intervention. */
  | 'LED'
  /** Organized it or its participants. */
  | 'ORGANIZED'
  /** Spoke for it in public. */
  | 'SPOKESPERSON'
  /** Sponsored or authored it as a legislator. */
  | 'SPONSORED';

/** Person.sources: The sources this node's facts come from, with the quote cited. */
export type PersonSourcesConnection = {
  __typename?: 'PersonSourcesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PersonSourcesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Source>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PersonSourcesConnection. */
export type PersonSourcesEdge = {
  __typename?: 'PersonSourcesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Source;
  /** The CITES relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's page: Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's quote: A short verbatim quote of the source that backs the fact (CITES). */
  quote?: Maybe<Scalars['String']['output']>;
};

/** Filters for Person nodes. */
export type PersonWhere = {
  /** Only nodes with a relationship, in either direction, to every one of these ids (at most 10). */
  relatedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive text contained in the name or description (at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A rule that can be pulled: a law, ordinance, contract clause, corporate policy or standard. */
export type PolicyLever = Node & Strategy & {
  __typename?: 'PolicyLever';
  /** Organizations advocating for it. */
  advocates: PolicyLeverAdvocatesConnection;
  /** When the node was first written. */
  createdAt: Scalars['DateTime']['output'];
  /** What it requires. */
  description?: Maybe<Scalars['String']['output']>;
  /** Where it was enacted, when, and its status. */
  enactedIn: PolicyLeverEnactedInConnection;
  /** Every change to this node, newest first. */
  history: Array<AuditEntry>;
  /** Global id: a readable slug prefixed by the label. */
  id: Scalars['ID']['output'];
  /** Interventions that applied it. */
  interventions: PolicyLeverInterventionsConnection;
  /** What kind of rule it is. */
  kind: PolicyLeverKind;
  /** The lever's name. */
  name: Scalars['String']['output'];
  /** The sources this node's facts come from, with the quote cited. */
  sources: PolicyLeverSourcesConnection;
  /** When the node last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Moves on every change; send it back when updating. */
  version: Scalars['Int']['output'];
};


/** A rule that can be pulled: a law, ordinance, contract clause, corporate policy or standard. */
export type PolicyLeverAdvocatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A rule that can be pulled: a law, ordinance, contract clause, corporate policy or standard. */
export type PolicyLeverEnactedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** A rule that can be pulled: a law, ordinance, contract clause, corporate policy or standard. */
export type PolicyLeverHistoryArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A rule that can be pulled: a law, ordinance, contract clause, corporate policy or standard. */
export type PolicyLeverInterventionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A rule that can be pulled: a law, ordinance, contract clause, corporate policy or standard. */
export type PolicyLeverSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};

/** PolicyLever.advocates: Organizations advocating for it. */
export type PolicyLeverAdvocatesConnection = {
  __typename?: 'PolicyLeverAdvocatesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PolicyLeverAdvocatesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Organization>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PolicyLeverAdvocatesConnection. */
export type PolicyLeverAdvocatesEdge = {
  __typename?: 'PolicyLeverAdvocatesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Organization;
};

/** A page of PolicyLever nodes. */
export type PolicyLeverConnection = {
  __typename?: 'PolicyLeverConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PolicyLeverEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<PolicyLever>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new PolicyLever: its id (prefixed 'lever:') and properties. */
export type PolicyLeverCreateInput = {
  /** What it requires. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A slug such as 'lever:example_name'. */
  id: Scalars['ID']['input'];
  /** What kind of rule it is. */
  kind: PolicyLeverKind;
  /** The lever's name. */
  name: Scalars['String']['input'];
};

/** An edge of PolicyLeverConnection. */
export type PolicyLeverEdge = {
  __typename?: 'PolicyLeverEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: PolicyLever;
};

/** PolicyLever.enactedIn: Where it was enacted, when, and its status. */
export type PolicyLeverEnactedInConnection = {
  __typename?: 'PolicyLeverEnactedInConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PolicyLeverEnactedInEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Jurisdiction>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PolicyLeverEnactedInConnection. */
export type PolicyLeverEnactedInEdge = {
  __typename?: 'PolicyLeverEnactedInEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The ENACTED_IN relationship's enactedOn: When it was enacted there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  enactedOn?: Maybe<Scalars['Date']['output']>;
  /** The ENACTED_IN relationship's endedOn: When it was struck down, preempted or repealed there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** The ENACTED_IN relationship's inForceOn: When it came into force there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  inForceOn?: Maybe<Scalars['Date']['output']>;
  /** The node at the other end. */
  node: Jurisdiction;
  /** The ENACTED_IN relationship's proposedOn: When it was introduced or proposed there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  proposedOn?: Maybe<Scalars['Date']['output']>;
  /** The ENACTED_IN relationship's status: Where the lever stands in that jurisdiction: proposed, enacted, in force or ended (ENACTED_IN). */
  status?: Maybe<LegalStatus>;
  /** The ENACTED_IN relationship's year: Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** PolicyLever.interventions: Interventions that applied it. */
export type PolicyLeverInterventionsConnection = {
  __typename?: 'PolicyLeverInterventionsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PolicyLeverInterventionsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Intervention>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PolicyLeverInterventionsConnection. */
export type PolicyLeverInterventionsEdge = {
  __typename?: 'PolicyLeverInterventionsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Intervention;
};

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

/** How to sort PolicyLever nodes; ties are broken by id. */
export type PolicyLeverOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to sort by (default NAME). */
  field?: PolicyLeverOrderField;
};

/** Fields PolicyLever nodes can be sorted by. */
export type PolicyLeverOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By name, case-insensitive. */
  | 'NAME'
  /** By last change. */
  | 'UPDATED_AT';

/** Changes to a PolicyLever: only the fields given change; null removes an optional property. */
export type PolicyLeverPatchInput = {
  /** What it requires. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What kind of rule it is. */
  kind?: InputMaybe<PolicyLeverKind>;
  /** The lever's name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** PolicyLever.sources: The sources this node's facts come from, with the quote cited. */
export type PolicyLeverSourcesConnection = {
  __typename?: 'PolicyLeverSourcesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<PolicyLeverSourcesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Source>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PolicyLeverSourcesConnection. */
export type PolicyLeverSourcesEdge = {
  __typename?: 'PolicyLeverSourcesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Source;
  /** The CITES relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's page: Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's quote: A short verbatim quote of the source that backs the fact (CITES). */
  quote?: Maybe<Scalars['String']['output']>;
};

/** Filters for PolicyLever nodes. */
export type PolicyLeverWhere = {
  /** Only nodes whose kind is one of these values. */
  kind?: InputMaybe<Array<PolicyLeverKind>>;
  /** Only nodes with a relationship, in either direction, to every one of these ids (at most 10). */
  relatedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive text contained in the name or description (at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One property of a relationship, its value written as JSON text. */
export type Property = {
  __typename?: 'Property';
  /** Its value as JSON itself: a number stays a number, a list a list. */
  json?: Maybe<Scalars['JSON']['output']>;
  /** The property's name. */
  name: Scalars['String']['output'];
  /** Its value: a string as it is, any other value as JSON text. */
  value: Scalars['String']['output'];
};

/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type Query = {
  __typename?: 'Query';
  /** Every change, newest first (admin). At most 500 per call; page with 'before'. */
  auditLog: Array<AuditEntry>;
  /** For each tactic and policy lever, which of the given industries apply it and what their findings say; shared, unique, and outcomes side by side. */
  compareStrategies?: Maybe<StrategyComparison>;
  /** An evidence gap map: findings counted by effect, with the best evidence, for every row × column; empty cells are gaps. Also at /export/evidence-map.csv. */
  evidenceMap?: Maybe<EvidenceMap>;
  /** All Finding nodes, filtered, ordered and paged. */
  findings: FindingConnection;
  /** The current graph version: it moves with every committed write, so a dashboard can poll it and re-read only when it moved (graphChanged pushes the same number). */
  graphVersion: Scalars['Int']['output'];
  /** All Industry nodes, filtered, ordered and paged. */
  industries: IndustryConnection;
  /** All Intervention nodes, filtered, ordered and paged. */
  interventions: InterventionConnection;
  /** All Jurisdiction nodes, filtered, ordered and paged. */
  jurisdictions: JurisdictionConnection;
  /** The nodes within a few hops of a node and every relationship among them, ready to draw. */
  neighborhood?: Maybe<Subgraph>;
  /** The node with this id, or null when there is none. */
  node?: Maybe<Node>;
  /** The nodes with these ids, in the same order; null where an id is unknown. At most 100 ids. */
  nodes: Array<Maybe<Node>>;
  /** All Organization nodes, filtered, ordered and paged. */
  organizations: OrganizationConnection;
  /** All Outcome nodes, filtered, ordered and paged. */
  outcomes: OutcomeConnection;
  /** The shortest simple paths between two nodes, shortest first, following relationships in either direction; each hop with its relationship, its meaning, properties and sources. Catch-all nodes (hubs: at least six times the graph's mean number of relationships, and at least 20) are not passed through unless throughHubs is true; paths of one length come through the least connected nodes first. */
  paths?: Maybe<Array<Path>>;
  /** The same paths as paths, paged: first (default 5, at most 50) paths after the cursor 'after', with pageInfo and totalCount. Pages over the 50 shortest paths. */
  pathsConnection?: Maybe<PathsConnection>;
  /** All Person nodes, filtered, ordered and paged. */
  people: PersonConnection;
  /** All PolicyLever nodes, filtered, ordered and paged. */
  policyLevers: PolicyLeverConnection;
  /** Full-text search over names, descriptions, finding summaries and source quotes; every word must match (as a prefix). Best match first. */
  search?: Maybe<Array<SearchHit>>;
  /** The same search as search, paged: first (default 20, at most 100) matches after the cursor 'after', with pageInfo and totalCount. Pages over the 1000 best matches. */
  searchConnection?: Maybe<SearchConnection>;
  /** All Source nodes, filtered, ordered and paged. */
  sources: SourceConnection;
  /** Nodes by label, findings by effect and by evidence strength, interventions by year and by industry. */
  stats?: Maybe<Stats>;
  /** All the evidence for one tactic, policy lever or intervention, with its verdict: scored exactly as whatWorked scores it in the same scope, the EFFECT findings apart from the adoption, prevalence and process findings. */
  strategyEvidence?: Maybe<StrategyEvidenceResult>;
  /** All Tactic nodes, filtered, ordered and paged. */
  tactics: TacticConnection;
  /** Interventions with a positive EFFECT finding and net effect evidence above 0, in industries that share this industry's risk factors and bring strategies not applied here, ranked by evidence × (1 + distinctiveness of the shared risk factors); ties by id. */
  transferCandidates?: Maybe<Array<TransferCandidate>>;
  /** The same ranking as transferCandidates, paged: first (default 10, at most 100) candidates after the cursor 'after', with pageInfo and totalCount. */
  transferCandidatesConnection?: Maybe<TransferCandidatesConnection>;
  /** Tactics, policy levers and interventions ranked by the evidence behind them, each with its score explained, its findings and their sources. */
  whatWorked?: Maybe<Array<WhatWorkedResult>>;
  /** The same ranking as whatWorked, paged: first (default 10, at most 100) results after the cursor 'after', with pageInfo and totalCount. */
  whatWorkedConnection?: Maybe<WhatWorkedConnection>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryAuditLogArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['ID']['input']>;
  elementId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  operation?: InputMaybe<AuditOperation>;
  sinceGraphVersion?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryCompareStrategiesArgs = {
  industries: Array<Scalars['ID']['input']>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryEvidenceMapArgs = {
  columns: EvidenceMapColumns;
  filter?: InputMaybe<EvidenceFilter>;
  rows: EvidenceMapRows;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FindingOrder>;
  where?: InputMaybe<FindingWhere>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryIndustriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IndustryOrder>;
  where?: InputMaybe<IndustryWhere>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryInterventionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InterventionOrder>;
  where?: InputMaybe<InterventionWhere>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryJurisdictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<JurisdictionOrder>;
  where?: InputMaybe<JurisdictionWhere>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  labels?: InputMaybe<Array<NodeLabel>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
  where?: InputMaybe<OrganizationWhere>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OutcomeOrder>;
  where?: InputMaybe<OutcomeWhere>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  throughHubs?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['ID']['input'];
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryPathsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  throughHubs?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['ID']['input'];
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
  where?: InputMaybe<PersonWhere>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryPolicyLeversArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PolicyLeverOrder>;
  where?: InputMaybe<PolicyLeverWhere>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Array<NodeLabel>>;
  text: Scalars['String']['input'];
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QuerySearchConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Array<NodeLabel>>;
  text: Scalars['String']['input'];
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SourceOrder>;
  where?: InputMaybe<SourceWhere>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryStatsArgs = {
  industry?: InputMaybe<Scalars['ID']['input']>;
  jurisdiction?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryStrategyEvidenceArgs = {
  id: Scalars['ID']['input'];
  industry?: InputMaybe<Scalars['ID']['input']>;
  jurisdiction?: InputMaybe<Scalars['ID']['input']>;
  minEvidence?: InputMaybe<EvidenceStrength>;
  outcomeCategory?: InputMaybe<OutcomeCategory>;
  since?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryTacticsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TacticOrder>;
  where?: InputMaybe<TacticWhere>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryTransferCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  industry: Scalars['ID']['input'];
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryTransferCandidatesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  industry: Scalars['ID']['input'];
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryWhatWorkedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUnevidenced?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
  jurisdiction?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<StrategyKind>>;
  minEvidence?: InputMaybe<EvidenceStrength>;
  outcomeCategory?: InputMaybe<OutcomeCategory>;
  since?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where. */
export type QueryWhatWorkedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUnevidenced?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
  jurisdiction?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<StrategyKind>>;
  minEvidence?: InputMaybe<EvidenceStrength>;
  outcomeCategory?: InputMaybe<OutcomeCategory>;
  since?: InputMaybe<Scalars['Int']['input']>;
};

/** How to order a node's relationships; ties are broken by the other end's id. DESC reverses the whole order. */
export type RelationshipOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to order by (default NAME). */
  field?: RelationshipOrderField;
};

/** What a node's relationships can be ordered by. */
export type RelationshipOrderField =
  /** By the other end's id. */
  | 'ID'
  /** By the other end's name (its title or summary where it has no name), byte-wise; the default. */
  | 'NAME';

/** Properties of a relationship; each type allows only some of them (see the graph schema). */
export type RelationshipPropertiesInput = {
  /** How much money, in the currency given (FUNDS). */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** What the partnership is about, in a few words (PARTNERS_WITH). */
  context?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code of the amount, such as USD (FUNDS). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** When it was enacted there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  enactedOn?: InputMaybe<Scalars['Date']['input']>;
  /** When it was struck down, preempted or repealed there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** When it came into force there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  inForceOn?: InputMaybe<Scalars['Date']['input']>;
  /** A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: InputMaybe<Scalars['String']['input']>;
  /** When it was introduced or proposed there: YYYY, YYYY-MM or YYYY-MM-DD (ENACTED_IN). */
  proposedOn?: InputMaybe<Scalars['Date']['input']>;
  /** A short verbatim quote of the source that backs the fact (CITES). */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** The part played: free text for an organization that led an intervention (LED_BY); LED, FOUNDED, FILED, SPONSORED, ORGANIZED or SPOKESPERSON for a person (INVOLVED_IN). */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Year it began: the partnership (PARTNERS_WITH) or the use of the tactic (USES). */
  since?: InputMaybe<Scalars['Int']['input']>;
  /** Where the lever stands in that jurisdiction: proposed, enacted, in force or ended (ENACTED_IN). */
  status?: InputMaybe<LegalStatus>;
  /** Year of the fact: founded or led (FOUNDED, LEADS), enacted (ENACTED_IN), took part (INVOLVED_IN) or funded (FUNDS). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

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

/** search's matches, best first, a page at a time (Relay cursor connection). */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The results of this page, each with its cursor. */
  edges: Array<SearchEdge>;
  /** The results of this page, without their cursors. */
  nodes: Array<SearchHit>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many nodes match, counting at most the 1000 best matches (the ones this connection pages over). */
  totalCount: Scalars['Int']['output'];
};

/** One result of SearchConnection with its cursor. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Where this result is: pass it as 'after' to read the results ranked below it. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: SearchHit;
};

/** A node matching a full-text search, with the matched passage. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matching node. */
  node: Node;
  /** Relevance (BM25); higher is better. */
  score: Scalars['Float']['output'];
  /** The matched text, with matches between « and ». */
  snippet: Scalars['String']['output'];
};

/** A risk factor both industries have, weighted by how distinctive it is. */
export type SharedRiskFactor = {
  __typename?: 'SharedRiskFactor';
  /** How many industries list this factor. */
  industries: Scalars['Int']['output'];
  /** The risk factor. */
  name: RiskFactor;
  /** ln(industries described by risk factors / industries with this factor); 0 when every industry has it. */
  weight: Scalars['Float']['output'];
};

/** A public page, report, study or law text that evidences facts of the graph. */
export type Source = Node & {
  __typename?: 'Source';
  /** Nodes that cite this source, with the quote cited. */
  citedBy: SourceCitedByConnection;
  /** When the node was first written. */
  createdAt: Scalars['DateTime']['output'];
  /** Every change to this node, newest first. */
  history: Array<AuditEntry>;
  /** Global id: a readable slug prefixed by the label. */
  id: Scalars['ID']['output'];
  /** What kind of document it is. */
  kind: SourceKind;
  /** A paraphrase or a curator's remark on the source. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when it is the original record (the law, the study, the organization's own data), false when it reports on one; null until rated. */
  primary?: Maybe<Scalars['Boolean']['output']>;
  /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Who published it. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** A short verbatim quote of what it says; a paraphrase goes to note. */
  quote?: Maybe<Scalars['String']['output']>;
  /** The source's title. */
  title: Scalars['String']['output'];
  /** Who stands behind it: government, court, peer-reviewed journal, research report, news, advocacy, or the organization's own account; null until rated. */
  type?: Maybe<SourceType>;
  /** When the node last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where to read it (http or https). */
  url: Scalars['URL']['output'];
  /** Moves on every change; send it back when updating. */
  version: Scalars['Int']['output'];
};


/** A public page, report, study or law text that evidences facts of the graph. */
export type SourceCitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationshipOrder>;
};


/** A public page, report, study or law text that evidences facts of the graph. */
export type SourceHistoryArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Source.citedBy: Nodes that cite this source, with the quote cited. */
export type SourceCitedByConnection = {
  __typename?: 'SourceCitedByConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<SourceCitedByEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Node>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of SourceCitedByConnection. */
export type SourceCitedByEdge = {
  __typename?: 'SourceCitedByEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Node;
  /** The CITES relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's page: Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's quote: A short verbatim quote of the source that backs the fact (CITES). */
  quote?: Maybe<Scalars['String']['output']>;
};

/** A page of Source nodes. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<SourceEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Source>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new Source: its id (prefixed 'source:') and properties. */
export type SourceCreateInput = {
  /** A slug such as 'source:example_name'. */
  id: Scalars['ID']['input'];
  /** What kind of document it is. */
  kind: SourceKind;
  /** A paraphrase or a curator's remark on the source. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** True when it is the original record (the law, the study, the organization's own data), false when it reports on one; null until rated. */
  primary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** A short verbatim quote of what it says; a paraphrase goes to note. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** The source's title. */
  title: Scalars['String']['input'];
  /** Who stands behind it: government, court, peer-reviewed journal, research report, news, advocacy, or the organization's own account; null until rated. */
  type?: InputMaybe<SourceType>;
  /** Where to read it (http or https). */
  url: Scalars['URL']['input'];
};

/** An edge of SourceConnection. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Source;
};

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

/** How to sort Source nodes; ties are broken by id. */
export type SourceOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to sort by (default NAME). */
  field?: SourceOrderField;
};

/** Fields Source nodes can be sorted by. */
export type SourceOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By title, case-insensitive. */
  | 'NAME'
  /** By last change. */
  | 'UPDATED_AT'
  /** By publishedOn; nodes without one come first in ascending order. */
  | 'YEAR';

/** Changes to a Source: only the fields given change; null removes an optional property. */
export type SourcePatchInput = {
  /** What kind of document it is. */
  kind?: InputMaybe<SourceKind>;
  /** A paraphrase or a curator's remark on the source. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** True when it is the original record (the law, the study, the organization's own data), false when it reports on one; null until rated. */
  primary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** A short verbatim quote of what it says; a paraphrase goes to note. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** The source's title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Who stands behind it: government, court, peer-reviewed journal, research report, news, advocacy, or the organization's own account; null until rated. */
  type?: InputMaybe<SourceType>;
  /** Where to read it (http or https). */
  url?: InputMaybe<Scalars['URL']['input']>;
};

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

/** Filters for Source nodes. */
export type SourceWhere = {
  /** Only nodes whose kind is one of these values. */
  kind?: InputMaybe<Array<SourceKind>>;
  /** Only nodes with a relationship, in either direction, to every one of these ids (at most 10). */
  relatedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive text contained in the title or description (at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only nodes whose type is one of these values. */
  type?: InputMaybe<Array<SourceType>>;
  /** Only nodes whose publishedOn is this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only nodes whose publishedOn is this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

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

/** The counts a dashboard needs, in one call. */
export type Stats = {
  __typename?: 'Stats';
  /** EFFECT findings by effect; the other kinds carry none. */
  findingsByEffect: Array<Count>;
  /** Findings by evidence strength: STRONG, MODERATE, LIMITED, ANECDOTAL. */
  findingsByEvidenceStrength: Array<Count>;
  /** Findings by kind: EFFECT, ADOPTION, PREVALENCE, PROCESS. */
  findingsByKind: Array<Count>;
  /** Keyed by industry id. */
  interventionsByIndustry: Array<Count>;
  /** By start year. */
  interventionsByYear: Array<Count>;
  /** Nodes counted by label (the whole graph, whatever the scope). */
  nodesByLabel: Array<Count>;
};

/** A tactic, a policy lever or an intervention: what the evidence analyses rank and compare. */
export type Strategy = {
  /** What it is or does, in a few sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** The node's global id. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** Which strategies the compared industries share, which only one applies, and their outcomes side by side. */
export type StrategyComparison = {
  __typename?: 'StrategyComparison';
  /** Each compared industry: the strategies only it applies and its outcomes by category. */
  byIndustry: Array<IndustryProfile>;
  /** The compared industries, in the order given. */
  industries: Array<Industry>;
  /** Strategies every compared industry applies. */
  shared: Array<Strategy>;
  /** Every tactic and lever applied by at least one compared industry, the most widely shared first. */
  strategies: Array<ComparedStrategy>;
};

/** All the evidence for one tactic, policy lever or intervention in a scope, with its verdict. */
export type StrategyEvidenceResult = {
  __typename?: 'StrategyEvidenceResult';
  /** Where, since when and how widely it was adopted, beside the verdict and never part of it. For a lever, every ENACTED_IN relationship in the graph; for every strategy, the interventions in scope that adopted it. */
  adoption: Adoption;
  /** ADOPTION findings: reported beside the verdict, never counted in it. */
  adoptions: Array<Finding>;
  /** Some intervention in scope applies it (false: no evidence either way). */
  appliedInScope: Scalars['Boolean']['output'];
  /** Σ of the EFFECT finding weights, whatever their direction. */
  confidence: Scalars['Float']['output'];
  /** Its EFFECT findings in scope, counted by effect. */
  effects: EffectCounts;
  /** The score in plain words. */
  explanation: Scalars['String']['output'];
  /** Every finding in scope counted by kind; only EFFECT findings count toward verdict and score. */
  findingKinds: FindingKindCounts;
  /** The EFFECT findings behind the verdict and score, each with its sources. */
  findings: Array<Finding>;
  /** Industries where it was applied. */
  industries: Array<Industry>;
  /** The interventions in scope that apply it. */
  interventions: Array<Intervention>;
  /** Whether it is a tactic, a policy lever or an intervention. */
  kind: StrategyKind;
  /** Industries with a positive EFFECT finding (replication). */
  positiveIn: Array<Industry>;
  /** PREVALENCE findings that describe the industries where it was applied (how common the problem is there): context, never counted. */
  prevalence: Array<Finding>;
  /** PROCESS findings (implementation facts): never counted. */
  process: Array<Finding>;
  /** The score whatWorked gives it in the same scope (docs/scoring.md). */
  score: Scalars['Float']['output'];
  /** How many of its EFFECT findings also count for a strategy in sharedWith. */
  sharedFindings: Scalars['Int']['output'];
  /** Other tactics and policy levers credited with some of the same EFFECT findings because one intervention applied them together: that evidence is shared, not independent support for each. Empty for interventions. */
  sharedWith: Array<Strategy>;
  /** The tactic, policy lever or intervention. */
  strategy: Strategy;
  /** The verdict whatWorked gives it in the same scope: from EFFECT findings only. */
  verdict: Verdict;
  /** EFFECT findings behind the verdict that rest only on self-published or secondary sources (each finding's sourcing says why). The score does not change. */
  weaklySourced: Scalars['Int']['output'];
};

/** What kind of strategy a result is about. */
export type StrategyKind =
  /** One concrete intervention. */
  | 'INTERVENTION'
  /** A policy lever, such as a panic-button ordinance. */
  | 'POLICY_LEVER'
  /** A tactic, such as worker-led monitoring. */
  | 'TACTIC';

/** How one industry applies a strategy, and what its findings there say. */
export type StrategyUse = {
  __typename?: 'StrategyUse';
  /** EFFECT findings by effect. */
  effects: EffectCounts;
  /** Every finding by kind: adoption counted apart from effect. */
  findingKinds: FindingKindCounts;
  /** The findings of those interventions, of every kind. */
  findings: Array<Finding>;
  /** The industry. */
  industry: Industry;
  /** The industry's interventions that apply it. */
  interventions: Array<Intervention>;
  /** What the industry's EFFECT findings on it say. */
  verdict: Verdict;
};

/** Nodes and the relationships among them, ready to draw. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Every relationship between two of the nodes. */
  edges: Array<SubgraphEdge>;
  /** The nodes, nearest first. */
  nodes: Array<Node>;
  /** The limit cut off farther nodes. */
  truncated: Scalars['Boolean']['output'];
};

/** A relationship of a subgraph, by the ids of its ends. */
export type SubgraphEdge = {
  __typename?: 'SubgraphEdge';
  /** The id of the node it starts from. */
  from: Scalars['ID']['output'];
  /** The relationship's id: type, start and end. */
  id: Scalars['ID']['output'];
  /** The relationship's properties. */
  properties: Array<Property>;
  /** The id of the node it points to. */
  to: Scalars['ID']['output'];
  /** The relationship's type, such as APPLIES. */
  type: RelationshipType;
};

/** Live updates: an event for every committed write, and for findings added or changed. Served over Server-Sent Events (graphql-sse) and WebSocket (graphql-ws), not over plain POST. */
export type Subscription = {
  __typename?: 'Subscription';
  /** An event for every write that moves the graph version, from this replica or (with Redis) any other: the new version and what it wrote. */
  graphChanged: GraphChange;
  /** An event for every finding a write adds or changes, about an intervention in the given industry and jurisdiction (or anywhere when not given). */
  newEvidence: EvidenceEvent;
};


/** Live updates: an event for every committed write, and for findings added or changed. Served over Server-Sent Events (graphql-sse) and WebSocket (graphql-ws), not over plain POST. */
export type SubscriptionNewEvidenceArgs = {
  industry?: InputMaybe<Scalars['ID']['input']>;
  jurisdiction?: InputMaybe<Scalars['ID']['input']>;
};

/** A way of working against harassment, such as worker-led monitoring or a litigation fund. */
export type Tactic = Node & Strategy & {
  __typename?: 'Tactic';
  /** The family of tactics it belongs to. */
  category: TacticCategory;
  /** When the node was first written. */
  createdAt: Scalars['DateTime']['output'];
  /** How it works. */
  description?: Maybe<Scalars['String']['output']>;
  /** Every change to this node, newest first. */
  history: Array<AuditEntry>;
  /** Global id: a readable slug prefixed by the label. */
  id: Scalars['ID']['output'];
  /** Interventions that applied it. */
  interventions: TacticInterventionsConnection;
  /** The tactic's name. */
  name: Scalars['String']['output'];
  /** The sources this node's facts come from, with the quote cited. */
  sources: TacticSourcesConnection;
  /** When the node last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Organizations that use it. */
  usedBy: TacticUsedByConnection;
  /** Moves on every change; send it back when updating. */
  version: Scalars['Int']['output'];
};


/** A way of working against harassment, such as worker-led monitoring or a litigation fund. */
export type TacticHistoryArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A way of working against harassment, such as worker-led monitoring or a litigation fund. */
export type TacticInterventionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A way of working against harassment, such as worker-led monitoring or a litigation fund. */
export type TacticSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};


/** A way of working against harassment, such as worker-led monitoring or a litigation fund. */
export type TacticUsedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DatedRelationshipOrder>;
};

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

/** A page of Tactic nodes. */
export type TacticConnection = {
  __typename?: 'TacticConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<TacticEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Tactic>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new Tactic: its id (prefixed 'tactic:') and properties. */
export type TacticCreateInput = {
  /** The family of tactics it belongs to. */
  category: TacticCategory;
  /** How it works. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A slug such as 'tactic:example_name'. */
  id: Scalars['ID']['input'];
  /** The tactic's name. */
  name: Scalars['String']['input'];
};

/** An edge of TacticConnection. */
export type TacticEdge = {
  __typename?: 'TacticEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Tactic;
};

/** Tactic.interventions: Interventions that applied it. */
export type TacticInterventionsConnection = {
  __typename?: 'TacticInterventionsConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<TacticInterventionsEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Intervention>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of TacticInterventionsConnection. */
export type TacticInterventionsEdge = {
  __typename?: 'TacticInterventionsEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Intervention;
};

/** How to sort Tactic nodes; ties are broken by id. */
export type TacticOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to sort by (default NAME). */
  field?: TacticOrderField;
};

/** Fields Tactic nodes can be sorted by. */
export type TacticOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By id. */
  | 'ID'
  /** By name, case-insensitive. */
  | 'NAME'
  /** By last change. */
  | 'UPDATED_AT';

/** Changes to a Tactic: only the fields given change; null removes an optional property. */
export type TacticPatchInput = {
  /** The family of tactics it belongs to. */
  category?: InputMaybe<TacticCategory>;
  /** How it works. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The tactic's name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Tactic.sources: The sources this node's facts come from, with the quote cited. */
export type TacticSourcesConnection = {
  __typename?: 'TacticSourcesConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<TacticSourcesEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Source>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of TacticSourcesConnection. */
export type TacticSourcesEdge = {
  __typename?: 'TacticSourcesEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Source;
  /** The CITES relationship's note: A paraphrase or a curator's remark (CITES, FUNDS). */
  note?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's page: Where in the source the quote is: a page, section or paragraph (CITES). */
  page?: Maybe<Scalars['String']['output']>;
  /** The CITES relationship's quote: A short verbatim quote of the source that backs the fact (CITES). */
  quote?: Maybe<Scalars['String']['output']>;
};

/** Tactic.usedBy: Organizations that use it. */
export type TacticUsedByConnection = {
  __typename?: 'TacticUsedByConnection';
  /** The edges of this page, each with its cursor and node. */
  edges: Array<TacticUsedByEdge>;
  /** The nodes of this page, without their edges. */
  nodes: Array<Organization>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of TacticUsedByConnection. */
export type TacticUsedByEdge = {
  __typename?: 'TacticUsedByEdge';
  /** Where this edge is: pass it as 'after' or 'before' to page from here. */
  cursor: Scalars['String']['output'];
  /** The node at the other end. */
  node: Organization;
  /** The USES relationship's since: Year it began: the partnership (PARTNERS_WITH) or the use of the tactic (USES). */
  since?: Maybe<Scalars['Int']['output']>;
};

/** Filters for Tactic nodes. */
export type TacticWhere = {
  /** Only nodes whose category is one of these values. */
  category?: InputMaybe<Array<TacticCategory>>;
  /** Only nodes with a relationship, in either direction, to every one of these ids (at most 10). */
  relatedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive text contained in the name or description (at most 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An intervention that worked in an industry with similar risk factors and brings strategies not yet applied here. */
export type TransferCandidate = {
  __typename?: 'TransferCandidate';
  /** Σ weight of the shared risk factors. */
  distinctiveness: Scalars['Float']['output'];
  /** Its net effect evidence: Σ sign × strength × design × recency over its EFFECT findings, as whatWorked sums them, so that negative and mixed findings weigh against it. */
  evidence: Scalars['Float']['output'];
  /** Its positive EFFECT findings. */
  findings: Array<Finding>;
  /** The industries it was applied in. */
  fromIndustries: Array<Industry>;
  /** The intervention that worked elsewhere. */
  intervention: Intervention;
  /** Its tactics and levers this industry has not applied. */
  newStrategies: Array<Strategy>;
  /** Why it is suggested, in plain words. */
  reason: Scalars['String']['output'];
  /** evidence × (1 + distinctiveness). */
  score: Scalars['Float']['output'];
  /** The shared risk factors with their distinctiveness weight, heaviest first. */
  sharedFactors: Array<SharedRiskFactor>;
  /** The reason: risk factors both industries have. */
  sharedRiskFactors: Array<RiskFactor>;
  /** Jaccard similarity of the two industries' risk factors (shown, not used in the score). */
  similarity: Scalars['Float']['output'];
};

/** transferCandidates' ranking, a page at a time (Relay cursor connection). */
export type TransferCandidatesConnection = {
  __typename?: 'TransferCandidatesConnection';
  /** The results of this page, each with its cursor. */
  edges: Array<TransferCandidatesEdge>;
  /** The results of this page, without their cursors. */
  nodes: Array<TransferCandidate>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many results the whole ranking holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One result of TransferCandidatesConnection with its cursor. */
export type TransferCandidatesEdge = {
  __typename?: 'TransferCandidatesEdge';
  /** Where this result is: pass it as 'after' to read the results ranked below it. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: TransferCandidate;
};

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

/** whatWorked's ranking, a page at a time (Relay cursor connection). */
export type WhatWorkedConnection = {
  __typename?: 'WhatWorkedConnection';
  /** The results of this page, each with its cursor. */
  edges: Array<WhatWorkedEdge>;
  /** The results of this page, without their cursors. */
  nodes: Array<WhatWorkedResult>;
  /** Where this page is: cursors to page on, and whether there are more. */
  pageInfo: PageInfo;
  /** How many results the whole ranking holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One result of WhatWorkedConnection with its cursor. */
export type WhatWorkedEdge = {
  __typename?: 'WhatWorkedEdge';
  /** Where this result is: pass it as 'after' to read the results ranked below it. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: WhatWorkedResult;
};

/** A tactic, policy lever or intervention, ranked by the evidence behind it, with that evidence. */
export type WhatWorkedResult = {
  __typename?: 'WhatWorkedResult';
  /** Where, since when and how widely it was adopted, beside the verdict and never part of it. For a lever, every ENACTED_IN relationship in the graph; for every strategy, the interventions in scope that adopted it. */
  adoption: Adoption;
  /** ADOPTION findings (enacted, signed, funded, taken up), reported beside the verdict and never counted in it. */
  adoptions: Array<Finding>;
  /** The best study design among the EFFECT findings. */
  bestDesign?: Maybe<EvidenceKind>;
  /** The strongest evidence among the EFFECT findings. */
  bestEvidence?: Maybe<EvidenceStrength>;
  /** How much effect evidence there is, whatever its direction (Σ of the EFFECT finding weights). */
  confidence: Scalars['Float']['output'];
  /** Its EFFECT findings in scope, counted by effect. */
  effects: EffectCounts;
  /** The score in plain words. */
  explanation: Scalars['String']['output'];
  /** Every finding in scope counted by kind; only EFFECT findings count toward verdict and score. */
  findingKinds: FindingKindCounts;
  /** The EFFECT findings behind the verdict and score, each with its sources. */
  findings: Array<Finding>;
  /** Industries where it was applied. */
  industries: Array<Industry>;
  /** The interventions the evidence comes from. */
  interventions: Array<Intervention>;
  /** Whether it is a tactic, a policy lever or an intervention. */
  kind: StrategyKind;
  /** Year of the newest EFFECT finding. */
  newestYear?: Maybe<Scalars['Int']['output']>;
  /** Industries with a positive EFFECT finding (replication). */
  positiveIn: Array<Industry>;
  /** Σ effect sign × strength × design × recency over the EFFECT findings, × replication (docs/scoring.md). Adoption, prevalence and process findings never count. */
  score: Scalars['Float']['output'];
  /** How many of its EFFECT findings also count for a strategy in sharedWith. */
  sharedFindings: Scalars['Int']['output'];
  /** Other tactics and policy levers credited with some of the same EFFECT findings because one intervention applied them together: that evidence is shared, not independent support for each. Empty for interventions. */
  sharedWith: Array<Strategy>;
  /** The tactic, policy lever or intervention. */
  strategy: Strategy;
  /** What its EFFECT findings say, in one word a dashboard can show as a legend. */
  verdict: Verdict;
  /** EFFECT findings behind the verdict that rest only on self-published or secondary sources (each finding's sourcing says why). The score does not change. */
  weaklySourced: Scalars['Int']['output'];
};
