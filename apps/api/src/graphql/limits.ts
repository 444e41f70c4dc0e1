import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLCompositeType,
  type GraphQLField,
  GraphQLError,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  specifiedRules,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  validate,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from './connection.js';

/**
 * How much one GraphQL request may ask of the server. Every operation the web app sends stays far below each
 * limit (test/graphql-limits.e2e.spec.ts checks them all), so only hand-made abuse is refused; all of it is
 * refused before anything runs, at a cost bounded by the body and token limits.
 */
export const GRAPHQL_LIMITS = {
  /**
   * Largest JSON body (and WebSocket message) accepted: room for the longest text anyone may post, a 20,000-character
   * proposal, even written entirely in 3-byte characters, plus its query.
   */
  maxBodyBytes: 100 * 1024,
  /**
   * Names, punctuation and values in one document. graphql-js's own validation compares repeated fields pairwise, so
   * its work grows with the square of the document: the worst documents we could write took about 330 ms to validate
   * at 2,000 tokens, 20 ms at 1,000 and 5 ms at 500. The web's largest operation has about 200 tokens, as has the
   * standard introspection query.
   */
  maxTokens: 600,
  /** Fields nested inside each other; the web app goes 7 deep. Introspection fields do not count (graphql-js bounds their nesting). */
  maxDepth: 12,
  /** Renamed fields (`a: threads`) in one operation, fragments expanded. The web app uses 3 at most. */
  maxAliases: 30,
  /** Estimated values a response may hold, see {@link measureOperation}; the web's largest, the official's desk, is about 6,300. */
  maxCost: 20_000,
} as const;

/**
 * A list with `first`/`last` is assumed to return this many items unless the document itself says how many.
 * A variable cannot be read here: validated documents are cached and reused with other variables. The page sizes
 * left to defaults differ from list to list; the most any list serves is the bound that holds for all of them.
 */
const ASSUMED_PAGE_SIZE = MAX_PAGE_SIZE;

export interface OperationMeasures {
  /** deepest chain of nested fields, introspection fields left out */
  depth: number;
  /** aliased fields, counted once per time their fragment is spread */
  aliases: number;
  /** every field counts 1, and a paged list counts its subtree once per item it may return */
  cost: number;
}

const NOTHING: OperationMeasures = { depth: 0, aliases: 0, cost: 0 };

/**
 * Measures an operation in one walk over its selections. Each fragment is measured once however often it is
 * spread (so a document cannot make this walk expensive), and a fragment that spreads itself counts as empty:
 * NoFragmentCyclesRule reports that mistake.
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationMeasures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, OperationMeasures | 'measuring'>();

  const typeNamed = (name: string): GraphQLCompositeType | undefined => {
    const type = schema.getType(name);
    return isCompositeType(type) ? type : undefined;
  };
  const typeOf = (def: GraphQLField<unknown, unknown> | undefined): GraphQLCompositeType | undefined => {
    const type = def && getNamedType(def.type);
    return isCompositeType(type) ? type : undefined;
  };

  const fieldDef = (parent: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    if (parent === schema.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
      if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    }
    return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
  };

  const fragment = (name: string): OperationMeasures => {
    const known = measured.get(name);
    if (known === 'measuring') return NOTHING;
    if (known) return known;
    const definition = fragments.get(name);
    if (!definition) return NOTHING;
    measured.set(name, 'measuring');
    const result = selections(definition.selectionSet, typeNamed(definition.typeCondition.name.value));
    measured.set(name, result);
    return result;
  };

  function selections(set: SelectionSetNode, parent: GraphQLCompositeType | undefined): OperationMeasures {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    for (const selection of set.selections) {
      let inner: OperationMeasures;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const def = fieldDef(parent, name);
        const below = selection.selectionSet ? selections(selection.selectionSet, typeOf(def)) : NOTHING;
        inner = {
          depth: name.startsWith('__') ? 0 : 1 + below.depth,
          aliases: (selection.alias ? 1 : 0) + below.aliases,
          cost: 1 + pageSizeOf(selection, def) * below.cost,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selections(selection.selectionSet, selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent);
      } else {
        inner = fragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      cost += inner.cost;
    }
    return { depth, aliases, cost };
  }

  const rootType = schema.getRootType(operation.operation) ?? undefined;
  return selections(operation.selectionSet, rootType);
}

/** How many items a field may return: its literal `first`/`last`, or {@link ASSUMED_PAGE_SIZE} for a paged list; 1 otherwise. */
function pageSizeOf(field: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number {
  const paged = def?.args.some((arg) => arg.name === 'first' || arg.name === 'last');
  if (!paged) return 1;
  const given = field.arguments?.find((arg) => arg.name.value === 'first' || arg.name.value === 'last');
  if (given?.value.kind === Kind.INT) return Math.max(1, Number(given.value.value));
  return ASSUMED_PAGE_SIZE;
}

// The three rules below share one measurement per operation.
const measures = new WeakMap<OperationDefinitionNode, OperationMeasures>();

function measure(context: ValidationContext, operation: OperationDefinitionNode): OperationMeasures {
  let result = measures.get(operation);
  if (!result) {
    result = measureOperation(context.getSchema(), context.getDocument(), operation);
    measures.set(operation, result);
  }
  return result;
}

const grouped = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'more than we can count');

