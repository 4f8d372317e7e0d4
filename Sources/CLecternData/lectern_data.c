#include "lectern_data.h"

static const unsigned char corpus[] = {
#embed "data/corpus.json"
};

const unsigned char *lectern_corpus_bytes(void) { return corpus; }
size_t lectern_corpus_length(void) { return sizeof corpus; }

/* The bundled corpus's search index, written by `make corpus` (`lectern bundled-index`). */
static const unsigned char corpus_index[] = {
#embed "data/corpus.index" if_empty(0)
};

const unsigned char *lectern_corpus_index_bytes(void) { return corpus_index; }
size_t lectern_corpus_index_length(void) { return sizeof corpus_index; }

static const unsigned char theme_dark[] = {
#embed "../../Themes/dark.toml"
};
static const unsigned char theme_light[] = {
#embed "../../Themes/light.toml"
};
static const unsigned char theme_high_contrast[] = {
#embed "../../Themes/high-contrast.toml"
};
static const unsigned char theme_monochrome[] = {
#embed "../../Themes/monochrome.toml"
};

static const struct { const char *name; const unsigned char *bytes; size_t length; } themes[] = {
    { "dark", theme_dark, sizeof theme_dark },
    { "light", theme_light, sizeof theme_light },
    { "high-contrast", theme_high_contrast, sizeof theme_high_contrast },
    { "monochrome", theme_monochrome, sizeof theme_monochrome },
};

size_t lectern_theme_count(void) { return sizeof themes / sizeof themes[0]; }
const char *lectern_theme_name(size_t i) { return i < lectern_theme_count() ? themes[i].name : 0; }
const unsigned char *lectern_theme_bytes(size_t i) { return i < lectern_theme_count() ? themes[i].bytes : 0; }
size_t lectern_theme_length(size_t i) { return i < lectern_theme_count() ? themes[i].length : 0; }
