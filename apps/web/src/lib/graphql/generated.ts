/* eslint-disable */
// Generated from apps/api/schema.gql and src/**/*.graphql by `npm run codegen -w @rembug/web`; do not edit.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Regency (kabupaten), district (kecamatan) or village (desa). */
export type AreaLevel =
  | 'DISTRICT'
  | 'REGENCY'
  | 'VILLAGE';

/** OPEN → AWAITING_RESPONSE (support threshold reached) → UNDER_REVIEW → ACCEPTED | REJECTED → IMPLEMENTED; WITHDRAWN by the author before any response. */
export type ProposalStatus =
  | 'ACCEPTED'
  | 'AWAITING_RESPONSE'
  | 'IMPLEMENTED'
  | 'OPEN'
  | 'REJECTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

/** What a person may do on Rembug. */
export type Role =
  | 'ADMIN'
  | 'CITIZEN'
  | 'MODERATOR'
  | 'OFFICIAL';

export type HomeAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeAreasQuery = { areas: Array<{ id: string, name: string, slug: string, level: AreaLevel, parent: { id: string, name: string } | null }> };

export type HomeNearThresholdQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeNearThresholdQuery = { proposals: { edges: Array<{ node: { id: string, title: string, status: ProposalStatus, supportCount: number, supportThreshold: number } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { unreadNotificationCount: number, me: { id: string, displayName: string, role: Role, email: string | null, locale: string | null, agency: { id: string, name: string, shortName: string | null } | null, area: { id: string, name: string, slug: string } | null } | null };

export type ReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceQuery = { areas: Array<{ id: string, name: string, slug: string, level: AreaLevel, parent: { id: string } | null }>, categories: Array<{ id: string, name: string, nameEn: string | null, slug: string }> };

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

export const HomeAreasDocument = new TypedDocumentString(`
    query HomeAreas {
  areas {
    id
    name
    slug
    level
    parent {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HomeAreasQuery, HomeAreasQueryVariables>;
export const HomeNearThresholdDocument = new TypedDocumentString(`
    query HomeNearThreshold {
  proposals(status: OPEN, sort: TOP, first: 5) {
    edges {
      node {
        id
        title
        status
        supportCount
        supportThreshold
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeNearThresholdQuery, HomeNearThresholdQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    locale
    agency {
      id
      name
      shortName
    }
    area {
      id
      name
      slug
    }
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ReferenceDocument = new TypedDocumentString(`
    query Reference {
  areas {
    id
    name
    slug
    level
    parent {
      id
    }
  }
  categories {
    id
    name
    nameEn
    slug
  }
}
    `) as unknown as TypedDocumentString<ReferenceQuery, ReferenceQueryVariables>;