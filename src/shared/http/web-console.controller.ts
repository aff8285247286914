import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Controller, Get, Inject, NotFoundException, Param, Redirect, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { LOGGER } from '../observability/logger.js';
import { Public } from './public.decorator.js';

/** The console's headers: nothing but its own files may load, nothing may frame it, nothing is guessed. */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface ConsoleFile {
  /** where the file lives, relative to the project root */
  source: string;
  contentType: string;
}

/**
 * Every file the console serves, by the name it is served under. Only these names exist: a name from the URL is only
 * ever a key of this table, never part of a path.
 */
export const CONSOLE_FILES: Readonly<Record<string, ConsoleFile>> = {
  'index.html': { source: 'web/index.html', contentType: 'text/html; charset=utf-8' },
  'console.css': { source: 'web/console.css', contentType: 'text/css; charset=utf-8' },
  'console.js': { source: 'dist/web/console.js', contentType: 'text/javascript; charset=utf-8' },
  'console-model.js': { source: 'dist/web/console-model.js', contentType: 'text/javascript; charset=utf-8' },
};

/** The project root: the nearest folder above this file holding package.json (works from src/ and from dist/src/). */
export function findProjectRoot(start = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

interface LoadedFile {
  body: Buffer;
  contentType: string;
}

/** Reads the allow-listed files once; a missing one (the browser code not built yet) is logged and answers 404. */
export function loadConsoleFiles(root: string, logger?: Logger): Map<string, LoadedFile> {
  const files = new Map<string, LoadedFile>();
  for (const [name, file] of Object.entries(CONSOLE_FILES)) {
    try {
      files.set(name, { body: readFileSync(path.join(root, file.source)), contentType: file.contentType });
    } catch {
      logger?.warn({ file: file.source }, `web console file ${file.source} is missing: run \`npm run build\``);
    }
  }
  return files;
}

/** The built-in web console (web/): a static page that calls this API with the user's key. */
@ApiExcludeController()
@Public()
@Controller()
export class WebConsoleController {
  private readonly files: Map<string, LoadedFile>;

  constructor(@Inject(LOGGER) logger: Logger) {
    this.files = loadConsoleFiles(findProjectRoot(), logger);
  }

  @Get()
  @Redirect('/console', 302)
  root(): void {}

  @Get('console')
  page(@Res() res: Response): void {
    this.send(res, 'index.html');
  }

  @Get('console/:asset')
  asset(@Param('asset') asset: string, @Res() res: Response): void {
    // index.html is served at /console only; everything else must be a listed name
    this.send(res, asset === 'index.html' ? '' : asset);
  }

  private send(res: Response, name: string): void {
    const file = Object.hasOwn(CONSOLE_FILES, name) ? this.files.get(name) : undefined;
    if (!file) throw new NotFoundException('no such console file');
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', CONSOLE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.status(200).end(file.body);
  }
}
