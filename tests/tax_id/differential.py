"""billkit's tax ID validation against python-stdnum, the reference implementation.

For every type whose vectors name a python-stdnum module (`"stdnum"`), this generates
numbers stdnum calls valid (random fills of the type's `shapes`, completed by searching the
check positions), mutates them and the known valid vectors (one character changed, two
swapped, one dropped, one doubled), and asks both billkit (the native example
`validate_tax_ids`) and stdnum about every number. Any disagreement fails, except in the
direction a type's `departure` allows, with its reason, which the docs repeat.

Usage: differential.py BILLKIT_EXAMPLE_BINARY [--only TYPE[:COUNTRY]] [--per-type N] [--seed S]
"""

import argparse
import importlib
import json
import pathlib
import random
import subprocess
import sys

VECTORS = pathlib.Path(__file__).resolve().parent.parent / "vectors" / "tax_id"
DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CLASSES = {"9": DIGITS, "A": LETTERS, "X": DIGITS + LETTERS}


def load_types(only):
    for path in sorted(VECTORS.glob("*.json")):
        if path.name == "types.json":  # the list of types, not vectors
            continue
        for entry in json.loads(path.read_text())["types"]:
            key = f"{entry['type']}:{entry['country']}"
            if entry.get("stdnum") and (not only or only in (entry["type"], key)):
                yield path.name, entry


def oracle(entry):
    module = importlib.import_module("stdnum." + entry["stdnum"])
    strip = entry.get("stdnum_strip", "")
    add = entry.get("stdnum_add", "")

    def is_valid(value):
        compact = value.replace(" ", "").replace("-", "").replace(".", "").upper()
        if strip and compact.startswith(strip):
            value = compact[len(strip):]
        try:
            return bool(module.is_valid(add + value))
        except Exception:  # stdnum raises on some junk; that is "not valid"
            return False

    return is_valid


def fill(shape, rng):
    return [rng.choice(CLASSES[c]) if c in CLASSES else c for c in shape]


def complete(shape, chars, is_valid):
    """Searches the last one or two and the first class positions for a valid number."""
    positions = [i for i, c in enumerate(shape) if c in CLASSES]
    tries = [positions[-1:], positions[-2:], positions[:1], positions[:1] + positions[-1:]]
    for spots in tries:
        for combo in combos([CLASSES[shape[i]] for i in spots]):
            candidate = list(chars)
            for i, c in zip(spots, combo):
                candidate[i] = c
            text = "".join(candidate)
            if is_valid(text):
                return text
    return None


def combos(alphabets):
    if not alphabets:
        yield ()
        return
    for head in alphabets[0]:
        for rest in combos(alphabets[1:]):
            yield (head,) + rest


def generate_valid(entry, is_valid, rng, count):
    shapes = entry.get("shapes") or []
    found = set()
    for attempt in range(count * 4):
        if not shapes or len(found) >= count:
            break
        shape = shapes[attempt % len(shapes)]
        number = complete(shape, fill(shape, rng), is_valid)
        if number:
            found.add(number)
    return sorted(found)


def mutations(number, rng):
    chars = list(number)
    out = set()
    for _ in range(3):
        i = rng.randrange(len(chars))
        changed = list(chars)
        pool = DIGITS if changed[i].isdigit() else LETTERS
        changed[i] = rng.choice([c for c in pool if c != changed[i]] or pool)
        out.add("".join(changed))
    if len(chars) > 1:
        i = rng.randrange(len(chars) - 1)
        swapped = list(chars)
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
        out.add("".join(swapped))
        i = rng.randrange(len(chars))
        out.add("".join(chars[:i] + chars[i + 1:]))
        out.add("".join(chars[:i] + [chars[i]] + chars[i:]))
    out.discard(number)
    return sorted(out)


def billkit(binary, inputs):
    text = json.dumps(inputs)
    run = subprocess.run([binary], input=text, capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--only")
    parser.add_argument("--per-type", type=int, default=60)
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    cases = []  # (file, entry, value, stdnum verdict)
    generated = {}
    for file, entry in load_types(args.only):
        is_valid = oracle(entry)
        valid = generate_valid(entry, is_valid, rng, args.per_type)
        seeds = valid + [c["value"] for c in entry.get("valid", [])]
        key = f"{entry['type']}:{entry['country']}"
        generated[key] = len(valid)
        numbers = set(seeds)
        for seed in seeds:
            numbers.update(mutations(seed.replace(" ", ""), rng))
        for value in sorted(numbers):
            cases.append((file, entry, value, is_valid(value)))

    inputs = [{"country": e["country"], "type": e["type"], "value": v} for _, e, v, _ in cases]
    results = billkit(args.binary, inputs)
    failures, departures, agreed = [], {}, 0
    for (file, entry, value, expected), result in zip(cases, results):
        key = f"{entry['type']}:{entry['country']}"
        if result["valid"] == expected:
            agreed += 1
            continue
        direction = "billkit_looser" if result["valid"] else "billkit_stricter"
        allowed = entry.get("departure", {}).get("direction")
        if allowed == direction:
            departures[key] = departures.get(key, 0) + 1
            continue
        failures.append(f"{file} {key} {value!r}: stdnum {expected}, billkit "
                        f"{result['valid']} ({result['reason']})")

    thin = sorted(k for k, n in generated.items() if n == 0)
    print(f"{len(cases)} numbers over {len(generated)} types: {agreed} agree, "
          f"{sum(departures.values())} documented departures {departures or ''}")
    if thin:
        print("no numbers generated (vectors and their mutations only): " + ", ".join(thin))
    for failure in failures[:40]:
        print("DISAGREE " + failure)
    if failures:
        print(f"{len(failures)} disagreements")
        sys.exit(1)


if __name__ == "__main__":
    main()
