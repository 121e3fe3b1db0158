#!/usr/bin/env python3
"""Runs one GradBench eval with AutoGrad's tool and with a reference tool, back to back, and prints
per function the geometric mean of the ratio of min times (AutoGrad / reference) over the inputs.

usage: compare.py EVAL [--reference manual] [--tool-args=--multithreaded] [EVAL ARGS...]
(arguments compare.py does not know, such as --min-runs 3 or -d 2 10, go to the eval)
"""
import argparse, json, math, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
dll = os.path.join(here, "..", "bin", "Release", "net10.0", "AutoGrad.GradBench.dll")
run_eval = os.environ.get("GRADBENCH_RUN_EVAL", "/work/shared/gradbench/run-eval")


def run(eval_name, tool, eval_args):
    out = subprocess.run([run_eval, eval_name, tool, *eval_args], capture_output=True, text=True)
    rows = {}
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            r = json.loads(line)
            rows[(r["function"], r["description"])] = r
    print(out.stdout.splitlines()[-1] if out.stdout else out.stderr[-2000:], f"({tool})", file=sys.stderr)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("eval")
    parser.add_argument("--reference", default="manual")
    parser.add_argument("--tool-args", default="")
    a, eval_args = parser.parse_known_args()
    eval_args = [arg for arg in eval_args if arg != "--"]
    tool = f"dotnet {os.path.abspath(dll)} {a.tool_args}".strip()
    ours = run(a.eval, tool, eval_args)
    theirs = run(a.eval, a.reference, eval_args)
    ratios = {}
    for key, r in ours.items():
        ref = theirs.get(key)
        valid = r.get("valid") and ref and ref.get("valid")
        ratio = r["min_ns"] / ref["min_ns"] if valid else float("nan")
        ratios.setdefault(key[0], []).append(ratio)
        print(json.dumps({"function": key[0], "input": key[1], "autograd_ns": r.get("min_ns"),
                          "reference_ns": ref and ref.get("min_ns"), "valid": bool(r.get("valid")),
                          "ratio": round(ratio, 3)}))
    for function, rs in ratios.items():
        geo = math.exp(sum(math.log(x) for x in rs) / len(rs))
        print(f"{a.eval} {function}: geometric mean ratio {geo:.3f} over {len(rs)} inputs, "
              f"range {min(rs):.2f}-{max(rs):.2f}")


if __name__ == "__main__":
    main()
