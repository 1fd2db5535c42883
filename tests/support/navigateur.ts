// A real headless Chromium (from @sparticuz/chromium, or CHROMIUM_PATH) and the built site served on localhost.
// The browser tests get them as fixtures (./test-navigateur.ts); the benchmarks call them directly.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';
import { DIST } from './site.ts';
import { REGLAGES } from '../../src/lib/env-fs.ts';

// Keep the browser's security model (these serverless defaults would hide CSP or CORS problems),
// and its normal process model: in --single-process mode, closing a page can take the browser down.
const RETIRES = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process', '--no-zygote']);
const EN_PLUS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function lancerNavigateur(): Promise<Browser> {
  const executablePath = REGLAGES.chromium ?? (await chromium.executablePath());
  const args = [...chromium.args.filter((a) => !RETIRES.has(a)), ...EN_PLUS];
  return playwright.launch({ executablePath, args, headless: true });
}

/** Serves `dossier` under `base` on 127.0.0.1; resolves to the root URL, e.g. http://127.0.0.1:4567/ */
export interface Site {
  url: string;
  /** Bytes of response bodies sent so far. */
  octets(): number;
  /** Cuts the network: every request then fails as without a connection, until `retablir()`. */
  couper(): void;
  retablir(): void;
  fermer(): Promise<void>;
}

export async function servir(dossier = DIST, base = '/'): Promise<Site> {
  const fichiers = sirv(dossier, { dev: true, extensions: ['html'] });
  let octets = 0;
  let coupe = false;
  const serveur: Server = createServer((req, res) => {
    if (coupe) return req.socket.destroy();
    // Bytes on the wire, headers included (sirv sets its headers through writeHead, out of getHeader's
    // sight); the socket is taken now, as the response lets go of it once finished.
    const socket = req.socket;
    const debut = socket.bytesWritten;
    res.on('finish', () => {
      octets += socket.bytesWritten - debut;
    });
    if (!req.url?.startsWith(base)) {
      res.statusCode = 404;
      return res.end();
    }
    req.url = `/${req.url.slice(base.length)}`;
    // Like static hosts, answer an unknown path with the site's own 404 page.
    fichiers(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(dossier, '404.html')));
    });
  });
  await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
  const { port } = serveur.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    octets: () => octets,
    couper: () => void (coupe = true),
    retablir: () => void (coupe = false),
    fermer: () => new Promise((ok) => serveur.close(() => ok())),
  };
}
