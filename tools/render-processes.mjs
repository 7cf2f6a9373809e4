// Draws every model in processes/ as an SVG picture in docs/processes/, with bpmn-js in headless
// Chromium, so the pictures in the guides are always the models the engine runs.
import { chromium } from 'playwright-core';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const viewer = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const out = path.join(root, 'docs', 'processes');

// bpmn-js names arrow markers at random: number them in order, so an unchanged model draws the same file
function stableIds(svg) {
  const seen = new Map();
  return svg.replace(/marker-[a-z0-9]+/g, (id) => {
    if (!seen.has(id)) {
      seen.set(id, `marker-${seen.size + 1}`);
    }
    return seen.get(id);
  });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="canvas" style="width:1600px;height:900px"></div></body></html>');
  await page.addScriptTag({ path: viewer });
  await mkdir(out, { recursive: true });
  const models = (await readdir(path.join(root, 'processes'))).filter((name) => name.endsWith('.bpmn')).sort();
  for (const model of models) {
    const xml = await readFile(path.join(root, 'processes', model), 'utf8');
    const svg = await page.evaluate(async (diagram) => {
      const bpmn = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await bpmn.importXML(diagram);
      if (warnings.length) {
        throw new Error(warnings.map((warning) => warning.message).join('; '));
      }
      const { svg: picture } = await bpmn.saveSVG();
      bpmn.destroy();
      return picture;
    }, xml);
    await writeFile(path.join(out, model.replace(/\.bpmn$/, '.svg')), stableIds(svg) + '\n');
    console.log(`drew ${model}`);
  }
} finally {
  await browser.close();
}
