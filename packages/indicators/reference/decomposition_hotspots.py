"""Independent reference values for @convivio/indicators: the decomposition of the mutual
information index M and Theil's H into between- and within-area parts and group contributions,
local Moran's I and Getis-Ord Gi* (z-scores) on small grids, and Benjamini-Hochberg q-values.

numpy only, written from the textbook definitions with dense matrices (no code shared with the
engine). Run from the repository root:

    python3 packages/indicators/reference/decomposition_hotspots.py > packages/indicators/reference/decomposition_hotspots.json
"""
import json
import sys

import numpy as np


def make_case(name, width, height, groups, missing, area_of, seed):
    rng = np.random.RandomState(seed)
    cells = [(c, r) for r in range(height) for c in range(width) if (c, r) not in missing]
    counts = {}
    for k, g in enumerate(groups):
        base = rng.randint(0, 40, size=len(cells))
        # a west-east gradient for the first group, so there is something to find
        grad = np.array([c for c, _ in cells]) * (6 if k == 0 else 1)
        counts[g] = (base + grad).astype(int).tolist()
    zero_at = rng.randint(0, len(cells))
    for g in groups:
        counts[g][zero_at] = 0
    return {
        "name": name,
        "cellSize": 100,
        "x": [c * 100 for c, _ in cells],
        "y": [r * 100 for _, r in cells],
        "area": [area_of(c, r) for c, r in cells],
        "groups": counts,
    }


def mutual_information(table):
    """M of a units x groups table of counts: sum p_ik ln(p_ik / (p_i p_k))."""
    p = table / table.sum()
    pi = p.sum(axis=1, keepdims=True)
    pk = p.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, p * np.log(p / (pi * pk)), 0.0)
    return terms.sum()


def entropy(v):
    p = v / v.sum()
    p = p[p > 0]
    return float(-(p * np.log(p)).sum())


def local_segregation_by_group(table):
    """L_k = sum_i p_(i|k) ln(p_(i|k) / p_i) for each group (column)."""
    p = table / table.sum()
    pi = p.sum(axis=1)
    out = []
    for k in range(table.shape[1]):
        col = table[:, k]
        cond = col / col.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            out.append(float(np.where(cond > 0, cond * np.log(cond / pi), 0.0).sum()))
    return out


def decomposition(case):
    groups = list(case["groups"])
    table = np.array([case["groups"][g] for g in groups], dtype=float).T
    areas = np.array(case["area"])
    labels = sorted(set(case["area"]))
    keep = table.sum(axis=1) > 0
    table_k, areas_k = table[keep], areas[keep]
    N = table_k.sum()
    E = entropy(table_k.sum(axis=0))
    total = mutual_information(table_k)
    area_table = np.array([table_k[areas_k == a].sum(axis=0) for a in labels])
    between = mutual_information(area_table)
    parts = []
    for a, row in zip(labels, area_table):
        sub = table_k[areas_k == a]
        na = sub.sum()
        m_a = mutual_information(sub)
        e_a = entropy(row)
        parts.append({"area": a, "population_share": na / N, "entropy": e_a, "m": m_a,
                      "h": m_a / e_a if e_a > 0 else 0.0, "m_within": na / N * m_a})
    within = sum(p["m_within"] for p in parts)
    shares = table_k.sum(axis=0) / N
    l_cells = local_segregation_by_group(table_k)
    l_areas = local_segregation_by_group(area_table)
    return {
        "entropy": E,
        "m": {"total": total, "between": between, "within": within},
        "h": {"total": total / E, "between": between / E, "within": within / E},
        "areas": parts,
        "groups": {g: {"share": shares[k], "m_total": shares[k] * l_cells[k],
                       "m_between": shares[k] * l_areas[k]} for k, g in enumerate(groups)},
    }


def weights(case, distance):
    """Dense binary neighbour matrix: queen (distance None) or centres within `distance` metres."""
    xy = np.array([case["x"], case["y"]], dtype=float).T
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2))
    if distance is None:
        dx = np.abs(xy[:, None, 0] - xy[None, :, 0])
        dy = np.abs(xy[:, None, 1] - xy[None, :, 1])
        w = (np.maximum(dx, dy) <= case["cellSize"] + 1e-9) & (d > 0)
    else:
        w = (d <= distance + 1e-9) & (d > 0)
    return w.astype(float)


def local_stats(y, w):
    n = len(y)
    z = y - y.mean()
    deg = w.sum(axis=1)
    wr = np.divide(w, deg[:, None], out=np.zeros_like(w), where=deg[:, None] > 0)
    lag = wr @ z
    local_i = (n - 1) * z * lag / (z * z).sum()
    ws = w + np.eye(n)
    W = ws.sum(axis=1)
    s = np.sqrt((y * y).mean() - y.mean() ** 2)
    gi = (ws @ y - y.mean() * W) / (s * np.sqrt((n * W - W * W) / (n - 1)))
    local_i[deg == 0] = np.nan
    gi[deg == 0] = np.nan
    return local_i, gi


def bh(p):
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    q = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(q, 1.0)
    return out


def nan_to_none(v):
    return [None if np.isnan(x) else float(x) for x in v]


def main():
    cases = [
        make_case("full-6x5", 6, 5, ["A", "B", "C"], set(), lambda c, r: "W" if c < 3 else "E", 7),
        make_case("sparse-7x7", 7, 7, ["A", "B"], {(0, 0), (3, 3), (6, 1), (2, 5), (5, 6)},
                  lambda c, r: "N" if r >= 4 else ("SW" if c < 4 else "SE"), 11),
    ]
    for case in cases:
        case["decomposition"] = decomposition(case)
        local = {}
        for label, dist in (("queen", None), ("distance_250", 250.0)):
            w = weights(case, dist)
            local[label] = {}
            for g, v in case["groups"].items():
                li, gi = local_stats(np.array(v, dtype=float), w)
                local[label][g] = {"local_i": nan_to_none(li), "gi_star_z": nan_to_none(gi)}
        case["local"] = local
    p = [0.01, 0.04, 0.03, 0.2, 0.5, 0.001, 0.04, 0.9, 0.02, 0.06]
    out = {
        "generator": "packages/indicators/reference/decomposition_hotspots.py",
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "cases": cases,
        "bh": {"p": p, "q": bh(p).tolist()},
    }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
