import { Controller, Get, Inject, Logger, Param, Req, Res } from '@nestjs/common';
import type { Summary } from '@rembug/summary-engine';
import { commentsCsv, proposalsCsv, renderJson, renderMarkdown, type ReportContext } from '@rembug/summary-report';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode } from '../common/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { writable } from '../http/writable.js';
import { RateLimits } from '../rate-limit/rate-limits.service.js';
import { SummariesService } from './summaries.service.js';
import { ExportParamError, exportFileName, exportInstant, exportLanguage } from './export-params.js';
import { errorDetail } from '../common/error-detail.js';

type ExportFile = 'summary.md' | 'summary.json' | 'summary.csv' | 'summary.pdf' | 'summary-proposals.csv';
const FILES: Record<ExportFile, { type: string; suffix: string }> = {
  'summary.md': { type: 'text/markdown; charset=utf-8', suffix: '.md' },
  'summary.json': { type: 'application/json; charset=utf-8', suffix: '.json' },
  'summary.csv': { type: 'text/csv; charset=utf-8; header=present', suffix: '.csv' },
  'summary-proposals.csv': { type: 'text/csv; charset=utf-8; header=present', suffix: '-proposals.csv' },
  'summary.pdf': { type: 'application/pdf', suffix: '.pdf' },
};

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * Summaries as files (docs/summaries.md): the brief as Markdown or PDF, the data as JSON, comments and proposals as
 * CSV, in Bahasa Indonesia or English (`?lang=en`). Public, like the debates they summarise. The same data as the
 * `threadSummary` and `summary` queries.
 */
@Controller('exports')
export class SummaryExportController {
  private readonly logger = new Logger(SummaryExportController.name);

  constructor(
    private readonly summaries: SummariesService,
    private readonly limits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('threads/:threadId/:file')
  async thread(@Param('threadId') threadId: string, @Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.send(file, req, res, () => this.summaries.thread(threadId));
  }

  @Get(':file')
  async scope(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.send(file, req, res, async () => {
      const offset = this.config.utcOffsetMinutes;
      const one = (name: string) => {
        const value = req.query[name];
        if (value !== undefined && typeof value !== 'string') throw new ExportParamError(`${name} must be given once.`);
        return value;
      };
      return this.summaries.scope({
        areaId: one('areaId') || null,
        categoryId: one('categoryId') || null,
        from: exportInstant('from', one('from'), offset),
        to: exportInstant('to', one('to'), offset),
      });
    });
  }

  private async send(file: string, req: Request, res: Response, load: () => Promise<Summary>): Promise<void> {
    const format = Object.hasOwn(FILES, file) ? FILES[file as ExportFile] : undefined;
    if (!format) {
      res.status(404).json({ error: `There is no export called ${file}. Ask for summary.md, summary.json, summary.csv, summary-proposals.csv or summary.pdf.` });
      return;
    }
    let summary: Summary;
    let ctx: ReportContext;
    let whole: string | Buffer | undefined;
    try {
      ctx = { lang: exportLanguage(req.query.lang), siteUrl: this.config.publicWebUrl };
      summary = await this.limits.summary(req, load);
      // Whole files are made before anything is sent, so a failure can still be a plain error.
      if (file === 'summary.md') whole = renderMarkdown(summary, ctx);
      else if (file === 'summary.json') whole = renderJson(summary);
      else if (file === 'summary.pdf') whole = await this.summaries.pdf(summary, ctx);
    } catch (error) {
      this.refuse(res, error);
      return;
    }
    res.status(200).set({
      'Content-Type': format.type,
      'Content-Disposition': `attachment; filename="${exportFileName(summary, ctx.lang, format.suffix)}"`,
      'Cache-Control': 'public, max-age=30',
      'Content-Language': ctx.lang,
      'X-Content-Type-Options': 'nosniff',
    });
    if (whole !== undefined) {
      res.end(whole);
      return;
    }
    try {
      await this.stream(res, file === 'summary.csv' ? commentsCsv(summary, ctx) : proposalsCsv(summary, ctx));
    } catch (error) {
      this.logger.error(`summary export ${file} failed: ${errorDetail(error)}`);
      // Cut the connection: a file that just stopped would look complete.
      if (!res.headersSent) res.status(500).json({ error: 'The file could not be written. Try again in a minute.' });
      else res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** CSV goes out row by row as the client takes it, so a scope with many comments never sits whole in memory. */
  private async stream(res: Response, rows: Iterable<string> | AsyncIterable<string>): Promise<void> {
    let closed = false;
    res.on('close', () => (closed = true));
    let buffer = '';
    for await (const row of rows) {
      if (closed) return;
      buffer += row;
      if (buffer.length < 16_384) continue;
      const more = res.write(buffer);
      buffer = '';
      if (!more) await writable(res);
    }
    res.end(buffer);
  }

  private refuse(res: Response, error: unknown): void {
    if (error instanceof ExportParamError) {
      res.status(400).json({ error: error.message });
      return;
    }
    if (error instanceof DomainError && HTTP_STATUS[error.code]) {
      if (error.details.retryAfter) res.set('Retry-After', String(error.details.retryAfter));
      res.status(HTTP_STATUS[error.code]!).json({ error: error.message, code: error.code, ...(error.details.retryAfter ? { retryAfter: error.details.retryAfter } : {}) });
      return;
    }
    this.logger.error(`summary export failed: ${errorDetail(error)}`);
    res.status(503).json({ error: 'The summary could not be computed just now. Try again in a minute.' });
  }
}
