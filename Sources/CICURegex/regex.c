#include "docgen_regex.h"

#if __has_include(<unicode/uregex.h>)
#include <unicode/uregex.h>

int docgen_regex_available(void) { return 1; }

docgen_regex *docgen_regex_open(const uint16_t *pattern, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    URegularExpression *regex = uregex_open((const UChar *)pattern, length, 0, &parseError, &status);
    if (U_FAILURE(status)) {
        if (regex) uregex_close(regex);
        return 0;
    }
    return (docgen_regex *)regex;
}

docgen_regex *docgen_regex_clone(const docgen_regex *regex) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *copy = uregex_clone((const URegularExpression *)regex, &status);
    if (U_FAILURE(status)) {
        if (copy) uregex_close(copy);
        return 0;
    }
    return (docgen_regex *)copy;
}

void docgen_regex_close(docgen_regex *regex) {
    if (regex) uregex_close((URegularExpression *)regex);
}

int32_t docgen_regex_group_count(const docgen_regex *regex) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t count = uregex_groupCount((URegularExpression *)regex, &status);
    return U_FAILURE(status) ? 0 : count;
}

int docgen_regex_reset(docgen_regex *regex, const uint16_t *text, int32_t length, int32_t start, int32_t end) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *re = (URegularExpression *)regex;
    uregex_setText(re, (const UChar *)text, length, &status);
    uregex_setRegion(re, start, end, &status);
    return U_FAILURE(status) ? 1 : 0;
}

int docgen_regex_find_next(docgen_regex *regex) {
    UErrorCode status = U_ZERO_ERROR;
    UBool found = uregex_findNext((URegularExpression *)regex, &status);
    return U_SUCCESS(status) && found ? 1 : 0;
}

int32_t docgen_regex_start(docgen_regex *regex, int32_t group) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t offset = uregex_start((URegularExpression *)regex, group, &status);
    return U_FAILURE(status) ? -1 : offset;
}

int32_t docgen_regex_end(docgen_regex *regex, int32_t group) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t offset = uregex_end((URegularExpression *)regex, group, &status);
    return U_FAILURE(status) ? -1 : offset;
}

#else

int docgen_regex_available(void) { return 0; }
docgen_regex *docgen_regex_open(const uint16_t *pattern, int32_t length) { (void)pattern; (void)length; return 0; }
docgen_regex *docgen_regex_clone(const docgen_regex *regex) { (void)regex; return 0; }
void docgen_regex_close(docgen_regex *regex) { (void)regex; }
int32_t docgen_regex_group_count(const docgen_regex *regex) { (void)regex; return 0; }
int docgen_regex_reset(docgen_regex *regex, const uint16_t *text, int32_t length, int32_t start, int32_t end) {
    (void)regex; (void)text; (void)length; (void)start; (void)end; return 1;
}
int docgen_regex_find_next(docgen_regex *regex) { (void)regex; return 0; }
int32_t docgen_regex_start(docgen_regex *regex, int32_t group) { (void)regex; (void)group; return -1; }
int32_t docgen_regex_end(docgen_regex *regex, int32_t group) { (void)regex; (void)group; return -1; }

#endif
