/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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