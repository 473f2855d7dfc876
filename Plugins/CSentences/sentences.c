/*
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The `sentences` stage: a sentence splitter written in plain C against
 * stage_abi.h, the worked example of a stage in C. It marks every
 * sentence with a `sentence` annotation; paragraphs (blank lines) always
 * end a sentence.
 */
#include <stdlib.h>
#include <string.h>

#include "csentences.h"

typedef struct splitter {
    int min_chars;            /* option min_chars: shorter fragments join the next sentence */
    nlp_annotation *items;    /* reused between calls */
    size_t capacity;
} splitter;

static const nlp_option_spec options[] = {
    {"min_chars", NLP_OPTION_INT, 0, "1", NULL,
     "sentences shorter than this many bytes are joined to the next one"},
};

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Closing marks that may follow the terminator: quotes and brackets. */
static size_t closing_len(const unsigned char *s, size_t n) {
    if (n >= 1 && (s[0] == '"' || s[0] == '\'' || s[0] == ')' || s[0] == ']')) return 1;
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xBB) return 2;                       /* » */
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
        (s[2] == 0x9D || s[2] == 0x99 || s[2] == 0x9C || s[2] == 0xBA)) return 3; /* ” ’ “ › */
    return 0;
}

/* True when the character at s may start a sentence: not a lowercase letter. */
static int may_start(const unsigned char *s, size_t n) {
    if (n == 0) return 1;
    if (s[0] >= 'a' && s[0] <= 'z') return 0;
    if (n >= 2 && s[0] == 0xC3 && s[1] >= 0x9F && s[1] <= 0xBF) return 0;      /* ß à-ÿ */
    if (n >= 2 && s[0] == 0xC5) return !(s[1] & 1);                             /* Latin Ext-A: odd = lower (mostly) */
    return 1;
}

/* True when the word ending at `end` (exclusive, before the '.') is a short
   number ("14.", "3.") or a single capital letter ("J."): not a sentence end. */
static int no_break_before(const unsigned char *t, size_t end) {
    size_t i = end, digits = 0, letters = 0;
    while (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9') { i--; digits++; }
    if (digits > 0) return digits <= 2 && (i == 0 || is_space(t[i - 1]));
    while (i > 0 && ((t[i - 1] >= 'A' && t[i - 1] <= 'Z') || (t[i - 1] >= 'a' && t[i - 1] <= 'z'))) { i--; letters++; }
    if (letters == 1 && t[end - 1] >= 'A' && t[end - 1] <= 'Z') return 1;
    if (letters == 2 && (i == 0 || is_space(t[i - 1]))) {
        /* Mr. Dr. Mt. St. Jr. and the like: a capital then a lowercase letter */
        return t[end - 2] >= 'A' && t[end - 2] <= 'Z' && t[end - 1] >= 'a' && t[end - 1] <= 'z';
    }
    return 0;
}

static int push(splitter *sp, size_t *count, size_t start, size_t end) {
    if (*count == sp->capacity) {
        size_t cap = sp->capacity ? sp->capacity * 2 : 64;
        nlp_annotation *grown = realloc(sp->items, cap * sizeof *grown);
        if (!grown) return -1;
        sp->items = grown;
        sp->capacity = cap;
    }
    nlp_annotation *a = &sp->items[(*count)++];
    memset(a, 0, sizeof *a);
    a->start = (uint32_t)start;
    a->end = (uint32_t)end;
    a->type = "sentence";
    return 0;
}

static void *create(void *ctx, const nlp_option_value *opts, uint32_t n, char **error) {
    (void)ctx;
    splitter *sp = calloc(1, sizeof *sp);
    if (!sp) { if (error) *error = strdup("out of memory"); return NULL; }
    sp->min_chars = 1;
    for (uint32_t i = 0; i < n; i++) {
        if (strcmp(opts[i].name, "min_chars") == 0) sp->min_chars = atoi(opts[i].value);
    }
    return sp;
}

static int32_t process(void *inst, const nlp_document *doc, nlp_result *out) {
    splitter *sp = inst;
    const unsigned char *t = (const unsigned char *)doc->text;
    size_t n = doc->text_len, count = 0, i = 0, start;
    memset(out, 0, sizeof *out);

    while (i < n && is_space(t[i])) i++;
    start = i;
    while (i < n) {
        size_t end = 0, next = 0;
        if (t[i] == '\n') {
            /* a blank line ends the sentence */
            size_t j = i + 1;
            while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r')) j++;
            if (j < n && t[j] == '\n') { end = i; next = j; }
        } else if (t[i] == '.' || t[i] == '!' || t[i] == '?' ||
                   (i + 2 < n && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xA6)) {
            size_t j = i + (t[i] == 0xE2 ? 3 : 1);
            while (j < n && (t[j] == '.' || t[j] == '!' || t[j] == '?')) j++;
            size_t c;
            while ((c = closing_len(t + j, n - j)) > 0) j += c;
            if (j >= n || is_space(t[j])) {
                size_t k = j;
                while (k < n && is_space(t[k])) k++;
                int abbreviation = t[i] == '.' && no_break_before(t, i);
                if (k >= n || (!abbreviation && may_start(t + k, n - k))) { end = j; next = j; }
            }
        }
        if (end > 0 || next > 0) {
            size_t e = end;
            while (e > start && is_space(t[e - 1])) e--;
            if (e > start && (int)(e - start) >= sp->min_chars) {
                if (push(sp, &count, start, e) != 0) { out->error = "out of memory"; return NLP_ERR_FAILED; }
                i = next;
                while (i < n && is_space(t[i])) i++;
                start = i;
                continue;
            }
            i = next > i ? next : i + 1;
            continue;
        }
        i++;
    }
    size_t e = n;
    while (e > start && is_space(t[e - 1])) e--;
    if (e > start && push(sp, &count, start, e) != 0) { out->error = "out of memory"; return NLP_ERR_FAILED; }
    out->annotations = sp->items;
    out->annotation_count = count;
    return NLP_OK;
}

static void free_result(void *inst, nlp_result *r) { (void)inst; memset(r, 0, sizeof *r); }
static void free_string(void *ctx, char *s) { (void)ctx; free(s); }
static void destroy(void *inst) {
    splitter *sp = inst;
    if (sp) { free(sp->items); free(sp); }
}

int32_t nlp_stage_entry(uint32_t host_abi, nlp_stage_vtable *out) {
    if (!out) return NLP_ERR_FAILED;
    if (host_abi != NLP_STAGE_ABI_VERSION || out->struct_size < sizeof *out) return NLP_ERR_ABI;
    out->abi_version = NLP_STAGE_ABI_VERSION;
    out->struct_size = sizeof *out;
    out->name = "sentences";
    out->version = "1.0.0";
    out->summary = "Splits text into sentences (a stage written in C)";
    out->languages = "*";
    out->requires = "";
    out->reads = "";
    out->provides = "sentence";
    out->options = options;
    out->option_count = sizeof options / sizeof options[0];
    out->flags = 0;
    out->plugin_ctx = NULL;
    out->create = create;
    out->process = process;
    out->free_result = free_result;
    out->free_string = free_string;
    out->destroy = destroy;
    return NLP_OK;
}
