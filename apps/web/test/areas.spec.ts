import { buildAreaTree, type Area } from '../src/lib/areas';

const area = (id: string, name: string, level: Area['level'], parent?: string): Area => ({
  id,
  name,
  level,
  parent: parent ? { id: parent } : null,
});

describe('buildAreaTree', () => {
  it('nests villages in districts in the regency, each level sorted by name', () => {
    const tree = buildAreaTree([
      area('v2', 'Kuala Dua', 'VILLAGE', 'd2'),
      area('d2', 'Sungai Raya', 'DISTRICT', 'r'),
      area('v1', 'Arang Limbung', 'VILLAGE', 'd2'),
      area('r', 'Kabupaten Kubu Raya', 'REGENCY'),
      area('d1', 'Rasau Jaya', 'DISTRICT', 'r'),
    ]);

    expect(tree).toHaveLength(1);
    const [regency] = tree;
    expect(regency.name).toBe('Kabupaten Kubu Raya');
    expect(regency.children.map((d) => d.name)).toEqual(['Rasau Jaya', 'Sungai Raya']);
    expect(regency.children[1].children.map((v) => v.name)).toEqual(['Arang Limbung', 'Kuala Dua']);
  });

  it('keeps an area whose parent is missing, at the top', () => {
    expect(buildAreaTree([area('d', 'Teluk Pakedai', 'DISTRICT', 'gone')]).map((a) => a.name)).toEqual(['Teluk Pakedai']);
  });
});
