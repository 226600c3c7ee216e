import type sanitizeHtml from 'sanitize-html';

/**
 * sanitize-html drops empty attributes (`controls=""`, GFM's `checked=""`) unless they are
 * listed in `allowedEmptyAttributes`, an option its type definitions do not declare yet.
 */
export function withEmptyAttributes(options: sanitizeHtml.IOptions & { allowedEmptyAttributes: string[] }): sanitizeHtml.IOptions {
  return options;
}
