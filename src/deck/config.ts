// Deck settings from deck.yaml or a single file's front matter, with defaults.
import type { DeckConfig } from './model.js';

export const defaultConfig: DeckConfig = {
  title: '',
  author: '',
  lang: 'zh-CN',
  theme: 'projector',
  width: 1280,
  height: 720,
  transition: 'slide',
  durationMinutes: 0,
  order: [],
};
