/**
 * A pasted transcript, read without its timecodes. A video's transcript puts a timecode over every line
 * (YouTube's transcript panel: "0:03" / "today we're talking about why your sourdough"), and subtitle files
 * put a cue number and a timing line over every cue (SubRip's "00:00:01,000 --> 00:00:04,000", WebVTT's
 * "00:01.000 --> 00:04.000"); a meeting's or a podcast's transcript a speaker's name and timecode over every
 * turn ("Speaker 1 (00:03):"). Between two lines of one sentence, such a line breaks the sentence in the
 * core's eyes: the summary was made of fragments ("to eat than white bread flour does."). Without them, the
 * lines are wrapped text, and the core joins them where they read on (docs/quality.md, "Prose broken at a
 * narrow width").
 *
 * The page takes a plain-text paste through `transcriptText` as it takes a pasted web page through
 * extract.js: the box gets the text, and "Use the whole paste" brings back the paste as it was.
 */

// A timecode alone on its line: "0:03", "12:45", "1:02:03".
const TIMECODE = /^\d{1,2}(?::\d{2}){1,2}$/;
// A cue's timing line: "00:00:01,000 --> 00:00:04,000" (SubRip), "00:01.000 --> 00:04.000 align:start" (WebVTT).
const CUE_TIMING = /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?(?:\s.*)?$/;
// A bracketed timecode opening a line of text: "[00:03] Welcome back", "(1:02:03) and so". A bare one
// ("9:30 Keynote") is as often a programme's time as a transcript's.
const TIMECODE_PREFIX = /^(?:\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?\]|\((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?\))\s*(?=\S)/;
// A speaker's name over their turn, with its timecode: "Speaker 1 (00:03):" (Rev), "Jane Smith  0:03" (Otter,
// two spaces or a tab before a bare one, so that a line of prose ending on a time is not one).
const SPEAKER_TIMECODE = /^(\S.{0,60}?)(?:\s+[[(]((?:\d{1,2}:)?\d{1,2}:\d{2})[\])]:?|(?: {2,}|\t)\s*((?:\d{1,2}:)?\d{1,2}:\d{2}))$/;
// A speaker's name over their turn as Zoom's chat-style captions write it: "[Maria Lopez] 10:02:33".
const BRACKETED_SPEAKER = /^\[([^\]]{1,60})\]\s+((?:\d{1,2}:)?\d{1,2}:\d{2})$/;
// A speaker's name opening a cue's text: "Maria Lopez: Okay, let's start." (Zoom's recordings), "张伟：我们开始吧。".
// At most four words, opening with a letter; counted only when half the cues open so (namedSpeakers).
const NAME_PREFIX = /^(\p{L}[\p{L}\p{M}\p{N}.'’_-]*(?: [\p{L}\p{M}\p{N}.'’_-]+){0,3})(?::\s+|：\s*)(?=\S)/u;
// WebVTT's voice tag, which names the speaker of a cue (Microsoft Teams): "<v Maria Lopez>Okay</v>".
const VOICE_TAG = /^<v(?:\.[\w.-]+)*\s+([^>]+)>/;
// The lines of text `namedSpeakers` reads to tell whether cues open with names.
const NAMED_SAMPLE_LINES = 200;
// WebVTT's header and its blocks that are not cues.
const VTT_BLOCK = /^(?:WEBVTT|NOTE|STYLE|REGION)(?:\s|$)/;
// WebVTT's tags inside a cue's text: voices, classes, and the word timings of automatic captions.
const VTT_TAG = /<\/?(?:\d[\d:.]*|[a-z]+(?:\.[\w.-]+)?(?:\s[^<>]*)?)>/g;

/**
 * `text` without its timecodes, when it is a transcript: at least three timecode, timing or speaker lines
 * (or lines opening with a timecode in brackets), a quarter of its lines or more, the timecodes of the
 * timecode and speaker lines running forward. Returns `{ text, timecodes, names }` (the speakers' names left
 * out with them), or null for text that is no transcript.
 * @param {string} text
 * @returns {{ text: string, timecodes: number, names: number } | null}
 */
