// One source, two builds: `vite build` → dist/chrome (MV3 service worker),
// `vite build --mode firefox` → dist/firefox (MV3 background.scripts, gecko id).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

type Manifest = typeof baseManifest & Record<string, unknown>;

function firefoxManifest(base: Manifest): ManifestV3Export {
  const { background, minimum_chrome_version: _chromeOnly, ...rest } = base;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'crosscheck@crosscheck.example',
        // 140: the first desktop release that reads data_collection_permissions (and Debian's
        // current Firefox ESR, which CI installs); Android read it from 142
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = firefox ? firefoxManifest(baseManifest) : (baseManifest as unknown as ManifestV3Export);
  return {
    plugins: [
      preact(),
      crx({
        manifest,
        browser: firefox ? 'firefox' : 'chrome',
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist/firefox' : 'dist/chrome',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // The modulepreload polyfill calls fetch(); extension pages need no polyfill and the
      // extension makes no network requests at all (checked by e2e/security.spec.ts).
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // The sidebar is loaded in an iframe, not referenced by the manifest as a page:
        // it must be a build input or crxjs copies it untransformed (design.md pitfall).
        input: { sidebar: 'src/sidebar/index.html' },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
