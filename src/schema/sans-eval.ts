// zod compiles fast parsers with `new Function`, probing for it as schemas are built; the site's CSP
// forbids eval. Imported first, before any schema module, so that the probe never runs.
import { z } from 'zod';

z.config({ jitless: true });
