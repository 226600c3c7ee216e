import { expect, test } from 'vitest';
import { codePointsOf, cssContentText, htmlText, scriptText } from '../../../src/site/page-text.js';
import { formatUnicodeRange, inRanges, parseUnicodeRange } from '../../../src/site/unicode-range.js';
import { stripCssComments } from '../../../src/site/css.js';

test('page text drops tags and comments and decodes entities', () => {
  expect(htmlText('<p class="x">企业&amp;微信<!-- 隐藏 --></p><svg><text>图表</text></svg>&#x4f01;&mdash;').replace(/\s+/g, ' ').trim()).toBe('企业&微信 图表 企—');
});

test('CSS content strings are collected, escapes decoded', () => {
  expect(cssContentText('a::before { content: "「"; } b::after{content:\'\\300D\'}')).toBe('「 」');
});

test('code points are distinct, sorted, include printable ASCII and skip control characters', () => {
  const cps = codePointsOf('企业\n企\u0007');
  expect(cps).toContain(0x4f01);
  expect(cps).toContain('A'.codePointAt(0));
  expect(cps).not.toContain(0x0a);
  expect(cps).not.toContain(0x07);
  expect(cps.filter((c) => c === 0x4f01)).toHaveLength(1);
  expect([...cps].sort((a, b) => a - b)).toEqual(cps);
});

test('unicode-range values parse and format', () => {
  const ranges = parseUnicodeRange('U+20-22, U+4f01,U+4E??');
  expect(inRanges(0x21, ranges)).toBe(true);
  expect(inRanges(0x23, ranges)).toBe(false);
  expect(inRanges(0x4eff, ranges)).toBe(true);
  expect(formatUnicodeRange([0x20, 0x21, 0x22, 0x4f01, 0x4f03])).toBe('U+20-22,U+4f01,U+4f03');
});

test('CSS comments are removed, strings kept', () => {
  expect(stripCssComments('/*! see https://x.test */a{content:"/* kept */"}/* b */')).toBe('a{content:"/* kept */"}');
});

test('scripts contribute the characters in their strings, escaped or not', () => {
  expect(scriptText('a="\\u4e0b\\u{4e00}";b="页"').split('').sort().join('')).toBe(['下', '一', '页'].sort().join(''));
});
