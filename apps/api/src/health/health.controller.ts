import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { isDraining } from '../http/drain.js';
import { PubSubService } from '../pubsub/pubsub.module.js';

const DB_CHECK_TIMEOUT_MS = 2000;

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly pubsub: PubSubService,
  ) {}

  /** 200 when the database answers; 503 when it does not or while shutting down. Pub/sub trouble only degrades live updates. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const db = (await this.databaseAnswers()) ? 'up' : 'down';
    const pubsub = this.pubsub.state();
    const draining = isDraining();
    const status = draining ? 'draining' : db === 'down' ? 'down' : pubsub === 'down' ? 'degraded' : 'ok';
    res.status(db === 'up' && !draining ? 200 : 503).set('Cache-Control', 'no-store').json({ status, db, pubsub });
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), DB_CHECK_TIMEOUT_MS);
        }),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
