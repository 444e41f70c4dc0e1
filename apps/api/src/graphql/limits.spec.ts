import { buildSchema, GraphQLError, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { checkDocument, GRAPHQL_LIMITS, measureOperation } from './limits.js';

const schema = buildSchema(`
  type Query { areas: [Area!]! threads(first: Int, after: String): ThreadConnection! node(id: ID!): Node }
  interface Node { id: ID! }
  type Area implements Node { id: ID! name: String! parent: Area }
  type ThreadConnection { totalCount: Int! edges: [ThreadEdge!]! }
  type ThreadEdge { node: Thread! }
  type Thread implements Node { id: ID! title: String! comments(first: Int): CommentConnection! }
  type CommentConnection { edges: [CommentEdge!]! }
  type CommentEdge { node: Comment! }
  type Comment { id: ID! body: String! }
`);

function measure(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, document, operation);
}

describe('measureOperation', () => {
  it('counts depth in fields, not fragments', () => {
    expect(measure(`{ areas { parent { ...P } } } fragment P on Area { parent { id } }`).depth).toBe(4);
    expect(measure(`{ areas { ... on Area { id } } }`).depth).toBe(2);
  });

  it('leaves introspection out of the depth but not out of the cost', () => {
    const measured = measure(`{ __schema { types { fields { type { ofType { name } } } } } }`);
    expect(measured.depth).toBe(0);
    expect(measured.cost).toBe(6);
  });

  it('multiplies a paged list by its literal page size, and by 100 for a variable or nothing', () => {
    // threads: 1 + 10 × (edges 1 + node 1 + title 1)
    expect(measure(`{ threads(first: 10) { edges { node { title } } } }`).cost).toBe(31);
    expect(measure(`query($n: Int) { threads(first: $n) { edges { node { title } } } }`).cost).toBe(301);
    expect(measure(`{ threads { edges { node { title } } } }`).cost).toBe(301);
    // A list without paging arguments counts once: reference lists are short.
    expect(measure(`{ areas { id name } }`).cost).toBe(3);
  });

  it('multiplies nested pages', () => {
    // 1 + 100 × (1 + 1 + 1 + 100 × (1 + 1 + 1))
    expect(measure(`{ threads(first: 100) { edges { node { comments(first: 100) { edges { node { id } } } } } } }`).cost).toBe(30_301);
  });

  it('counts the aliases of a fragment each time it is spread', () => {
    expect(measure(`{ ...A ... on Query { ...A } x: areas { id } } fragment A on Query { a: areas { id } b: areas { id } }`).aliases).toBe(5);
  });

  it('measures each fragment once, so doubling spreads cannot make the walk explode', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'a: areas { id }'} }`);
    const measured = measure(`{ ...F0 } ${fragments.join(' ')}`);
    expect(measured.aliases).toBe(2 ** (levels - 1));
  });

  it('is safe with fragments that spread themselves', () => {
    expect(measure(`{ areas { ...A } } fragment A on Area { parent { ...A } }`)).toEqual({ depth: 2, aliases: 0, cost: 2 });
  });
});

describe('checkDocument', () => {
  it('accepts a normal document', () => {
    expect(checkDocument(schema, `{ areas { id } }`, { hideSuggestions: false }).errors).toBeUndefined();
  });

  it('refuses a document over the token limit while parsing, with a message that says what to do', () => {
    const { errors } = checkDocument(schema, `{ ${'areas { id } '.repeat(GRAPHQL_LIMITS.maxTokens)} }`, { hideSuggestions: false });
    expect(errors).toHaveLength(1);
    expect(errors![0]).toBeInstanceOf(GraphQLError);
    expect(errors![0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors![0].message).toMatch(/^This query is too long: the limit is \d+ tokens/);
  });

  it('reports graphql-js’s own rules and the limits as validation failures', () => {
    const deep = `{ areas { ${'parent { '.repeat(GRAPHQL_LIMITS.maxDepth)}id${' }'.repeat(GRAPHQL_LIMITS.maxDepth)} } }`;
    const { errors } = checkDocument(schema, deep, { hideSuggestions: false });
    expect(errors!.map((e) => [e.extensions.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', expect.stringContaining(`the depth limit is ${GRAPHQL_LIMITS.maxDepth}`)],
    ]);
  });

  it('leaves out field suggestions when asked to', () => {
    const shown = checkDocument(schema, `{ areas { nam } }`, { hideSuggestions: false }).errors!;
    const hidden = checkDocument(schema, `{ areas { nam } }`, { hideSuggestions: true }).errors!;
    expect(shown[0].message).toBe('Cannot query field "nam" on type "Area". Did you mean "name"?');
    expect(hidden[0].message).toBe('Cannot query field "nam" on type "Area".');
  });
});
