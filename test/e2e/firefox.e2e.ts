import { join } from 'node:path';
import { describe } from 'vitest';
import { launchFirefox, ROOT } from '../harness/browsers';
import { extensionSuite } from './extension-suite';

describe('Firefox (MV2 build)', () => {
  extensionSuite(() => launchFirefox(join(ROOT, '.output/firefox-mv2')));
});
