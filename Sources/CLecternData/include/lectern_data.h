#ifndef LECTERN_DATA_H
#define LECTERN_DATA_H
#include <stddef.h>

/// The bundled corpus (JSON), embedded at build time.
const unsigned char *lectern_corpus_bytes(void);
size_t lectern_corpus_length(void);

/// The bundled corpus's search index (`SearchIndex.encoded`), embedded at build time.
const unsigned char *lectern_corpus_index_bytes(void);
size_t lectern_corpus_index_length(void);

/// Built-in themes (TOML), embedded at build time. Index 0..<count.
size_t lectern_theme_count(void);
const char *lectern_theme_name(size_t index);
const unsigned char *lectern_theme_bytes(size_t index);
size_t lectern_theme_length(size_t index);
#endif
