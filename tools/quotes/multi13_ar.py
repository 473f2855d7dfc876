# SPDX-License-Identifier: GPL-3.0-or-later
"""Arabic articles of the thirteenth multilingual batch (fictional; see check_set_multi.py): the news agency spoken
to, written with "to" onto it, after the speaker.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "القبض على مشتبه به",
        "وقال المتحدث باسم الشرطة لوكالة الأنباء الألمانية: \"تم القبض على المشتبه به\".",
    ], [
        ("تم القبض على المشتبه به", "المتحدث باسم الشرطة", "قال"),
    ]),
]
