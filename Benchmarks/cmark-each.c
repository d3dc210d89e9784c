/* The cmark-gfm baseline of Benchmarks/run.sh: parses and renders each file given as the document
 * it is, as `cmark-gfm -e table FILE` would, one after another in one process. (The CLI given many
 * files reads them as one document: a page that leaves a code fence open turns the pages after it
 * into code, which costs next to nothing to parse.) */
#include <stdio.h>
#include <stdlib.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
int main(int argc, char **argv) {
  cmark_gfm_core_extensions_ensure_registered();
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) continue;
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    cmark_syntax_extension *table = cmark_find_syntax_extension("table");
    if (table) cmark_parser_attach_syntax_extension(parser, table);
    char buffer[4096]; size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, f)) > 0) cmark_parser_feed(parser, buffer, n);
    fclose(f);
    cmark_node *root = cmark_parser_finish(parser);
    char *html = cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    fputs(html, stdout);
    free(html);
    cmark_node_free(root);
    cmark_parser_free(parser);
  }
  return 0;
}
