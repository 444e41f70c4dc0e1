import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { SmtpClient } from './smtp.js';

export interface OutgoingMessage {
  notificationId: string;
  userId: string;
  kind: string;
  /** the recipient's address, read at send time only */
  to: string;
  subject: string;
  text: string;
}

/** Delivers one notification message; throws when it could not (the outbox retries). */
export interface NotificationSender {
  send(message: OutgoingMessage): Promise<void>;
}

export const NOTIFICATION_SENDER = Symbol('NOTIFICATION_SENDER');

/** The default without SMTP: one line per message, without the address or the text. */
export class LogSender implements NotificationSender {
  private readonly logger = new Logger('Notifications');

  async send(message: OutgoingMessage): Promise<void> {
    this.logger.log(`email ${message.kind} for user ${message.userId} (notification ${message.notificationId}) not sent: no SMTP_URL configured`);
  }
}

/** Sends through an SMTP server given as smtp://user:pass@host:port or smtps://…. */
export class SmtpSender implements NotificationSender {
  private readonly client: SmtpClient;

  constructor(url: string, private readonly from: string) {
    this.client = new SmtpClient(url);
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.client.send({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }
}

export function createSender(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom'>): NotificationSender {
  return config.smtpUrl ? new SmtpSender(config.smtpUrl, config.mailFrom) : new LogSender();
}
