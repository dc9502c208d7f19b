import { escapeXml } from '../escape-xml.js';
import { baseCss } from './style.js';

/** Escapes text for HTML element content and quoted attributes. */
export const html = escapeXml;

export interface PageOptions {
  /** BCP 47 language of the document, e.g. `pl`. */
  lang: string;
  title: string;
  /** The page's body, already HTML. */
  body: string;
  /** CSS added after the shared styles. */
  css?: string;
}

/**
 * One self-contained HTML document: inline CSS only, no script, font, image or link to anything
 * outside it (a Content-Security-Policy says so to the browser too), printable on A4.
 */
export function htmlPage(options: PageOptions): string {
  return [
    '<!doctype html>',
    `<html lang="${html(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load from anywhere: styles are inline, charts are inline SVG.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(options.title)}</title>`,
    `<style>${baseCss}${options.css ?? ''}</style>`,
    '</head>',
    '<body>',
    options.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
