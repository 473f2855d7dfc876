/*
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The `cld2` stage: Compact Language Detector 2, from Debian's libcld2-0,
 * as a stage. It is the worked example of wrapping an existing C++ library,
 * and lets users compare it with `langid` in one chain: it writes its own
 * attributes (cld2_lang, cld2_confidence, cld2_reliable), never `lang`.
 *
 * The library is opened at run time (dlopen), so nlpsh builds without it;
 * creating the stage fails with a clear message when it is not installed.
 * libcld2 exports C++ functions only; their Itanium-mangled names and
 * signatures are stable for this library version (the Language enum is an
 * int, `bool` is C's _Bool).
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cld2_stage.h"

/* CLD2::ExtDetectLanguageSummary(const char*, int, bool, Language*, int*, int*, bool*) */
typedef int (*detect_fn)(const char *, int, bool, int *, int *, int *, bool *);
/* CLD2::LanguageCode(Language) */
typedef const char *(*code_fn)(int);

static detect_fn detect;
static code_fn language_code;
static char load_error[256];
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load_library(void) {
    /* Debian's libcld2 carries the compact tables (libcld2_full.so.0 holds
       only data for the larger ones), so results can differ from pycld2's. */
    void *h = dlopen("libcld2.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        snprintf(load_error, sizeof load_error,
                 "cld2 needs Debian's libcld2-0 package (apt-get install libcld2-0): %s", dlerror());
        return;
    }
    detect = (detect_fn)dlsym(h, "_ZN4CLD224ExtDetectLanguageSummaryEPKcibPNS_8LanguageEPiS4_Pb");
    language_code = (code_fn)dlsym(h, "_ZN4CLD212LanguageCodeENS_8LanguageE");
    if (!detect || !language_code) {
        snprintf(load_error, sizeof load_error, "this libcld2 does not export the functions cld2 uses");
        detect = NULL;
    }
}

typedef struct instance {
    char code[16];
    nlp_attr attrs[3];
} instance;

static const nlp_option_spec options[] = {0};

static void *create(void *ctx, const nlp_option_value *o, uint32_t n, char **error) {
    (void)ctx; (void)o; (void)n;
    pthread_once(&load_once, load_library);
    if (!detect) {
        if (error) *error = strdup(load_error);
        return NULL;
    }
    return calloc(1, sizeof(instance));
}

/* CLD2's codes where ISO 639-1 differs, and its "unknown". */
static const char *iso_code(const char *c) {
    static const char *map[][2] = {{"iw", "he"}, {"jw", "jv"}, {"in", "id"}, {"un", "und"},
                                   {"xx-Qaai", "und"}, {"zh-Hant", "zh"}, {"no", "nb"}, {NULL, NULL}};
    for (int i = 0; map[i][0]; i++)
        if (strcmp(c, map[i][0]) == 0) return map[i][1];
    return c;
}

static int32_t process(void *inst, const nlp_document *doc, nlp_result *out) {
    instance *self = inst;
    memset(out, 0, sizeof *out);
    int langs[3] = {0}, percents[3] = {0}, text_bytes = 0;
    bool reliable = false;
    int len = doc->text_len > 0x7fffffff ? 0x7fffffff : (int)doc->text_len;
    int lang = detect(doc->text, len, true, langs, percents, &text_bytes, &reliable);
    snprintf(self->code, sizeof self->code, "%s", iso_code(language_code(lang)));
    memset(self->attrs, 0, sizeof self->attrs);
    self->attrs[0].key = "cld2_lang";
    self->attrs[0].kind = NLP_VALUE_STRING;
    self->attrs[0].string = self->code;
    self->attrs[1].key = "cld2_confidence";
    self->attrs[1].kind = NLP_VALUE_DOUBLE;
    self->attrs[1].number = strcmp(self->code, "und") == 0 ? 0.0 : percents[0] / 100.0;
    self->attrs[2].key = "cld2_reliable";
    self->attrs[2].kind = NLP_VALUE_BOOL;
    self->attrs[2].integer = reliable ? 1 : 0;
    out->doc_attrs = self->attrs;
    out->doc_attr_count = 3;
    return NLP_OK;
}

static void free_result(void *inst, nlp_result *r) { (void)inst; memset(r, 0, sizeof *r); }
static void free_string(void *ctx, char *s) { (void)ctx; free(s); }
static void destroy(void *inst) { free(inst); }

int32_t nlp_stage_entry(uint32_t host_abi, nlp_stage_vtable *out) {
    if (!out) return NLP_ERR_FAILED;
    if (host_abi != NLP_STAGE_ABI_VERSION || out->struct_size < sizeof *out) return NLP_ERR_ABI;
    out->abi_version = NLP_STAGE_ABI_VERSION;
    out->struct_size = sizeof *out;
    out->name = "cld2";
    out->version = "1.0.0";
    out->summary = "Language of each document by Compact Language Detector 2 (Debian's libcld2), for comparison";
    out->languages = "*";
    out->requires = "";
    out->reads = "";
    out->provides = "@cld2_lang,@cld2_confidence,@cld2_reliable";
    out->options = options;
    out->option_count = 0;
    out->create = create;
    out->process = process;
    out->free_result = free_result;
    out->free_string = free_string;
    out->destroy = destroy;
    return NLP_OK;
}
