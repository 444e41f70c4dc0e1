import { codes, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const ADMIN = { ADMIN_EMAIL: 'admin@kabupaten.example.id', ADMIN_PASSWORD: 'admin-password-2026' };

interface AreaRow {
  id: string;
  name: string;
  slug: string;
  level: string;
  supportThreshold: number | null;
  effectiveSupportThreshold: number;
  parent: { id: string; name: string } | null;
  children: { name: string }[];
}

describe('reference data', () => {
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: ADMIN });
    const login = await t.gql<{ login: { token: string } }>(`mutation { login(email: "${ADMIN.ADMIN_EMAIL}", password: "${ADMIN.ADMIN_PASSWORD}") { token } }`);
    adminToken = login.data!.login.token;
  });
  afterAll(() => t.close());

  it('lists the regency, its nine districts and their villages for anyone', async () => {
    const res = await t.gql<{ areas: AreaRow[] }>(
      `{ areas { id name slug level supportThreshold effectiveSupportThreshold parent { id name } children { name } } }`,
    );
    const areas = res.data!.areas;
    const regency = areas.filter((a) => a.level === 'REGENCY');
    expect(regency.map((a) => a.name)).toEqual(['Kabupaten Kubu Raya']);
    expect(areas[0].level).toBe('REGENCY');
    const districts = areas.filter((a) => a.level === 'DISTRICT');
    expect(districts.map((d) => d.name)).toEqual([
      'Batu Ampar', 'Kuala Mandor B', 'Kubu', 'Rasau Jaya', 'Sungai Ambawang', 'Sungai Kakap', 'Sungai Raya', 'Teluk Pakedai', 'Terentang',
    ]);
    for (const d of districts) expect(d.parent!.id).toBe(regency[0].id);
    const kapur = areas.find((a) => a.name === 'Kapur')!;
    expect(kapur).toMatchObject({ level: 'VILLAGE', parent: { name: 'Sungai Raya' }, slug: 'sungai-raya-kapur', effectiveSupportThreshold: 50 });
    expect(districts.find((d) => d.name === 'Sungai Raya')!.children.map((c) => c.name)).toContain('Kapur');
  });

  it('lists categories with their default agency, and agencies', async () => {
    const res = await t.gql<{ categories: { name: string; nameEn: string; defaultAgency: { shortName: string } | null }[]; agencies: { name: string; shortName: string }[] }>(
      `{ categories { name nameEn defaultAgency { shortName } } agencies { name shortName } }`,
    );
    expect(res.data!.categories).toContainEqual({ name: 'Kesehatan', nameEn: 'Health', defaultAgency: { shortName: 'Dinkes' } });
    expect(res.data!.agencies).toContainEqual({ name: 'Dinas Pekerjaan Umum dan Penataan Ruang', shortName: 'Dinas PUPR' });
  });

  it('looks an area up by id, null when unknown', async () => {
    const { areas } = (await t.gql<{ areas: { id: string; name: string }[] }>(`{ areas { id name } }`)).data!;
    const one = await t.gql<{ area: { name: string } }>(`query($id: ID!) { area(id: $id) { name } }`, { id: areas[3].id });
    expect(one.data!.area.name).toBe(areas[3].name);
    expect((await t.gql(`{ area(id: "00000000-0000-4000-8000-000000000000") { name } }`)).data).toEqual({ area: null });
    expect((await t.gql(`{ area(id: "zzz") { name } }`)).data).toEqual({ area: null });
  });

  it('lets admins manage areas, with thresholds inherited down the tree', async () => {
    const { areas } = (await t.gql<{ areas: AreaRow[] }>(`{ areas { id name level } }`)).data!;
    const kakap = areas.find((a) => a.name === 'Sungai Kakap')!;
    const created = await t.gql<{ createArea: AreaRow }>(
      `mutation($input: CreateAreaInput!) { createArea(input: $input) { id name level slug effectiveSupportThreshold parent { name } } }`,
      { input: { name: 'Sungai Belidak', parentId: kakap.id } },
      adminToken,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createArea).toMatchObject({ name: 'Sungai Belidak', level: 'VILLAGE', parent: { name: 'Sungai Kakap' }, effectiveSupportThreshold: 50 });

    const setThreshold = await t.gql<{ updateArea: AreaRow }>(
      `mutation($id: ID!) { updateArea(id: $id, input: { supportThreshold: 20 }) { supportThreshold } }`,
      { id: kakap.id },
      adminToken,
    );
    expect(setThreshold.data!.updateArea.supportThreshold).toBe(20);
    const village = await t.gql<{ area: AreaRow }>(`query($id: ID!) { area(id: $id) { effectiveSupportThreshold } }`, { id: created.data!.createArea.id });
    expect(village.data!.area.effectiveSupportThreshold).toBe(20);

    const dup = await t.gql(`mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }`, { input: { name: 'sungai belidak', parentId: kakap.id } }, adminToken);
    expect(codes(dup)).toEqual(['CONFLICT']);
    const underVillage = await t.gql(
      `mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }`,
      { input: { name: 'Dusun Satu', parentId: created.data!.createArea.id } },
      adminToken,
    );
    expect(codes(underVillage)).toEqual(['BAD_USER_INPUT']);
    const secondRegency = await t.gql(`mutation { createArea(input: { name: "Kabupaten Lain" }) { id } }`, {}, adminToken);
    expect(codes(secondRegency)).toEqual(['BAD_USER_INPUT']);
    const inUse = await t.gql(`mutation($id: ID!) { deleteArea(id: $id) }`, { id: kakap.id }, adminToken);
    expect(codes(inUse)).toEqual(['CONFLICT']);
    const removed = await t.gql<{ deleteArea: boolean }>(`mutation($id: ID!) { deleteArea(id: $id) }`, { id: created.data!.createArea.id }, adminToken);
    expect(removed.data!.deleteArea).toBe(true);
    expect(codes(await t.gql(`mutation($id: ID!) { deleteArea(id: $id) }`, { id: created.data!.createArea.id }, adminToken))).toEqual(['NOT_FOUND']);
  });

  it('lets admins manage agencies and categories', async () => {
    const agency = await t.gql<{ createAgency: { id: string; slug: string } }>(
      `mutation { createAgency(input: { name: "Dinas Perikanan", shortName: "Diskan" }) { id slug } }`, {}, adminToken,
    );
    expect(agency.data!.createAgency.slug).toBe('diskan');
    const category = await t.gql<{ createCategory: { id: string; defaultAgency: { shortName: string } } }>(
      `mutation($a: ID!) { createCategory(input: { name: "Perikanan", nameEn: "Fisheries", defaultAgencyId: $a }) { id defaultAgency { shortName } } }`,
      { a: agency.data!.createAgency.id },
      adminToken,
    );
    expect(category.data!.createCategory.defaultAgency.shortName).toBe('Diskan');
    const renamed = await t.gql<{ updateCategory: { name: string } }>(
      `mutation($id: ID!) { updateCategory(id: $id, input: { name: "Perikanan dan Kelautan" }) { name } }`,
      { id: category.data!.createCategory.id },
      adminToken,
    );
    expect(renamed.data!.updateCategory.name).toBe('Perikanan dan Kelautan');
    const empty = await t.gql(`mutation { createCategory(input: { name: "   " }) { id } }`, {}, adminToken);
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    expect(empty.errors![0].extensions!.field).toBe('input.name');
  });

  it('refuses reference changes from non-admins and changes nothing', async () => {
    const citizen = await registerUser(t);
    const before = (await t.gql<{ agencies: unknown[] }>(`{ agencies { id } }`)).data!.agencies.length;
    expect(codes(await t.gql(`mutation { createAgency(input: { name: "Dinas Palsu" }) { id } }`, {}, citizen.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`mutation { createAgency(input: { name: "Dinas Palsu" }) { id } }`))).toEqual(['UNAUTHENTICATED']);
    expect((await t.gql<{ agencies: unknown[] }>(`{ agencies { id } }`)).data!.agencies).toHaveLength(before);
  });
});
