# SPDX-License-Identifier: GPL-3.0-or-later
"""Danish articles of the fifth multilingual batch (fictional; see check_set_multi.py): "lyder det
fra", "fortæller han til". Written and annotated before the stage ran on them; two spans first kept
the comma before the closing mark and one cue took "fra", against the conventions of this set, and
were corrected."""

ARTICLES = [
    ([
        "Ny bro over Limfjorden",
        "»Det er en historisk dag for Nordjylland,« lyder det fra borgmester Anne Kjær.",
        "Trafikeksperten Mads Holm er enig. »Broen vil spare pendlerne for en halv time hver dag,« fortæller han til TV2.",
    ], [
        ("Det er en historisk dag for Nordjylland", "borgmester Anne Kjær", "lyder det"),
        ("Broen vil spare pendlerne for en halv time hver dag", "han", "fortæller", "Mads Holm"),
    ]),
]
