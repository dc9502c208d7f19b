import type { ReportRenderer } from './renderer.js';
export const renderHtml: ReportRenderer = () => '<!doctype html>\n';
