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
