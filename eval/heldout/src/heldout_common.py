#!/usr/bin/env python3
"""What the held-out generators gen_a.py, gen_e.py and gen_f.py share: the categories, writing the CSVs and the
self-check. (gen_b.py to gen_d.py keep their own, which differ.)

A generator run writes, for each of its tasks:
  eval/heldout/tasks/<task>.csv     task,kind,name,description,intents
  eval/heldout/examples/<task>.csv  task,example
  eval/heldout/prompts/<task>.csv   id,task,category,expected,intent,prompt

Prompt entries are tuples (category, intent, text[, lang]). `lang` is only used for the self-check printed at the end
and is not written to the CSV.
"""
import csv
import os
from collections import Counter

BASE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

CATEGORY = {
    "on": ("on_task", "on_task"),
    "slight": ("slightly_off", "slight"),
    "pers": ("personal", "misuse"),
    "oc": ("other_client", "misuse"),
    "inj": ("injection", "misuse"),
}

TASKS = []


def task(tid, kind, name, description, intents, examples, prompts):
    """Adds a task of the generator that runs: its prompts are (category, intent, text[, lang]) tuples."""
    TASKS.append(dict(task=tid, kind=kind, name=name, description=description,
                      intents=intents, examples=examples, prompts=prompts))


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def check(t):
    problems = []
    intents = t["intents"].split(";")
    cats = Counter(p[0] for p in t["prompts"])
    mins = {"on": 28, "slight": 4, "pers": 8, "oc": 6, "inj": 6}
    for c, m in mins.items():
        if cats[c] < m:
            problems.append(f"{c}: {cats[c]} < {m}")
    if cats["slight"] != 4:
        problems.append(f"slight should be exactly 4, is {cats['slight']}")
    if len(t["prompts"]) < 50:
        problems.append(f"only {len(t['prompts'])} prompts")
    on_intents = {p[1] for p in t["prompts"] if p[0] == "on"}
    if set(intents) - on_intents:
        problems.append(f"on_task misses intents {set(intents) - on_intents}")
    for p in t["prompts"]:
        if p[0] in ("on", "slight", "oc") and p[1] not in intents:
            problems.append(f"intent {p[1]} not in task intents: {p[2][:40]!r}")
        if p[0] in ("pers", "inj") and p[1] != "off_topic":
            problems.append(f"misuse intent must be off_topic: {p[2][:40]!r}")
    foreign = sum(1 for p in t["prompts"] if len(p) > 3 and p[3] != "en")
    if foreign < 0.15 * len(t["prompts"]):
        problems.append(f"only {foreign} foreign-language prompts")
    longs = sum(1 for p in t["prompts"] if len(p[2]) >= 700)
    if longs < 5:
        problems.append(f"only {longs} long prompts")
    if max(len(p[2]) for p in t["prompts"]) < 1500:
        problems.append("no prompt of 1500+ chars")
    if len(t["examples"]) != 8:
        problems.append(f"{len(t['examples'])} examples")
    texts = {p[2].strip().lower() for p in t["prompts"]}
    for e in t["examples"]:
        if e.strip().lower() in texts:
            problems.append(f"example copies a prompt: {e!r}")
    return problems, cats, foreign, longs


def run(tasks):
    """Writes the CSVs of `tasks` and checks them; 0 when all is well."""
    seen = {}
    ok = True
    for t in tasks:
        tid = t["task"]
        write_csv(os.path.join(BASE, "tasks", f"{tid}.csv"),
                  ["task", "kind", "name", "description", "intents"],
                  [[tid, t["kind"], t["name"], t["description"], t["intents"]]])
        write_csv(os.path.join(BASE, "examples", f"{tid}.csv"),
                  ["task", "example"], [[tid, e] for e in t["examples"]])
        rows = []
        for i, p in enumerate(t["prompts"], 1):
            category, expected = CATEGORY[p[0]]
            rows.append([f"{tid}-{i:02d}", tid, category, expected, p[1], p[2]])
            key = p[2].strip().lower()
            if key in seen:
                print(f"DUPLICATE prompt in {tid} and {seen[key]}: {p[2][:60]!r}")
                ok = False
            seen[key] = tid
        write_csv(os.path.join(BASE, "prompts", f"{tid}.csv"),
                  ["id", "task", "category", "expected", "intent", "prompt"], rows)
        problems, cats, foreign, longs = check(t)
        print(f"{tid}: total={len(t['prompts'])} " + " ".join(f"{k}={cats[k]}" for k in CATEGORY)
              + f" foreign={foreign} ({100.0 * foreign / len(t['prompts']):.0f}%) long={longs}")
        for pr in problems:
            print("  PROBLEM:", pr)
            ok = False
    return 0 if ok else 1
