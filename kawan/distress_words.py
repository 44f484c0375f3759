"""Write ``bot/flows/common_words_id.py``: common Indonesian words the typo repair must leave alone.

    pip install 'wordfreq==3.1.1'     # the `words` extra; not needed to run or test the bot
    python -m kawan.distress_words

The distress detector repairs long unknown words towards its cue words at edit distance 1-2
("dipukl" -> "dipukul").  An ordinary word that happens to be that close to a cue word must
not be "repaired": "mengundang" (to invite) is one edit from "menendang" (to kick).  The list
holds every alphabetic word in wordfreq's Indonesian word list, most frequent first (words
with a Zipf frequency of 3 or more, from Wikipedia, subtitles, news, web text and social
media).  Data: wordfreq by Robyn Speer, CC BY-SA 4.0 (https://github.com/rspeer/wordfreq).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "bot" / "flows" / "common_words_id.py"
HEADER = '''"""Common Indonesian words, most frequent first. Generated: do not edit.

Written by ``python -m kawan.distress_words`` from wordfreq 3.1.1's Indonesian list (Zipf >= 3).
Data: wordfreq by Robyn Speer, CC BY-SA 4.0 (https://github.com/rspeer/wordfreq).

``BY_FREQUENCY`` (2+ letters) lets the normaliser expand vowel-less abbreviations ("pkul" ->
"pukul") and split words typed without spaces; ``WORDS`` (6+ letters) are never "repaired".
"""

BY_FREQUENCY: tuple[str, ...] = tuple(
    """
'''


def main() -> int:
    try:
        from wordfreq import get_frequency_dict
    except ImportError:
        print("needs wordfreq: pip install 'wordfreq==3.1.1'", file=sys.stderr)
        return 1
    freq = get_frequency_dict("id")
    words = [w for w in sorted(freq, key=lambda w: (-freq[w], w)) if w.isascii() and w.isalpha() and len(w) >= 2]
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > 96:
            lines.append(line)
            line = ""
        line = f"{line} {w}" if line else w
    lines.append(line)
    OUT.write_text(HEADER + "\n".join(lines) + '\n    """.split()\n)\n'
                   "WORDS: frozenset[str] = frozenset(w for w in BY_FREQUENCY if len(w) >= 6)\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(words)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
