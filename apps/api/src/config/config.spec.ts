import { loadConfig } from './config.js';

describe('TRUST_PROXY', () => {
  it('takes proxy addresses, CIDR ranges and Express\'s names for ranges', () => {
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8 ,2001:db8::1' }).trustProxy).toBe('loopback,10.0.0.0/8,2001:db8::1');
    expect(loadConfig({}).trustProxy).toBeUndefined();
  });

  it('stops the start on anything that would trust whoever asks, or is not an address', () => {
    for (const value of ['true', '1', '10.0.0.0/33', 'proxy.local', '10.0.0.1/8/2']) {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY must list/);
    }
  });
});
