// `npm run build:web`: builds the back office into web/dist (always, even when it is fresh).
import { buildWeb } from '../lib/web-build.js';
import { createLogger } from '../lib/logger.js';

await buildWeb(createLogger({ level: 'info', name: 'build-web' }));
