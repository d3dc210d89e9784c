#ifndef DOCGEN_REGEX_H
#define DOCGEN_REGEX_H

#include <stdint.h>

/* ICU's regular expressions (uregex) behind names of our own: ICU's headers rename every symbol
   by version (uregex_open_72), and including them in a Swift module that also imports Foundation
   clashes with Foundation's copy of ICU. The Swift side sees only these declarations. */

/** A compiled pattern with its own match state: one per thread (see docgen_regex_clone). */
typedef struct docgen_regex docgen_regex;

/** Whether this build has ICU (Linux with libicu-dev); without it every call below fails. */
int docgen_regex_available(void);

/** Compiles the UTF-16 pattern, or NULL when it is invalid or ICU is missing. */
docgen_regex *docgen_regex_open(const uint16_t *pattern, int32_t length);

/** A copy that shares the compiled pattern but has its own text and match state. */
docgen_regex *docgen_regex_clone(const docgen_regex *regex);

void docgen_regex_close(docgen_regex *regex);

int32_t docgen_regex_group_count(const docgen_regex *regex);

/** Sets the text (not copied: it must outlive the matching) and searches [start, end) of it
    with ICU's default bounds (^ and $ match at them; lookbehind may still see before `start`).
    Returns 0 on success. */
int docgen_regex_reset(docgen_regex *regex, const uint16_t *text, int32_t length, int32_t start, int32_t end);

/** Finds the next match; 1 when there is one. */
int docgen_regex_find_next(docgen_regex *regex);

/** The UTF-16 offsets of group `group` of the last match (-1 when the group took no part). */
int32_t docgen_regex_start(docgen_regex *regex, int32_t group);
int32_t docgen_regex_end(docgen_regex *regex, int32_t group);

#endif
