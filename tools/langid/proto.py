#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Python prototype of the langid classifier (same model file, same scoring as
the Swift plugin, including the donor rule's per-word scores), used to tune the
scoring weights on the dev split (without the plugin's early stop).

  python3 tools/langid/proto.py --split dev [--tune]
"""
import argparse
import itertools
import json
import os
import struct
import sys
from collections import defaultdict

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SUITE = os.path.join(os.path.dirname(REPO), "shared", "eval", "suites", "langid")
WKEYS = ["w1", "w2", "w3", "w4", "w5", "ww", "short_ww", "temp", "floor_extra", "single_ww", "donor_margin", "donor",
         "short_donor_margin"]


class Model:
    def __init__(self, path):
        b = open(path, "rb").read()
        assert b[:8] == b"NLPLID02"
        o = 8
        (nl,) = struct.unpack_from("<I", b, o); o += 4
        self.langs, floors, masks = [], [], []
        for _ in range(nl):
            ln = b[o]; self.langs.append(b[o + 1:o + 1 + ln].decode()); o += 8
            floors.append(list(b[o:o + 5])); o += 5
            masks.append(struct.unpack_from("<I", b, o)[0]); o += 4
        self.floors = np.array(floors, dtype=np.float64)  # [lang, order-1]
        self.masks = masks
        (nw,) = struct.unpack_from("<I", b, o); o += 4
        ws = struct.unpack_from("<%df" % nw, b, o); o += 4 * nw
        self.weights = dict(zip(WKEYS, ws))
        self.weights.setdefault("donor_margin", 0.0)
        self.weights.setdefault("short_donor_margin", self.weights["donor_margin"])
        # the donor language (index into self.langs, -1 = none)
        self.donor = int(self.weights.pop("donor", -1)) if self.weights["donor_margin"] > 0 else -1
        self.weights.pop("donor", None)
        self.scale, self.wfloor = struct.unpack_from("<fI", b, o); o += 8
        self.bias = np.array(struct.unpack_from("<%df" % nl, b, o)); o += 4 * nl
        (nr,) = struct.unpack_from("<I", b, o); o += 4
        o += 16 * nr
        (nk,) = struct.unpack_from("<I", b, o); o += 4
        keys = np.frombuffer(b, dtype="<u4", count=nk, offset=o); o += 4 * nk
        counts = np.frombuffer(b, dtype=np.uint8, count=nk, offset=o); o += nk
        o += nk  # kinds
        (npost,) = struct.unpack_from("<I", b, o); o += 4
        post = np.frombuffer(b, dtype=np.uint8, count=2 * npost, offset=o).reshape(-1, 2)
        self.plang = post[:, 0].astype(np.int64)
        self.pq = post[:, 1].astype(np.float64)
        starts = np.concatenate([[0], np.cumsum(counts.astype(np.int64))[:-1]])
        self.index = dict(zip(keys.tolist(), zip(starts.tolist(), counts.tolist())))
        _, self.table = common.translation()

    def features(self, text):
        """Per-order sums; see score()."""
        L = len(self.langs)
        toks = common.tokens(text)
        sc = defaultdict(int)
        for c in common.normalise(text):
            e = self.table.get(ord(c))
            if e:
                sc[e[1]] += 1
        K = common.SCRIPT_ID["Kana"]
        if sc.get(K):
            sc[K] += sc.get(common.SCRIPT_ID["Hani"], 0)
        if sc.get(common.SCRIPT_ID["Latn"]):
            sc[common.SCRIPT_ID["Latn"]] //= 3
        cand = None
        if sc:
            s = max(sorted(sc), key=lambda k: sc[k])
            cand = np.array([(m >> s) & 1 for m in self.masks], dtype=bool)
            if not cand.any():
                cand = None
        cnt = np.zeros(6)
        idx = [[] for _ in range(6)]
        tok = []   # per token: (cnt, S, P), for the donor rule (see token_scores)
        for t in toks:
            k = common.word_key(t)
            cnt[5] += 1
            tc = np.zeros(6); ts = np.zeros((6, L), np.float32); tp = np.zeros((6, L), np.float32)
            keys = [(5, k)] + [(n - 1, common.ngram_key(g)) for n, g in common.ngrams_of_token(t)]
            for o, k in keys:
                tc[o] += 1
                if k in self.index:
                    s, c = self.index[k]
                    if o < 5:
                        cnt[o] += 1
                    idx[o].append((s, c))
                    lg = self.plang[s:s + c]
                    gain = (self.floors[lg, o] if o < 5 else self.wfloor) - self.pq[s:s + c]
                    np.add.at(ts[o], lg, gain)
                    np.add.at(tp[o], lg, 1)
                elif o < 5:
                    cnt[o] += 1
            tok.append((tc, ts, tp))
        S = np.zeros((6, L)); P = np.zeros((6, L))
        for o in range(6):
            if not idx[o]:
                continue
            ii = np.concatenate([np.arange(s, s + c) for s, c in idx[o]])
            lg = self.plang[ii]
            if o < 5:
                gain = self.floors[lg, o] - self.pq[ii]
            else:
                gain = self.wfloor - self.pq[ii]
            S[o] = np.bincount(lg, weights=gain, minlength=L)
            P[o] = np.bincount(lg, minlength=L)
        return cnt, S, P, cand, len(toks), tok


def token_scores(m, tok, w, ww):
    """Per-token scores (tokens x languages), as the plugin's per-word mode computes them."""
    fe = w["floor_extra"] * m.scale
    out = np.zeros((len(tok), len(m.langs)))
    for i, (tc, ts, tp) in enumerate(tok):
        for o in range(5):
            out[i] += w["w%d" % (o + 1)] * (-tc[o] * (m.floors[:, o] + fe) + ts[o] + fe * tp[o])
        out[i] += ww * ts[5] + m.bias
    return out


def donor_total(m, ts, w, cand):
    """Sum of per-token scores, each capped below by the donor's score minus the margin."""
    d = m.donor
    if d < 0 or w["donor_margin"] <= 0 or not cand[d]:
        return None
    margin = w["short_donor_margin"] if len(ts) == 2 else w["donor_margin"]
    return np.maximum(ts, ts[:, d:d + 1] - margin).sum(0)


def scores(m, feats, w):
    cnt, S, P, cand, ntok = feats[:5]
    fe = w["floor_extra"] * m.scale
    tot = np.zeros(len(m.langs))
    for o in range(5):
        tot += w["w%d" % (o + 1)] * (-cnt[o] * (m.floors[:, o] + fe) + S[o] + fe * P[o])
    ww = w["single_ww"] if ntok <= 1 else w["short_ww"] if ntok == 2 else w["ww"]
    tot += ww * S[5]
    tot += m.bias * max(ntok, 1)
    if ntok and len(feats) > 5:
        dt = donor_total(m, token_scores(m, feats[5], w, ww), w,
                         cand if cand is not None else np.ones(len(m.langs), bool))
        if dt is not None:
            tot = dt
    if cand is not None:
        tot[~cand] = -1e18
    return tot


def load(split, grans=("sentences", "word-pairs", "single-words")):
    sys.path.insert(0, os.path.join(os.path.dirname(REPO), "shared", "eval"))
    import langid_eval
    items = []
    for g in grans:
        with open(os.path.join(SUITE, g + ".jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if langid_eval.split_of(d["id"]) == split:
                    items.append(d)
    return items


def accuracy(m, items, feats, w):
    per = defaultdict(lambda: [0, 0])
    for d, f in zip(items, feats):
        s = scores(m, f, w)
        pred = m.langs[int(np.argmax(s))] if f[4] else "und"
        key = (d["gran"], d["lang"])
        per[key][0] += pred == d["lang"]
        per[key][1] += 1
    res = {}
    for g in ("sentences", "word-pairs", "single-words"):
        accs = [c / n for (gg, l), (c, n) in per.items() if gg == g]
        res[g] = sum(accs) / len(accs) if accs else 0
    return res, per


class Batch:
    """All dev features stacked, for fast re-scoring under new weights."""
    def __init__(self, m, items, feats):
        self.m = m
        self.cnt = np.array([f[0] for f in feats])                  # N,6
        self.S = np.stack([f[1] for f in feats])                      # N,6,L
        self.P = np.stack([f[2] for f in feats])
        L = len(m.langs)
        self.cand = np.stack([f[3] if f[3] is not None else np.ones(L, bool) for f in feats])
        self.ntok = np.array([f[4] for f in feats])
        self.gold = np.array([m.langs.index(d["lang"]) for d in items])
        grans = ["sentences", "word-pairs", "single-words"]
        self.gran = np.array([grans.index(d["gran"]) for d in items])
        # every token of every text, for the donor rule
        toks = [(i, t) for i, f in enumerate(feats) for t in (f[5] if len(f) > 5 else [])]
        self.tok_text = np.array([i for i, _ in toks], dtype=np.int64)
        if toks:
            self.tC = np.array([t[0] for _, t in toks])
            self.tS = np.stack([t[1] for _, t in toks])
            self.tP = np.stack([t[2] for _, t in toks])

    def scores(self, w, bias=None, fadj=None):
        m = self.m
        if bias is None:
            bias = m.bias
        fe = w["floor_extra"] * m.scale
        if fadj is not None:
            fe = fe + fadj[None, :]
        tot = np.zeros(self.S.shape[0:1] + self.S.shape[2:])
        for o in range(5):
            tot += w["w%d" % (o + 1)] * (-self.cnt[:, o:o + 1] * (m.floors[None, :, o] + fe)
                                         + self.S[:, o] + fe * self.P[:, o])
        ww = np.where(self.ntok <= 1, w["single_ww"], np.where(self.ntok == 2, w["short_ww"], w["ww"]))[:, None]
        tot += ww * self.S[:, 5]
        if bias is not None:
            tot += bias[None, :] * np.maximum(self.ntok, 1)[:, None]
        d = m.donor
        if d >= 0 and w.get("donor_margin", 0) > 0 and len(self.tok_text):
            # per-token scores, each capped below by the donor's minus the margin
            ts = np.zeros((len(self.tok_text), tot.shape[1]))
            for o in range(5):
                ts += w["w%d" % (o + 1)] * (-self.tC[:, o:o + 1] * (m.floors[None, :, o] + fe) + self.tS[:, o] + fe * self.tP[:, o])
            ts += ww[self.tok_text] * self.tS[:, 5] + (bias if bias is not None else 0)[None, :]
            margin = np.where(self.ntok[self.tok_text] == 2, w["short_donor_margin"], w["donor_margin"])
            ts = np.maximum(ts, ts[:, d:d + 1] - margin[:, None])
            dt = np.zeros_like(tot)
            np.add.at(dt, self.tok_text, ts)
            use = self.cand[:, d] & (self.ntok > 0)
            tot[use] = dt[use]
        tot[~self.cand] = -1e18
        return tot

    def accuracy(self, w, bias=None, fadj=None):
        pred = np.argmax(self.scores(w, bias, fadj), axis=1)
        ok = (pred == self.gold) & (self.ntok > 0)
        res = []
        for g in range(3):
            accs = []
            for l in np.unique(self.gold[self.gran == g]):
                sel = (self.gran == g) & (self.gold == l)
                accs.append(ok[sel].mean())
            res.append(float(np.mean(accs)))
        return res


def tune(m, batch, w):
    obj = lambda r: sum(r)
    res = batch.accuracy(w)
    best = obj(res)
    print("start", [round(x, 4) for x in res], flush=True)
    for _round in range(3):
        for k in ["w1", "w2", "w3", "w4", "w5", "ww", "short_ww", "single_ww", "floor_extra"]:
            for f in [0.5, 0.7, 0.85, 1.15, 1.4, 2.0]:
                w2 = dict(w); w2[k] = w[k] * f if w[k] else 0.1 * f
                r = batch.accuracy(w2)
                if obj(r) > best + 1e-9:
                    best, w, res = obj(r), w2, r
                    print("better", k, round(w2[k], 3), [round(x, 4) for x in r], flush=True)
    return w, res


def tune_bias(m, batch, w, steps=(-2.0, -1.0, -0.5, 0.5, 1.0, 2.0), rounds=3, scale=1.0):
    L = len(m.langs)
    bias = np.zeros(L)
    obj = lambda r: sum(r)
    steps = [s * scale for s in steps]
    best = obj(batch.accuracy(w, bias))
    for _round in range(rounds):
        for l in range(L):
            for st in steps:
                b2 = bias.copy(); b2[l] += st
                r = batch.accuracy(w, b2)
                if obj(r) > best + 3e-4:
                    best, bias = obj(r), b2
        print("bias round", _round, [round(x, 4) for x in batch.accuracy(w, bias)], flush=True)
    return bias


def tune_fadj(m, batch, w, steps=(-8.0, -4.0, 4.0, 8.0), rounds=2):
    L = len(m.langs)
    fadj = np.zeros(L)
    obj = lambda r: sum(r)
    best = obj(batch.accuracy(w, None, fadj))
    for _round in range(rounds):
        for l in range(L):
            for st in steps:
                f2 = fadj.copy(); f2[l] += st
                r = batch.accuracy(w, None, f2)
                if obj(r) > best + 3e-4:
                    best, fadj = obj(r), f2
        print("fadj round", _round, [round(x, 4) for x in batch.accuracy(w, None, fadj)], flush=True)
    return fadj


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=os.path.join(REPO, "Plugins", "LanguageID", "Resources", "langid.bin"))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--tune", action="store_true")
    ap.add_argument("--perlang", action="store_true")
    ap.add_argument("--bias", action="store_true")
    ap.add_argument("--fadj", action="store_true")
    a = ap.parse_args()
    m = Model(a.model)
    items = load(a.split)
    feats = [m.features(d["text"]) for d in items]
    w = dict(m.weights)
    res, per = accuracy(m, items, feats, w)
    print("start", {k: round(v, 4) for k, v in res.items()}, w, flush=True)
    if a.tune:
        batch = Batch(m, items, feats)
        w, r = tune(m, batch, w)
        print("tuned", r, w)
        if a.bias:
            m.bias = np.zeros(len(m.langs))
            m.bias = tune_bias(m, batch, w)
            print("bias", {l: round(float(b), 2) for l, b in zip(m.langs, m.bias) if b})
        if a.fadj:
            fadj = tune_fadj(m, batch, w)
            print("fadj", {l: round(float(b), 1) for l, b in zip(m.langs, fadj) if b})
        return
    if False:
        def obj(r):
            return r["sentences"] + r["word-pairs"] + r["single-words"]
        best = obj(res)
        grid = {"w1": [0, 0.3, 0.6, 1.0], "w2": [0.4, 0.8, 1.2], "w3": [0.6, 1.0, 1.5], "w4": [0.6, 1.0, 1.5],
                "w5": [0.6, 1.0, 1.5, 2.0], "ww": [0.3, 0.6, 1.0, 1.5, 2.5], "short_ww": [0.5, 1.0, 2.0, 3.0, 5.0],
                "floor_extra": [0.0, 0.5, 1.0, 2.0, 3.0]}
        for _round in range(2):
            for k, vals in grid.items():
                for v in vals:
                    w2 = dict(w); w2[k] = v
                    r, _ = accuracy(m, items, feats, w2)
                    if obj(r) > best + 1e-9:
                        best, w, res = obj(r), w2, r
                        print("better", k, v, {kk: round(vv, 4) for kk, vv in r.items()}, flush=True)
        print("best", {k: round(v, 4) for k, v in res.items()}, w)
        res, per = accuracy(m, items, feats, w)
    if a.perlang:
        for g in ("sentences", "word-pairs", "single-words"):
            worst = sorted(((c / n, l) for (gg, l), (c, n) in per.items() if gg == g))[:15]
            print(g, " ".join("%s=%.2f" % (l, acc) for acc, l in worst))


if __name__ == "__main__":
    main()
