/*
 * stage_abi.h — the contract between the nlpsh host and its stage plugins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stage plugin is a shared object that exports one C function,
 * `nlp_stage_entry` (NLP_STAGE_ENTRY_SYMBOL). The host allocates an
 * `nlp_stage_vtable`, zeroes it, sets `struct_size` to the size it knows,
 * and calls the entry with the ABI version it speaks. The plugin fills the
 * table and returns NLP_OK, or NLP_ERR_ABI when it cannot serve that version.
 *
 * Rules that keep the ABI stable:
 *  - Versioned and append-only. A new field is only ever added at the end of
 *    a struct; every struct that may grow starts with (or carries) its size,
 *    so either side can tell which fields the other one knows.
 *  - All text is UTF-8. Offsets are UTF-8 byte offsets into the document
 *    text, half-open [start, end).
 *  - Memory is owned by whoever allocated it. What a plugin returns from
 *    process() stays valid until the host calls free_result() on it; strings
 *    a plugin returns through `char **error` are released with
 *    free_string(). What the host passes in (documents, options) is valid
 *    only for the duration of the call.
 *  - Instances are not shared between threads: the host creates one
 *    instance per worker thread and calls each instance from one thread at
 *    a time. Data that is expensive to load (models, tables) should be
 *    shared by the plugin across instances.
 */
#ifndef NLP_STAGE_ABI_H
#define NLP_STAGE_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The ABI version this header describes. Bumped only for incompatible changes. */
#define NLP_STAGE_ABI_VERSION 1u

/** The name of the one symbol a plugin exports. */
#define NLP_STAGE_ENTRY_SYMBOL "nlp_stage_entry"

/* Return codes of the entry function and of process(). */
#define NLP_OK 0
#define NLP_ERR_FAILED -1   /* process(): the stage failed on this document; see nlp_result.error */
#define NLP_ERR_ABI -2      /* entry: the plugin does not speak the host's ABI version */

/* ------------------------------------------------------------------------ */
/* Values: typed attribute values of documents and annotations.              */

typedef enum nlp_value_kind {
    NLP_VALUE_NULL = 0,
    NLP_VALUE_STRING = 1, /* `string` points at NUL-terminated UTF-8 */
    NLP_VALUE_INT = 2,    /* `integer` */
    NLP_VALUE_DOUBLE = 3, /* `number` */
    NLP_VALUE_BOOL = 4    /* `integer`: 0 or 1 */
} nlp_value_kind;

/** One named, typed attribute: `lang = "da"`, `value = 9000`, `ordinal = true`. */
typedef struct nlp_attr {
    const char *key;      /* NUL-terminated UTF-8 */
    uint32_t kind;        /* an nlp_value_kind */
    uint32_t reserved;    /* zero */
    const char *string;   /* NLP_VALUE_STRING */
    int64_t integer;      /* NLP_VALUE_INT, NLP_VALUE_BOOL */
    double number;        /* NLP_VALUE_DOUBLE */
} nlp_attr;

/* ------------------------------------------------------------------------ */
/* Annotations: typed spans over the document text.                         */

typedef struct nlp_annotation {
    uint32_t start;          /* UTF-8 byte offset, inclusive */
    uint32_t end;            /* UTF-8 byte offset, exclusive */
    const char *type;        /* "quote", "date", "number", "language", ... */
    const nlp_attr *attrs;   /* attr_count attributes, or NULL */
    uint32_t attr_count;
    uint32_t reserved;       /* zero */
    const char *stage;       /* set by the host on annotations it passes in (the stage
                                that produced it); ignored on annotations a stage returns */
} nlp_annotation;

/* ------------------------------------------------------------------------ */
/* Documents, as the host passes them to process().                         */

