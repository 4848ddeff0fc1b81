// A minimal app that uses the published package the way its README says: each of the four ways to use it
// writes its summary (or its error) into the page, where the bundler test reads it.
import init, { summarize } from 'abridge';
import { Abridge } from 'abridge/api';
import 'abridge/widget';
import 'abridge/polyfill';

const article = document.getElementById('article').textContent;

function show(id, state, text) {
  const element = document.getElementById(id);
  element.textContent = text;
  element.dataset.state = state;
}

async function raw() {
  await init();
  const result = summarize(article, { sentences: 2 });
  return result.sentences.map((s) => s.text.replace(/\s+/g, ' ')).join(' ');
}

async function api() {
  const summarizer = await Abridge.create({ type: 'tldr', length: 'medium', format: 'plain-text' });
  try {
    return await summarizer.summarize(article);
  } finally {
    summarizer.destroy();
  }
}

async function polyfill() {
  const summarizer = await Summarizer.create({ type: 'key-points', format: 'plain-text', outputLanguage: 'en' });
  try {
    return `${summarizer.engine}: ${await summarizer.summarize(article)}`;
  } finally {
    summarizer.destroy();
  }
}

for (const [id, run] of [['raw', raw], ['api', api], ['polyfill', polyfill]]) {
  run().then((text) => show(id, 'done', text), (err) => show(id, 'failed', `${err?.name}: ${err?.message}`));
}
