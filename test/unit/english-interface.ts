/**
 * Every unit test starts with an English interface, as a reader's English browser would show it;
 * a test that checks another language switches with `useLocale`.
 */
import { beforeEach } from 'vitest';
import { useLocale } from './locales/use-locale';

beforeEach(() => useLocale('en', 'en-US'));
