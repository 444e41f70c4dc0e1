/** The regency's areas as the API lists them, arranged into the tree people know. */

import type { AreaLevel } from '$lib/graphql/generated';

/** What the tree needs of an area, whichever query listed it. */
export interface Area {
  id: string;
  name: string;
  slug?: string;
  level: AreaLevel;
  parent: { id: string } | null;
}

export interface AreaNode {
  id: string;
  name: string;
  slug?: string;
  level: AreaLevel;
  children: AreaNode[];
}

/** Roots are areas without a parent (normally one regency); siblings are sorted by name. */
export function buildAreaTree(areas: readonly Area[]): AreaNode[] {
  const nodes = new Map<string, AreaNode>(
    areas.map(({ id, name, slug, level }) => [id, { id, name, slug, level, children: [] }]),
  );
  const roots: AreaNode[] = [];
  for (const area of areas) {
    const node = nodes.get(area.id)!;
    const parent = area.parent ? nodes.get(area.parent.id) : undefined;
    // An area whose parent was not listed still shows, at the top, rather than vanishing.
    (parent ? parent.children : roots).push(node);
  }
  sortByName(roots);
  return roots;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function sortByName(nodes: AreaNode[]): void {
  nodes.sort((a, b) => collator.compare(a.name, b.name));
  for (const node of nodes) sortByName(node.children);
}

/** One area with where it sits: the areas above it (regency first) and the areas directly inside it, by name. */
export interface AreaPlace<A extends Area> {
  area: A;
  ancestors: A[];
  children: A[];
}

/** Finds an area by its slug (or id) in the full list; undefined when no area has it. */
export function placeOfArea<A extends Area & { slug: string }>(areas: readonly A[], slug: string): AreaPlace<A> | undefined {
  // Exports link areas by id (they carry no slugs); people's links use the slug.
  const area = areas.find((candidate) => candidate.slug === slug || candidate.id === slug);
  if (!area) return undefined;
  const byId = new Map(areas.map((candidate) => [candidate.id, candidate]));
  const ancestors: A[] = [];
  // A guard against a cycle in bad data: no tree is deeper than the list is long.
  for (let parent = area.parent && byId.get(area.parent.id); parent && ancestors.length < areas.length; parent = parent.parent && byId.get(parent.parent.id)) {
    ancestors.unshift(parent);
  }
  const children = areas.filter((candidate) => candidate.parent?.id === area.id).sort((a, b) => collator.compare(a.name, b.name));
  return { area, ancestors, children };
}
