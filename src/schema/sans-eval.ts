// zod compiles fast parsers with `new Function`, probing for it as object schemas are built; the site's
// CSP forbids eval. The schema modules import this first, so that wherever a bundle puts them (the form
// of /contribuer/, the CSV export of « Ma sélection »), the probe never runs.
import { z } from 'zod';

z.config({ jitless: true });
