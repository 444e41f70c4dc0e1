import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { writable } from '../http/writable.js';
import { auditEventBatches, toExportLine } from './audit.reader.js';
import { errorDetail } from '../common/error-detail.js';

/**
 * The public export of the audit log (docs/audit-chain.md), as JSON Lines in increasing seq. The whole log is
 * streamed batch by batch and never held in memory; `?after=<seq>` continues an earlier download. The stream ends
 * at the event that was last when the request arrived.
 */
@Controller('exports')
export class AuditController {
  private readonly logger = new Logger(AuditController.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get('audit.ndjson')
  async exportAuditLog(@Query('after') afterParam: string | undefined, @Res() res: Response): Promise<void> {
    const after = afterParam === undefined || afterParam === '' ? 0 : /^\d{1,15}$/.test(afterParam) ? Number(afterParam) : null;
    if (after === null) {
      res.status(400).json({ error: 'after must be the seq of an event already downloaded: a whole number such as 1200.' });
      return;
    }
    let closed = false;
    res.on('close', () => (closed = true));
    // Sent with the first batch; until then an error can still become a plain 503.
    res.status(200).set({ 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-cache' });
    try {
      for await (const batch of auditEventBatches((sql, params) => this.db.query(sql, params), { after })) {
        if (closed) return;
        if (!res.write(batch.map(toExportLine).join(''))) await writable(res);
      }
      res.end();
    } catch (error) {
      this.logger.error(`audit export failed after seq ${after}: ${errorDetail(error)}`);
      if (!res.headersSent) {
        res.status(503).json({ error: 'The audit log could not be read just now. Try again in a minute.' });
      } else {
        // Cut the connection rather than end cleanly: a download that just stopped would look like a complete export.
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
}
