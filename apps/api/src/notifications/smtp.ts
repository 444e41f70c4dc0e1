import { randomUUID } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';

export interface MailMessage {
  /** an address, or `Name <address>` */
  from: string;
  to: string;
  subject: string;
  text: string;
}

interface Reply {
  code: number;
  text: string;
}

const TIMEOUT_MS = 15_000;

/** Characters that would let a value break out of its header line or an SMTP command. */
const noBreaks = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

function addressOf(value: string): string {
  const match = /<([^<>\s]+)>\s*$/.exec(value);
  const address = noBreaks(match ? match[1] : value);
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(address)) throw new Error('not a valid email address');
  return address;
}

/** A header value as an RFC 2047 encoded word when it is not plain ASCII. */
function headerText(value: string): string {
  const clean = noBreaks(value);
  return /^[\x20-\x7e]*$/.test(clean) ? clean : `=?UTF-8?B?${Buffer.from(clean, 'utf8').toString('base64')}?=`;
}

function base64Lines(text: string): string {
  return (Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** The message as sent after DATA: headers, base64 body (so no line can be a lone dot), and the end marker. */
export function formatMessage(message: MailMessage, date = new Date()): string {
  const domain = addressOf(message.from).split('@')[1];
  const headers = [
    `From: ${noBreaks(message.from)}`,
    `To: ${addressOf(message.to)}`,
    `Subject: ${headerText(message.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${randomUUID()}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${base64Lines(message.text)}\r\n.\r\n`;
}

/** Reads SMTP replies (one line, or several joined by `250-`) off a socket, in order. */
class ReplyReader {
  private buffer = '';
  private lines: string[] = [];
  private readonly replies: Reply[] = [];
  private waiter: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(socket: net.Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, end).replace(/\r$/, '');
        this.buffer = this.buffer.slice(end + 1);
        this.lines.push(line);
        if (/^\d{3}(?: |$)/.test(line)) {
          this.replies.push({ code: Number(line.slice(0, 3)), text: this.lines.map((l) => l.slice(4)).join('\n') });
          this.lines = [];
        }
      }
      this.deliver();
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('SMTP connection closed')));
    socket.on('timeout', () => {
      this.fail(new Error('SMTP server did not answer in time'));
      socket.destroy();
    });
  }

  next(): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.deliver();
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.deliver();
  }

  private deliver(): void {
    if (!this.waiter) return;
    const waiter = this.waiter;
    const reply = this.replies.shift();
    if (reply) {
      this.waiter = null;
      waiter.resolve(reply);
    } else if (this.failure) {
      this.waiter = null;
      waiter.reject(this.failure);
    }
  }
}

/**
 * A minimal SMTP client (RFC 5321): EHLO, AUTH PLAIN when the URL has
 * credentials, MAIL FROM, RCPT TO, DATA, QUIT — one connection per message.
 * smtps:// speaks TLS from the start; STARTTLS is not supported.
 */
export class SmtpClient {
  private readonly host: string;
  private readonly port: number;
  private readonly secure: boolean;
  private readonly user: string;
  private readonly password: string;

  constructor(url: string) {
    const parsed = new URL(url);
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://');
    this.secure = parsed.protocol === 'smtps:';
    this.host = parsed.hostname.replace(/^\[|\]$/g, '');
    this.port = parsed.port ? Number(parsed.port) : this.secure ? 465 : 25;
    this.user = decodeURIComponent(parsed.username);
    this.password = decodeURIComponent(parsed.password);
  }

  async send(message: MailMessage): Promise<void> {
    const from = addressOf(message.from);
    const to = addressOf(message.to);
    const socket = this.secure ? tls.connect({ host: this.host, port: this.port, servername: this.host }) : net.connect({ host: this.host, port: this.port });
    socket.setTimeout(TIMEOUT_MS);
    const replies = new ReplyReader(socket);
    const expect = async (codes: number[], step: string) => {
      const reply = await replies.next();
      if (!codes.includes(reply.code)) throw new Error(`SMTP ${step} refused: ${reply.code} ${reply.text.split('\n')[0].slice(0, 200)}`);
      return reply;
    };
    const command = (line: string, codes: number[], step: string) => {
      socket.write(`${line}\r\n`);
      return expect(codes, step);
    };
    try {
      await expect([220], 'greeting');
      await command(`EHLO ${os.hostname().replace(/[^A-Za-z0-9.-]/g, '') || 'localhost'}`, [250], 'EHLO');
      if (this.user) {
        const token = Buffer.from(`\0${this.user}\0${this.password}`, 'utf8').toString('base64');
        await command(`AUTH PLAIN ${token}`, [235], 'AUTH');
      }
      await command(`MAIL FROM:<${from}>`, [250], 'MAIL FROM');
      await command(`RCPT TO:<${to}>`, [250, 251], 'RCPT TO');
      await command('DATA', [354], 'DATA');
      socket.write(formatMessage(message));
      await expect([250], 'message');
      socket.write('QUIT\r\n');
      await replies.next().catch(() => undefined);
    } finally {
      socket.destroy();
    }
  }
}
