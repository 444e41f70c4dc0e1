// proxy-addr (the module Express uses for req.ip) ships no types; only what client-address.ts calls is declared.
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http';

  type Trust = (address: string, hop: number) => boolean;

  function proxyaddr(req: IncomingMessage, trust: Trust): string;
  namespace proxyaddr {
    function compile(value: string[]): Trust;
  }
  export = proxyaddr;
}
