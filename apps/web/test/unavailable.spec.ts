import { startWeb, type RunningProcess } from './support/stack';

/** What a visitor gets while the API is down: a calm page and a 503, not a crash. */
describe('when the API cannot be reached', () => {
  let web: RunningProcess;

  beforeAll(async () => {
    // Port 1 is never an API: the connection is refused at once.
    web = await startWeb({ apiUrl: 'http://127.0.0.1:1' });
  }, 30_000);

  afterAll(() => web?.stop());

  it('answers the home page with a friendly 503 in Indonesian', async () => {
    const response = await fetch(web.url, { headers: { 'accept-language': 'id-ID' } });
    const html = await response.text();

    expect(response.status).toBe(503);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Rembug sedang tidak bisa dihubungi');
    expect(html).not.toContain('127.0.0.1:1');
  });

  it('still offers the language switch', async () => {
    const html = await (await fetch(web.url, { headers: { cookie: 'lang=en' } })).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Rembug can't be reached right now");
    expect(html).toContain('value="id"');
  });
});
