/**
 * @file BCP 47 language tags as the Writing Assistance APIs read them: each tag checked and put in
 * canonical form (`Intl.getCanonicalLocales`, so "EN-us" is "en-US" and "xx-!" a RangeError), then
 * matched to the languages the core supports the way ECMA-402's lookup does it: drop subtags from the
 * end until a supported tag is left ("de-CH" and "de-Latn-CH" are "de").
 *
 * Not part of the public API: abridge-api.js uses it.
 */

/**
 * The canonical form of each of `tags`, in order, without repeats.
 * @param {Iterable<string>} tags @param {string} option named in the error
 * @returns {string[]}
 * @throws {RangeError} naming the option, for a tag that is not a well-formed BCP 47 tag
 */
export function canonicalTags(tags, option) {
  const out = [];
  for (const tag of tags) {
    const canonical = canonicalTag(tag, option);
    if (!out.includes(canonical)) out.push(canonical);
  }
  return out;
}

/**
 * The canonical form of `tag`.
 * @param {string} tag @param {string} option named in the error
 * @throws {RangeError} naming the option, for a tag that is not a well-formed BCP 47 tag
 */
export function canonicalTag(tag, option) {
  if (typeof tag !== 'string') {
    throw new TypeError(`Abridge: option "${option}" must hold language tags (strings), not ${tag === null ? 'null' : typeof tag}.`);
  }
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch (err) {
    if (err instanceof RangeError) throw new RangeError(`Abridge: option "${option}": "${tag}" is not a valid BCP 47 language tag.`);
    throw err;
  }
}

/**
 * The tag of `supported` that serves `tag`, or undefined: `tag` itself, else `tag` with subtags dropped
 * from the end (ECMA-402 BestAvailableLocale, after Unicode extensions are removed).
 * @param {readonly string[]} supported canonical tags @param {string} tag a canonical tag
 */
export function bestFit(supported, tag) {
  let candidate = new Intl.Locale(tag).baseName;
  for (;;) {
    const hit = supported.find((s) => s.toLowerCase() === candidate.toLowerCase());
    if (hit) return hit;
    let cut = candidate.lastIndexOf('-');
    if (cut < 0) return undefined;
    if (cut >= 2 && candidate[cut - 2] === '-') cut -= 2; // a singleton goes with the subtag after it
    candidate = candidate.slice(0, cut);
  }
}

/**
 * `requested` matched against `supported`: the best fits in order without repeats, and the tags with
 * none.
 * @param {readonly string[]} requested canonical tags @param {readonly string[]} supported
 * @returns {{ matched: string[], missing: string[] }}
 */
export function matchLanguages(requested, supported) {
  const matched = [];
  const missing = [];
  for (const tag of requested) {
    const hit = bestFit(supported, tag);
    if (hit === undefined) missing.push(tag);
    else if (!matched.includes(hit)) matched.push(hit);
  }
  return { matched, missing };
}
