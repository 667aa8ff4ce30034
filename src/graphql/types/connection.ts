import { Field, ObjectType, type ClassType } from 'type-graphql';

@ObjectType('PageInfo', { simpleResolvers: true, description: 'Relay page information; cursors are opaque.' })
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor?: string;
}

export interface ConnectionShape<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfoType;
}

/** A Relay connection type named `<name>Connection` with edges `<name>Edge`. */
export function Connection<TNode extends object>(name: string, Node: ClassType<TNode>): ClassType<ConnectionShape<TNode>> {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => Node)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfoType)
    pageInfo!: PageInfoType;
  }
  return ConnectionType;
}
