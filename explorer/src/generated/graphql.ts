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

export type ExplorerHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerHomeQuery = { stats: { nodesByLabel: Array<{ key: string, count: number }>, findingsByKind: Array<{ key: string, count: number }> } | null };

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