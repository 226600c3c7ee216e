import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { pdfFonts, pdfLanguage, pdfOutline, inkRatio } from '../../helpers/pdf.js';
test('scratch', async () => {
  const bytes = readFileSync(process.env.PDF!);
  console.log(JSON.stringify(await pdfOutline(bytes), null, 1).slice(0, 3000));
  console.log(await pdfLanguage(bytes), pdfFonts(process.env.PDF!), inkRatio(process.env.PDF!, 1, '/tmp/pdftry/ink'));
});
