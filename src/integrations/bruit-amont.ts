// Astro integration with one job: keep known upstream noise out of the build log, so that a
// warning there is always ours to read. Drop each filter when its upstream issue is fixed.
import type { AstroIntegration } from 'astro';

export default function bruitAmont(): AstroIntegration {
  return {
    name: 'pratiques-emergentes:bruit-amont',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pratiques-emergentes:bruit-amont',
                // Astro writes "use astro:head-inject" at the top of every MDX entry's propagated-assets
                // module, and Rolldown warns once per sheet that it may not be preserved. Astro no longer
                // reads it (withastro/astro#17095): https://github.com/withastro/astro/issues/18087
                onLog(_niveau, log) {
                  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return false;
                },
              },
            ],
          },
        });
      },
    },
  };
}