export function transcriptText(text) {
  const lines = String(text).split(/\r\n?|\n/).map((line) => line.trim());
  const filled = lines.filter(Boolean);
  const cues = filled.filter((line) => CUE_TIMING.test(line)).length;
  const alone = filled.map((line) => (TIMECODE.test(line) ? line : speakerLine(line)?.time)).filter(Boolean);
  const prefixed = filled.filter((line) => TIMECODE_PREFIX.test(line)).length;
  // A transcript's timecodes run forward; a live blog's times ("10:32" over each update) run back, newest
  // first, and its page is no transcript.
  const seconds = alone.map((time) => time.split(':').reduce((total, part) => total * 60 + Number(part), 0));
  const backwards = seconds.filter((s, i) => i > 0 && s < seconds[i - 1]).length;
  const timecodes = cues + prefixed + (backwards * 10 > seconds.length ? 0 : alone.length);
  if (timecodes < 3 || timecodes * 4 < filled.length) return null;

  const kept = [];
  const vtt = /^WEBVTT/.test(filled[0] ?? '');
  const named = namedSpeakers(lines, vtt);
  // The speaker of the lines kept last, and a paragraph where the next turn is someone else's.
  let speaker;
  let names = 0;
  const turn = (name) => {
    if (name !== speaker && kept.length && kept[kept.length - 1] !== '') kept.push('');
    speaker = name;
  };
  for (const cue of cueLines(lines, vtt)) {
    // A speaker's name goes with its timecode (a name line would read as a heading, or as the title), and
    // a turn by someone else is a paragraph of its own.
    if (cue.speaker !== undefined) {
      names++;
      turn(cue.speaker);
      continue;
    }
    let { line } = cue;
    if (prefixed * 2 >= filled.length) line = line.replace(TIMECODE_PREFIX, '');
    // A speaker named in the cue goes too, as the name line of a meeting's transcript does, and a turn by
    // someone else starts a paragraph; a first name after lines of no one's continues their sentence.
    const voice = vtt ? line.match(VOICE_TAG) : null;
    const prefix = !voice && named ? line.match(NAME_PREFIX) : null;
    if (prefix) line = line.slice(prefix[0].length);
    const name = voice?.[1].trim() ?? prefix?.[1];
    if (name) {
      names++;
      if (speaker === undefined) speaker = name;
      else turn(name);
    }
    if (vtt) line = line.replace(VTT_TAG, '').trim();
    // Automatic captions roll: each cue repeats the line before.
    if (line && line !== kept[kept.length - 1]) kept.push(line);
  }
  while (kept[kept.length - 1] === '') kept.pop();
  return kept.length ? { text: kept.join('\n'), timecodes, names } : null;
}

/**
 * A transcript's lines in order, read as cues: `{ line }` for a line of a cue's text, `{ speaker }` for a
 * speaker's line over a turn ("Speaker 1 (00:03):"). Timecodes, timing lines, cue numbers and WebVTT's
 * blocks that are not cues (its header, comments, style sheets) are passed over. The one reading of the
 * lines that `transcriptText` and `namedSpeakers` both make.
 * @param {string[]} lines trimmed
 * @param {boolean} vtt whether the text is a WebVTT file
 */
function* cueLines(lines, vtt) {
  let skipBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      skipBlock = false;
      continue;
    }
    if (skipBlock) continue;
    if (vtt && VTT_BLOCK.test(line)) {
      skipBlock = true; // the header, a comment or a style sheet, to the next blank line
      continue;
    }
    if (TIMECODE.test(line) || CUE_TIMING.test(line)) continue;
    const over = speakerLine(line);
    if (over) {
      yield { speaker: over.name };
      continue;
    }
    // A cue's number or identifier: the line right over its timing line.
    if (CUE_TIMING.test(lines[i + 1] ?? '')) continue;
    yield { line };
  }
}

/**
 * Whether the cues' text opens with their speakers' names ("Maria Lopez: Okay"): half the lines of text or
 * more do, and a name recurs. A line of prose that opens "Note: …" now and then does not make a transcript's
 * lines named. A file is written one way throughout, so its first lines of text tell.
 */
function namedSpeakers(lines, vtt) {
  const names = [];
  let read = 0;
  for (const { line } of cueLines(lines, vtt)) {
    if (line === undefined) continue;
    const name = line.match(NAME_PREFIX)?.[1];
    if (name) names.push(name);
    if (++read === NAMED_SAMPLE_LINES) break;
  }
  return names.length >= 3 && names.length * 2 >= read && new Set(names).size < names.length;
}

/**
 * A speaker's line, its name and timecode ("Speaker 1 (00:03):" → { name: "Speaker 1", time: "00:03" }), or
 * undefined for any other line.
 */
function speakerLine(line) {
  // Most lines end in a letter or a stop: the last character rules them out before the pattern runs.
  if (!/[\d)\]:]$/.test(line) || line.length > 80) return undefined;
  const match = line.match(SPEAKER_TIMECODE) ?? line.match(BRACKETED_SPEAKER);
  return match ? { name: match[1], time: match[2] ?? match[3] } : undefined;
}
