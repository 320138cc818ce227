// Renderer unit tests mount components the way main.ts does: with vue-i18n installed (for <i18n-t>),
// in English, so tests find elements by their English names.
import { config } from '@vue/test-utils';
import { i18n, setLocale } from '../../renderer/src/i18n';

setLocale('en');
config.global.plugins = [...(config.global.plugins ?? []), i18n];
