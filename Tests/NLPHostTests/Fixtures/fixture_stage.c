/*
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Test stages compiled by the tests with the system C compiler, outside
 * SwiftPM, one variant per -D flag:
 *   -DFIXTURE_FAILER  stage "failer": fails on documents containing "FAIL",
 *                     otherwise marks each "x" with an `x` annotation
 *   -DFIXTURE_SLEEPY  stage "sleepy": sleeps 50 ms per document, polling should_cancel
 *   -DFIXTURE_BADABI  claims ABI version 99
 *   -DFIXTURE_NOENTRY exports no entry symbol
 *   -DFIXTURE_VERSION='"2.0.0"' another version (reload tests)
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "stage_abi.h"

#ifndef FIXTURE_VERSION
#define FIXTURE_VERSION "1.0.0"
#endif

#ifdef FIXTURE_NOENTRY
int not_a_stage(void) { return 42; }
#else

static nlp_annotation items[1024];

static void *create(void *ctx, const nlp_option_value *o, uint32_t n, char **err) {
    (void)ctx; (void)o; (void)n; (void)err;
    return malloc(1);
}

static int32_t process(void *inst, const nlp_document *doc, nlp_result *out) {
    (void)inst;
    memset(out, 0, sizeof *out);
#ifdef FIXTURE_SLEEPY
    for (int i = 0; i < 10; i++) {
        if (doc->should_cancel && doc->should_cancel(doc->host_ctx)) return NLP_OK;
        struct timespec ts = {0, 5 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    return NLP_OK;
#else
    if (strstr(doc->text, "FAIL")) {
        out->error = "found the word FAIL";
        return NLP_ERR_FAILED;
    }
    size_t count = 0;
    for (size_t i = 0; i < doc->text_len && count < 1024; i++) {
        if (doc->text[i] == 'x') {
            memset(&items[count], 0, sizeof items[count]);
            items[count].start = (uint32_t)i;
            items[count].end = (uint32_t)i + 1;
            items[count].type = "x";
            count++;
        }
    }
    out->annotations = items;
    out->annotation_count = count;
    return NLP_OK;
#endif
}

static void free_result(void *inst, nlp_result *r) { (void)inst; memset(r, 0, sizeof *r); }
static void free_string(void *ctx, char *s) { (void)ctx; free(s); }
static void destroy(void *inst) { free(inst); }

int32_t nlp_stage_entry(uint32_t abi, nlp_stage_vtable *out) {
#ifdef FIXTURE_BADABI
    (void)abi;
    out->abi_version = 99;
    return NLP_ERR_ABI;
#else
    if (abi != NLP_STAGE_ABI_VERSION) return NLP_ERR_ABI;
    out->abi_version = NLP_STAGE_ABI_VERSION;
    out->struct_size = sizeof *out;
#ifdef FIXTURE_SLEEPY
    out->name = "sleepy";
    out->summary = "sleeps 50 ms per document";
#else
    out->name = "failer";
    out->summary = "fails on documents that contain FAIL";
#endif
    out->version = FIXTURE_VERSION;
    out->languages = "*";
    out->provides = "x";
    out->create = create;
    out->process = process;
    out->free_result = free_result;
    out->free_string = free_string;
    out->destroy = destroy;
    return NLP_OK;
#endif
}
#endif
