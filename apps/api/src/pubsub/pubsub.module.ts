import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

export const PUB_SUB = Symbol('PUB_SUB');

export type PubSubState = 'in-process' | 'up' | 'down';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Dates cross Redis as strings; payloads must come back as they went in. */
function reviveDates(_key: string, value: unknown): unknown {
  return typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value;
}

/**
 * Carries live events: in memory for a single instance, through Redis when
 * REDIS_URL is set so that every instance hears every event.
 */
@Injectable()
export class PubSubService implements OnApplicationShutdown {
  private readonly logger = new Logger('PubSub');
  readonly engine: PubSubEngine;
  private readonly clients: Redis[] = [];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.redisUrl) {
      // One listener per live subscription on a topic: more than 10 people watching one proposal is normal, not a leak.
      const eventEmitter = new EventEmitter();
      eventEmitter.setMaxListeners(0);
      this.engine = new PubSub({ eventEmitter });
      return;
    }
    const options = {
      // Keep retrying forever with a capped backoff: Redis coming back must heal delivery by itself.
      retryStrategy: (attempt: number) => Math.min(attempt * 200, 5000),
      lazyConnect: false,
    };
    // Publishing fails fast while Redis is away (the change is saved; its live event is logged and dropped).
    const publisher = new Redis(config.redisUrl, { ...options, maxRetriesPerRequest: 1 });
    // SUBSCRIBE and UNSUBSCRIBE wait for Redis instead: failing them fails the client's subscription
    // (an internal error for whoever subscribes during an outage) and, for UNSUBSCRIBE, leaves the
    // channel subscribed once ioredis resubscribes on reconnect.
    const subscriber = new Redis(config.redisUrl, { ...options, maxRetriesPerRequest: null });
    // RedisPubSub fires UNSUBSCRIBE and PUNSUBSCRIBE without handling their promises: one that rejects
    // (the connection closing at shutdown) would be an unhandled rejection, which ends the process.
    for (const name of ['unsubscribe', 'punsubscribe'] as const) {
      const command = subscriber[name].bind(subscriber) as (...channels: string[]) => Promise<unknown>;
      Object.assign(subscriber, {
        [name]: (...channels: string[]) => {
          const reply = command(...channels);
          reply.catch((error: Error) => this.logger.warn(`redis: ${name} ${channels.join(' ')}: ${error.message}`));
          return reply;
        },
      });
    }
    for (const client of [publisher, subscriber]) {
      client.on('error', (error: Error) => this.logger.warn(`redis: ${error.message}`));
      this.clients.push(client);
    }
    this.engine = new RedisPubSub({ publisher, subscriber, reviver: reviveDates });
  }

  state(): PubSubState {
    if (this.clients.length === 0) return 'in-process';
    return this.clients.every((c) => c.status === 'ready') ? 'up' : 'down';
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT waits for commands queued while Redis is away, which may never be sent: only a ready client quits politely.
    await Promise.all(this.clients.map((c) => (c.status === 'ready' ? c.quit().catch(() => c.disconnect()) : c.disconnect())));
  }
}

@Global()
@Module({
  providers: [PubSubService, { provide: PUB_SUB, useFactory: (s: PubSubService) => s.engine, inject: [PubSubService] }],
  exports: [PubSubService, PUB_SUB],
})
export class PubSubModule {}
