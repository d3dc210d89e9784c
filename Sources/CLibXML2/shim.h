#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose headers clash with Foundation's own copy of ICU in the
   same Swift module. Nothing here uses libxml2's ICU converters (they only appear inside
   xmlCharEncodingHandler, which Swift code never dereferences), so leave them out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/// Frees memory that libxml2 returned. `xmlFree` is a global function pointer, which Swift 6
/// strict concurrency rejects as shared mutable state; calling it from C sidesteps that.
static inline void docgen_xml_free(void *pointer) { xmlFree(pointer); }
