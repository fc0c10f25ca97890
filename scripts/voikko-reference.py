#!/usr/bin/python3
"""Makes the reference analyses that Elo's Finnish analyser (app/kit/finnish/) is tested against.

Run once by hand, not in tests. It needs Debian's libvoikko (packages `libvoikko1`, `voikko-fi` and
`python3-libvoikko`, run with Debian's /usr/bin/python3):

    /usr/bin/python3 scripts/voikko-reference.py $(find app -name messages.ts) app/demo \\
        bench/words.ts SEED_TEXTS... > app/kit/finnish/reference/analyses.tsv

The words come from the given files and folders (Elo's own Finnish texts: message catalogues, demo
data, bench vocabulary, and any seed texts), plus inflected forms made from the nouns and adjectives
found there: case endings on the stem after consonant gradation and the common stem changes
(-nen/-se-, -us/-ukse-, -in/-ime-, -e/-ee-), kept only when libvoikko knows them. Some words with two
letters swapped are added as typos (libvoikko usually knows nothing of them, which is also compared).

Output: one line per word, sorted: word, its base forms (lower case, sorted, "|" between) and the
transducer outputs (sorted, "|" between), separated by tabs.
"""
import os
import random
import re
import sys

import libvoikko

voikko = libvoikko.Voikko("fi")
WORD = re.compile(r"[A-Za-zÅÄÖåäöšžéü]+(?:-[A-Za-zÅÄÖåäöšžéü]+)*")


def texts(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, files in os.walk(path):
                for name in sorted(files):
                    if name.endswith((".ts", ".tsx", ".txt", ".md")):
                        yield os.path.join(root, name)
        else:
            yield path


def words_of(paths):
    found = set()
    for path in texts(paths):
        with open(path, encoding="utf-8") as f:
            for word in WORD.findall(f.read()):
                if 3 <= len(word) <= 40 and not re.search(r"[a-z][A-Z]", word):
                    found.add(word.lower())
    return found


GRADATION = [("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("mp", "mm"), ("lt", "ll"),
             ("nt", "nn"), ("rt", "rr"), ("t", "d"), ("p", "v"), ("k", "")]
ENDINGS = ["n", "a", "ä", "ssa", "ssä", "sta", "stä", "an", "en", "lle", "lla", "llä", "lta", "ltä",
           "ksi", "t", "ja", "jä", "ien", "issa", "issä", "ille", "illa", "illä", "ista", "istä",
           "iin", "ina", "inä", "ineen", "itta", "ittä", "kin", "ni", "si", "mme", "nsa", "nsä"]


GENERATED = 4000


def stems(word):
    out = {word}
    for end, stem in [("nen", "se"), ("nen", "s"), ("us", "ukse"), ("ys", "ykse"), ("in", "ime"),
                      ("e", "ee"), ("is", "ikse"), ("as", "aa"), ("äs", "ää"), ("i", "e")]:
        if word.endswith(end):
            out.add(word[: -len(end)] + stem)
    for stem in list(out):
        for strong, weak in GRADATION:
            i = stem.rfind(strong, max(0, len(stem) - len(strong) - 3))
            if i > 0:
                out.add(stem[:i] + weak + stem[i + len(strong):])
    return out


def reference(word):
    analyses = voikko.analyze(word)
    bases = sorted({a.get("BASEFORM", "").lower() for a in analyses if a.get("BASEFORM")})
    outputs = sorted({a["FSTOUTPUT"] for a in analyses if "FSTOUTPUT" in a})
    return bases, outputs


def main():
    random.seed(10)
    seen = words_of(sys.argv[1:])
    words = set(seen)
    generated = set()
    for word in sorted(seen):
        for a in voikko.analyze(word):
            if a.get("CLASS") in ("nimisana", "laatusana", "nimisana_laatusana") and a.get("BASEFORM") == word:
                for stem in stems(word):
                    for ending in ENDINGS:
                        candidate = stem + ending
                        if candidate not in words and voikko.analyze(candidate):
                            generated.add(candidate)
                break
    # A sample keeps the committed list small enough to read in a test run.
    words |= set(random.sample(sorted(generated), min(GENERATED, len(generated))))
    for word in random.sample(sorted(seen), min(300, len(seen))):
        if len(word) > 4:
            i = random.randrange(1, len(word) - 2)
            words.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    for word in sorted(words):
        bases, outputs = reference(word)
        print(f"{word}\t{'|'.join(bases)}\t{'|'.join(outputs)}")


main()
