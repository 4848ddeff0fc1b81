/**
 * @file The embed demo page's own script (embed.html): a theme switch for the sidebar widget and a line that
 * shows the widget's `summary` event. Not part of the widget.
 */

const widget = document.getElementById('story-summary');
const log = document.getElementById('event-log');
const select = document.getElementById('theme-select');

select.addEventListener('change', () => {
  if (select.value === 'auto') widget.removeAttribute('theme');
  else widget.setAttribute('theme', select.value);
});

widget.addEventListener('summary', (event) => {
  const { sentences, result } = event.detail;
  log.textContent = `summary event: ${sentences.length} of ${result.stats.sentencesIn} sentences, ${result.elapsedMs.toFixed(1)} ms in the core.`;
});
widget.addEventListener('summaryerror', (event) => {
  log.textContent = `summaryerror event: ${event.detail.error?.message ?? event.detail.error}`;
});