/** A rule that refuses an operation when `refusal` finds something to say about its measures. */
function limitRule(refusal: (measured: OperationMeasures) => string | undefined): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const message = refusal(measure(context, operation));
      if (message) context.reportError(new GraphQLError(message, { nodes: [operation] }));
    },
  });
}

/** Refuses operations that nest fields deeper than `max`. */
export const maxDepthRule = (max: number) =>
  limitRule(({ depth }) =>
    depth > max ? `This query nests fields ${depth} levels deep; the depth limit is ${max}. Ask for fewer nested fields, or split it into several queries.` : undefined,
  );

/** Refuses operations with more than `max` aliases. */
export const maxAliasesRule = (max: number) =>
  limitRule(({ aliases }) =>
    aliases > max ? `This query uses ${grouped(aliases)} aliases; the alias limit is ${max}. Ask for each field once, or split it into several queries.` : undefined,
  );

/** Refuses operations whose estimated cost is above `max`. */
export const maxCostRule = (max: number) =>
  limitRule(({ cost }) =>
    cost > max
      ? `This query could return about ${grouped(cost)} values; the cost limit is ${grouped(max)}. ` +
        `Every field counts 1 and a list counts once per item asked for (first: …, ${ASSUMED_PAGE_SIZE} when not given). Ask for smaller pages or fewer nested lists.`
      : undefined,
  );

/** The limits as validation rules, run after graphql-js's own on every operation, over HTTP and WebSocket alike. */
export const limitRules: readonly ValidationRule[] = [
  maxDepthRule(GRAPHQL_LIMITS.maxDepth),
  maxAliasesRule(GRAPHQL_LIMITS.maxAliases),
  maxCostRule(GRAPHQL_LIMITS.maxCost),
];

export const parseOptions = { maxTokens: GRAPHQL_LIMITS.maxTokens };

/** graphql-js says "Document contains more that N tokens. Parsing aborted." (sic); say what to do about it instead. */
export function explainParseError(error: GraphQLError): void {
  if (/Document contains more tha[nt] \d+ tokens/.test(error.message)) {
    error.message = `This query is too long: the limit is ${GRAPHQL_LIMITS.maxTokens} tokens (names, punctuation and values). Send a shorter query, or split it into several.`;
  }
}

/** What Apollo's `hideSchemaDetailsFromClientErrors` does: no "Did you mean …?" that would reveal field names. */
export function withoutSuggestions(error: GraphQLError): void {
  error.message = error.message.replace(/ ?Did you mean(.+?)\?$/, '');
}

/**
 * Parses and validates a document exactly as the HTTP endpoint does (token limit, graphql-js's rules, then ours),
 * for transports Apollo does not serve. Refusals carry Apollo's codes, so clients handle them one way.
 */
export function checkDocument(
  schema: GraphQLSchema,
  query: string,
  options: { hideSuggestions: boolean },
): { document: DocumentNode; errors?: undefined } | { errors: GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    explainParseError(error);
    return { errors: [new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitRules]);
  if (errors.length === 0) return { document };
  return {
    errors: errors.map((error) => {
      if (options.hideSuggestions) withoutSuggestions(error);
      return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    }),
  };
}