typedef struct nlp_document {
    uint32_t struct_size;               /* sizeof(nlp_document) as the host knows it */
    uint32_t reserved;
    const char *id;                     /* NUL-terminated UTF-8 */
    const char *text;                   /* valid UTF-8, text_len bytes, NUL-terminated */
    size_t text_len;
    const nlp_attr *attrs;              /* document attributes: input metadata and
                                           what earlier stages set (lang, dct, ...) */
    uint32_t attr_count;
    uint32_t annotation_count;
    const nlp_annotation *annotations;  /* annotations of earlier stages in the chain,
                                           sorted by start offset */
    /* Cooperative cancellation: long-running stages may poll this and return
       early; returns non-zero when the user asked to stop. May be NULL. */
    int32_t (*should_cancel)(void *host_ctx);
    void *host_ctx;
} nlp_document;

/** What process() hands back. The plugin owns all of it until free_result(). */
typedef struct nlp_result {
    const nlp_annotation *annotations;  /* new annotations, any order */
    size_t annotation_count;
    const nlp_attr *doc_attrs;          /* document attributes to set or replace */
    size_t doc_attr_count;
    const char *error;                  /* with NLP_ERR_FAILED: why this document failed */
    void *opaque;                       /* for the plugin's bookkeeping */
} nlp_result;

/* ------------------------------------------------------------------------ */
/* Options a stage accepts, e.g. dates(dct=2021-09-02, direction=future).   */

typedef enum nlp_option_kind {
    NLP_OPTION_STRING = 1,
    NLP_OPTION_INT = 2,
    NLP_OPTION_DOUBLE = 3,
    NLP_OPTION_BOOL = 4
} nlp_option_kind;

typedef struct nlp_option_spec {
    const char *name;            /* identifier: [a-z_][a-z0-9_]* */
    uint32_t kind;               /* an nlp_option_kind */
    uint32_t reserved;
    const char *default_value;   /* as the user would write it; "" for none */
    const char *choices;         /* comma-separated allowed values, or NULL for any */
    const char *doc;             /* one line */
} nlp_option_spec;

/** One option as the user set it; the host has checked name and type. */
typedef struct nlp_option_value {
    const char *name;
    const char *value;           /* as written, NUL-terminated UTF-8 */
} nlp_option_value;

/* ------------------------------------------------------------------------ */
/* The table a plugin fills.                                                */

typedef struct nlp_stage_vtable {
    uint32_t abi_version;        /* NLP_STAGE_ABI_VERSION the plugin was built against */
    uint32_t struct_size;        /* set by the host before the call; the plugin
                                    writes no field beyond it */

    /* Metadata. Static strings that stay valid while the plugin is loaded. */
    const char *name;            /* stage name used in chains: [a-z][a-z0-9_]* */
    const char *version;         /* semantic version of the stage, e.g. "1.2.0" */
    const char *summary;         /* one line, shown in listings and help */
    const char *languages;       /* comma-separated ISO 639 codes, or "*" for any */
    const char *requires;        /* comma-separated; "@lang" is a document attribute,
                                    "date" an annotation type. Missing ones fail the chain. */
    const char *reads;           /* the same form: used when present, not required */
    const char *provides;        /* the same form: what this stage adds */
    const nlp_option_spec *options;
    uint32_t option_count;
    uint32_t flags;              /* reserved, zero */

    void *plugin_ctx;            /* handed back to create(); lets plugins avoid globals */

    /* Creates an instance. On failure returns NULL and sets *error to a message
       the host releases with free_string(). */
    void *(*create)(void *plugin_ctx, const nlp_option_value *options,
                    uint32_t option_count, char **error);

    /* Processes one document. Returns NLP_OK, or NLP_ERR_FAILED with
       out->error set. The host calls free_result() on `out` either way. */
    int32_t (*process)(void *instance, const nlp_document *doc, nlp_result *out);

    void (*free_result)(void *instance, nlp_result *result);
    void (*free_string)(void *plugin_ctx, char *string);
    void (*destroy)(void *instance);
} nlp_stage_vtable;

/** The type of the exported entry point. */
typedef int32_t (*nlp_stage_entry_fn)(uint32_t host_abi_version, nlp_stage_vtable *out);

#ifdef __cplusplus
}
#endif

#endif /* NLP_STAGE_ABI_H */
